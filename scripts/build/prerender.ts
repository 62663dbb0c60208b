/**
 * The build's last step before the service worker (run by scripts/build/site-plugin.ts): real HTML for `/`, every talk (`talks/<id>/index.html`) and every author
 * (`authors/<id>/index.html`), so a shared link previews in chat apps and the first screen paints before any script.
 * Renders the app itself (src/app/entry-server.tsx, built here with Vite's SSR build) with the same data files the
 * browser will load. The untouched shell is kept as 404.html: hosts answer unknown paths with it, and the app then
 * renders them from scratch.
 *
 * Settings (environment, read by the plugin): PLENARY_SITE_URL (public URL: adds canonical, og:url and sitemap.xml),
 * PLENARY_PRERENDER=all|index (default all: at 10,000 talks the whole step takes well under the minute the build may
 * spend; "index" renders `/` only). The build folder, base path and dataset are the client build's.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type PluginOption } from 'vite'
import type * as EntryServer from '../../src/app/entry-server'
import { scheduleModel } from '../../src/data/schedule-model'
import type { DetailsChunk, ScheduleIndex } from '../../src/data/types'
import { withContentSecurityPolicy } from './content-security-policy'
import { datasetAssets, datasetPath, readDataset } from './dataset-assets'
import {
  afterFirstPaint,
  fillShell,
  inlineStylesheets,
  isShell,
  sitemapXml,
  stylesheetHrefs,
} from './prerender-html'
import { addPage, emptyVocabulary, pruneCss, type PageVocabulary } from './prune-css'

const OG_IMAGE = {
  file: 'og-image.png',
  width: 1200,
  height: 630,
  alt: 'Plenary: what is on now and next at the conference',
}

const ROUTE_MODULES = {
  talk: 'src/app/routes/talk-route.tsx',
  author: 'src/app/routes/author-route.tsx',
  now: 'src/app/routes/now-route.tsx',
  changes: 'src/app/routes/changes-route.tsx',
}

interface ManifestChunk {
  file: string
  css?: string[]
  imports?: string[]
}

/**
 * A route's stylesheets and modules from the client build's manifest (`build.manifest` in vite.config.ts), its static imports
 * included. The prerendered page links them, so it paints styled before any script runs.
 */
function readRouteAssets(
  outDir: string,
): (...modules: string[]) => { stylesheets: string[]; modules: string[] } {
  const file = join(outDir, '.vite', 'manifest.json')
  if (!existsSync(file))
    throw new Error(`prerender: ${file} is missing; the client build must write its manifest`)
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>
  return (...routes) => {
    const stylesheets = new Set<string>()
    const modules = new Set<string>()
    const visit = (key: string, isEntry: boolean) => {
      const chunk = manifest[key]
      if (!chunk || modules.has(chunk.file)) return
      // The entry's own script and stylesheet are already in the shell.
      if (!isEntry) {
        modules.add(chunk.file)
        for (const css of chunk.css ?? []) stylesheets.add(css)
      }
      for (const imported of chunk.imports ?? [])
        visit(imported, manifest[imported]?.file === entryFile)
    }
    const entryFile = manifest['index.html']?.file
    for (const route of routes) {
      if (!manifest[route]) throw new Error(`prerender: ${route} is not in the build's manifest`)
      visit(route, false)
    }
    return { stylesheets: [...stylesheets], modules: [...modules] }
  }
}

type PageKind = 'timeline' | 'now' | 'changes' | 'talks' | 'authors'

interface PendingPage {
  /** The file to write. */
  target: string
  /** The path the browser shows for it, base included. */
  urlPath: string
  html: string
}

export interface PrerenderOptions {
  /** The client build's folder (absolute) and base path. */
  outDir: string
  base: string
  /** The public URL, when known: pages then carry canonical and og:url, and the build writes sitemap.xml. */
  siteUrl: string | undefined
  /** "all": `/`, every talk and every author; "index": `/` only. */
  mode: 'all' | 'index'
  /** The plugins the app needs to build for Node (React, the dataset's virtual modules). */
  ssrPlugins: PluginOption[]
}

export async function prerenderSite(options: PrerenderOptions): Promise<void> {
  const started = performance.now()
  const { outDir, base, siteUrl, mode } = options
  if (siteUrl && !/^https?:\/\//.test(siteUrl))
    throw new Error(`PLENARY_SITE_URL must be an absolute http(s) URL, not "${siteUrl}"`)

  // The shell: index.html as Vite wrote it. A second run finds the prerendered index.html and takes 404.html instead.
  const indexFile = join(outDir, 'index.html')
  const notFoundFile = join(outDir, '404.html')
  let shell = readFileSync(indexFile, 'utf8')
  if (!isShell(shell) && existsSync(notFoundFile)) shell = readFileSync(notFoundFile, 'utf8')
  writeFileSync(notFoundFile, withContentSecurityPolicy(shell))

  // The app for Node, next to node_modules so its imports of react and friends resolve. The SSR build takes the
  // plugins it needs from the caller rather than loading vite.config.ts again.
  const ssrDir = resolve('node_modules/.tmp/plenary-ssr', outDir.replace(/[^a-zA-Z0-9]+/g, '_'))
  await build({
    configFile: false,
    base,
    plugins: options.ssrPlugins,
    logLevel: 'warn',
    build: {
      ssr: resolve('src/app/entry-server.tsx'),
      outDir: ssrDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'entry-server.js' } },
    },
  })
  const built = performance.now()
  const routeAssets = readRouteAssets(outDir)
  const entry = (await import(
    pathToFileURL(join(ssrDir, 'entry-server.js')).href
  )) as typeof EntryServer

  // The same files the client build wrote (the names are content hashes, so they match).
  const assets = datasetAssets(readDataset(datasetPath()))
  if (assets.schedule.fileName !== entry.outline.scheduleFile)
    throw new Error('prerender: the SSR build bundled another dataset than the client build')
  const schedule = JSON.parse(assets.schedule.source) as ScheduleIndex
  const days = new Map(
    assets.days.map((asset) => [asset.fileName, JSON.parse(asset.source) as ScheduleIndex]),
  )
  const dayFiles = new Set(entry.outline.days.map((day) => day.file))
  const chunks = new Map<string, DetailsChunk>()
  for (const asset of assets.details) chunks.set(asset.fileName, JSON.parse(asset.source))
  const talkById = new Map(schedule.talks.map((t) => [t.id, t]))
  const authorById = new Map(schedule.authors.map((a) => [a.id, a]))
  // An author's page shows the biography from the details file of their first talk, in the app's order.
  const { talksByAuthor } = scheduleModel(schedule)

  // The timeline is part of the entry (src/app/router.tsx). A long day's virtual list is a chunk of its own that the
  // page loads only once the reader scrolls (src/features/timeline/session-list.tsx): never preloaded.
  const timelineModules: string[] = []

  /**
   * Pages carry the CSS they use inline (scripts/build/prerender-html.ts) up to this many pages: at conference scale
   * (16,000 pages) only `/` does, and the rest link the stylesheets, which the browser caches.
   */
  const INLINE_CSS_PAGE_LIMIT = 2_000
  const cssByHref = new Map<string, string | undefined>()
  const cssOf = (href: string) => {
    if (!cssByHref.has(href)) {
      const file = href.startsWith(base) ? join(outDir, href.slice(base.length)) : null
      cssByHref.set(href, file && existsSync(file) ? readFileSync(file, 'utf8') : undefined)
    }
    return cssByHref.get(href)
  }
  /**
   * The pages of each kind (and stylesheets) that carry their CSS inline, held until all are rendered: what a kind
   * inlines is what any of its pages uses (scripts/build/prune-css.ts).
   */
  const inlineGroups = new Map<
    string,
    { kind: PageKind; hrefs: string[]; vocabulary: PageVocabulary; pages: PendingPage[] }
  >()

  const everything = mode === 'all'
  const paths = entry.pagePaths(schedule, { talks: everything, authors: everything })
  const counts: Record<PageKind, number> = {
    timeline: 0,
    now: 0,
    changes: 0,
    talks: 0,
    authors: 0,
  }
  let written = 0
  let bytes = 0
  const write = ({ target, urlPath, html: finished }: PendingPage) => {
    // Last, so the policy's script hashes are of the page as written (scripts/build/content-security-policy.ts).
    const html = withContentSecurityPolicy(afterFirstPaint(finished, urlPath))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, html)
    written++
    bytes += Buffer.byteLength(html)
  }

  for (const path of paths) {
    const talkId = /^\/talks\/([^/]+)$/.exec(path)?.[1]
    const talk = talkId ? talkById.get(decodeURIComponent(talkId)) : undefined
    const authorId = /^\/authors\/([^/]+)$/.exec(path)?.[1]
    const author = authorId ? authorById.get(decodeURIComponent(authorId)) : undefined
    const detailsTalk = talk ?? (author && talksByAuthor.get(author.id)?.[0])
    const file = detailsTalk ? schedule.detailsFiles[detailsTalk.details] : undefined
    const page = await entry.renderPage(path, {
      schedule,
      days,
      details: file ? { file, chunk: chunks.get(file)! } : undefined,
    })
    const isNow = path === '/now'
    const isChanges = path === '/changes'
    const routes =
      path === '/'
        ? timelineModules
        : isNow
          ? [ROUTE_MODULES.now]
          : isChanges
            ? [ROUTE_MODULES.changes]
            : talk
              ? [ROUTE_MODULES.talk]
              : [ROUTE_MODULES.author]
    const filled = fillShell(shell, {
      headTags: entry.headTags(page.head, {
        base,
        siteUrl,
        image: OG_IMAGE,
        // A many-day timeline preloads the day it will show, which only the browser knows.
        ...(path === '/' && dayFiles.size > 1
          ? {
              preload: [],
              preloadDay: { timeZone: schedule.conference.timeZone, days: entry.outline.days },
            }
          : { preload: page.dataFiles }),
        ...routeAssets(...routes),
      }),
      rootHtml: page.html,
      path,
      dataFiles: page.dataFiles,
      pathAttribute: entry.PATH_ATTRIBUTE,
      dataAttribute: entry.DATA_ATTRIBUTE,
    })
    const kind: PageKind =
      path === '/' ? 'timeline' : isNow ? 'now' : isChanges ? 'changes' : talk ? 'talks' : 'authors'
    counts[kind]++
    const pending = {
      target:
        path === '/'
          ? indexFile
          : join(outDir, ...path.slice(1).split('/').map(decodeURIComponent), 'index.html'),
      urlPath: `${base}${path.slice(1)}`,
      html: filled,
    }
    const hrefs = stylesheetHrefs(filled).filter((href) => cssOf(href) !== undefined)
    if (
      hrefs.length === 0 ||
      (path !== '/' && !isNow && !isChanges && paths.length > INLINE_CSS_PAGE_LIMIT)
    ) {
      write(pending)
      continue
    }
    const key = [kind, ...hrefs].join(' ')
    let group = inlineGroups.get(key)
    if (!group)
      inlineGroups.set(key, (group = { kind, hrefs, vocabulary: emptyVocabulary(), pages: [] }))
    addPage(group.vocabulary, filled)
    group.pages.push(pending)
  }

  const rendered = performance.now()
  const inlineCss: Record<PageKind, { bytes: number; pages: number }> = {
    timeline: { bytes: 0, pages: 0 },
    now: { bytes: 0, pages: 0 },
    changes: { bytes: 0, pages: 0 },
    talks: { bytes: 0, pages: 0 },
    authors: { bytes: 0, pages: 0 },
  }
  for (const { kind, hrefs, vocabulary, pages } of inlineGroups.values()) {
    const css = pruneCss(hrefs.map((href) => cssOf(href)!).join('\n'), vocabulary)
    inlineCss[kind].bytes += Buffer.byteLength(css) * pages.length
    inlineCss[kind].pages += pages.length
    for (const page of pages) write({ ...page, html: inlineStylesheets(page.html, css, hrefs) })
  }

  const sitemap = join(outDir, 'sitemap.xml')
  if (siteUrl) {
    const absolute = (path: string) => new URL(`${base}${path.replace(/^\//, '')}`, siteUrl).href
    // /changes is this browser's own record: nothing for a search engine to index.
    writeFileSync(sitemap, sitemapXml(paths.filter((path) => path !== '/changes').map(absolute)))
    const robots = join(outDir, 'robots.txt')
    const rules = existsSync(robots)
      ? readFileSync(robots, 'utf8').trimEnd()
      : 'User-agent: *\nAllow: /'
    if (!rules.includes('Sitemap:'))
      writeFileSync(robots, `${rules}\n\nSitemap: ${absolute('/sitemap.xml')}\n`)
  } else rmSync(sitemap, { force: true })

  // The manifest served only this step; it is not part of the site.
  rmSync(join(outDir, '.vite'), { recursive: true, force: true })

  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
  const perKind = (Object.keys(inlineCss) as PageKind[])
    .filter((kind) => inlineCss[kind].pages > 0)
    .map((kind) => `${kind} ${kib(inlineCss[kind].bytes / inlineCss[kind].pages)}`)
  const done = performance.now()
  console.log(
    `prerender: ${written} pages (${counts.timeline} timeline, ${counts.now} now, ${counts.changes} changes, ${counts.talks} talks, ${counts.authors} authors),` +
      ` ${(bytes / 1048576).toFixed(1)} MiB, in ${seconds(done - started)}` +
      ` (SSR build ${seconds(built - started)}, rendering ${seconds(rendered - built)}, CSS ${seconds(done - rendered)});` +
      ` inline CSS per page: ${perKind.join(', ') || 'none'}` +
      `${siteUrl ? `; sitemap.xml for ${siteUrl}` : '; no PLENARY_SITE_URL: no canonical, og:url or sitemap'}`,
  )
}
