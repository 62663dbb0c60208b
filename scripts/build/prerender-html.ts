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

/**
 * Puts the page's stylesheets into the page: the first paint then waits for no request but the HTML's own (on a
 * phone's network each stylesheet is a round trip, and a talk page links three). `read` gives a linked file's CSS by
 * its href, or undefined to keep that link. The link stays, disabled: a disabled stylesheet is never fetched, but
 * Vite's loader sees it and does not add the file again when the route's code loads (a stylesheet added then may
 * still hold up the first paint).
 */
export function inlineStylesheets(html: string, read: (href: string) => string | undefined) {
  return html.replace(STYLESHEET_LINK, (link) => {
    const href = /\bhref="([^"]+)"/.exec(link)?.[1]
    const css = href === undefined ? undefined : read(href)
    if (css === undefined) return link
    // "</style" inside the CSS would end the element early.
    const disabled = link.replace(/\s*\/?>$/, ' disabled />')
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>${disabled}`
  })
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
