/**
 * Puts a prerendered page into the app's HTML shell: the page's head tags in place of the shell's title and
 * description, the rendered app inside #root, marked with the path it was rendered for and the data it read (the
 * browser hydrates only when both match, see src/app/prerendered.ts).
 */
import { escapeHtml, shellHead } from '../../src/app/page-head'

export interface FilledPage {
  headTags: string
  rootHtml: string
  path: string
  dataFiles: string[]
  pathAttribute: string
  dataAttribute: string
}

const ROOT = /<div id="root"><\/div>/
const TITLE = /<title>[\s\S]*?<\/title>/
const DESCRIPTION = /<meta\s+name="description"[\s\S]*?\/?>/
const COMMENT = /<!--[\s\S]*?-->/
/** A tag with the white space before it, to take it out of the shell without leaving an empty line. */
const withSpaceBefore = (tag: RegExp) => new RegExp(`\\s*${tag.source}`)

export function isShell(html: string): boolean {
  return ROOT.test(html)
}

export function fillShell(shell: string, page: FilledPage): string {
  if (!isShell(shell))
    throw new Error('prerender: the HTML shell has no empty <div id="root"></div>')
  const withoutTags = shell
    .replace(withSpaceBefore(TITLE), '')
    .replace(withSpaceBefore(DESCRIPTION), '')
    // index.html's comments are for its readers, not in every page (React's own, in the root, are markers it needs).
    .replace(new RegExp(withSpaceBefore(COMMENT).source, 'g'), '')
  const attrs = `${page.pathAttribute}="${escapeAttribute(page.path)}" ${page.dataAttribute}="${escapeAttribute(page.dataFiles.join(' '))}"`
  // Function replacements: a "$&" in a title must stay literal.
  return withoutTags
    .replace(/<\/head>/, () => `  ${page.headTags}\n  </head>`)
    .replace(ROOT, () => `<div id="root" ${attrs}>${page.rootHtml}</div>`)
}

/**
 * index.html named for the dataset's conference (the Vite build does this through scripts/build/dataset-plugin.ts):
 * the app builds any conference, so the shell names none itself.
 */
export function shellForConference(html: string, conferenceName: string): string {
  if (!TITLE.test(html) || !DESCRIPTION.test(html))
    throw new Error(
      'index.html has no <title> or <meta name="description"> to name the conference in',
    )
  const { title, description } = shellHead(conferenceName)
  // Function replacements: a "$&" in a name must stay literal.
  return html
    .replace(TITLE, () => `<title>${escapeHtml(title)}</title>`)
    .replace(DESCRIPTION, () => `<meta name="description" content="${escapeHtml(description)}" />`)
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** A sitemap of absolute URLs. */
export function sitemapXml(urls: string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeAttribute(url)}</loc></url>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`
}

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g
const hrefOf = (link: string) => /\bhref="([^"]+)"/.exec(link)?.[1]

/** The hrefs of the page's stylesheet links, in order. */
export function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(STYLESHEET_LINK)].flatMap(([link]) => hrefOf(link) ?? [])
}

/**
 * Puts `css`, what this kind of page uses of the stylesheets `hrefs` (scripts/build/prune-css.ts), in a <style> where
 * the first of their links was, and moves those links to the end of <body>:
 * - the first paint waits for no request but the HTML's own (on a phone's network each stylesheet is a round trip,
 *   and a talk page links three);
 * - the whole stylesheets still load, for what the app renders once it runs (the clock's "now", menus, dialogs). A
 *   stylesheet linked at the end of <body> holds up neither the content before it nor its paint, and no inline
 *   `onload` handler is needed (the content security policy is to forbid them). The module scripts run after it has
 *   loaded, so the app hydrates with every rule in place;
 * - Vite's loader finds the links and does not add the files again when the route's code loads.
 * Links to other stylesheets stay as they are.
 */
export function inlineStylesheets(html: string, css: string, hrefs: readonly string[]): string {
  const moved: string[] = []
  const withoutLinks = html.replace(
    new RegExp(`\\s*${STYLESHEET_LINK.source}`, 'g'),
    (spaceAndLink) => {
      const link = spaceAndLink.trimStart()
      const href = hrefOf(link)
      if (href === undefined || !hrefs.includes(href)) return spaceAndLink
      moved.push(link)
      // "</style" inside the CSS would end the element early.
      return moved.length === 1
        ? `${spaceAndLink.slice(0, -link.length)}<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`
        : ''
    },
  )
  if (moved.length === 0) return html
  // Function replacement: a "$&" in an href must stay literal.
  return withoutLinks.replace(/\s*<\/body>/, (end) => `\n    ${moved.join('\n    ')}${end}`)
}

/**
 * A prerendered page shows its content without any script: the app's modules only make it interactive. Marked low
 * priority, they no longer compete with the page's first paint for the phone's connection (Chromium otherwise
 * fetches a module script at high priority, ahead of what the page shows).
 */
export function scriptsAfterContent(html: string): string {
  return html
    .replace(
      /<script type="module"(?![^>]*fetchpriority)/g,
      '<script type="module" fetchpriority="low"',
    )
    .replace(
      /<link rel="modulepreload"(?![^>]*fetchpriority)/g,
      '<link rel="modulepreload" fetchpriority="low"',
    )
}
