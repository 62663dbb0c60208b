/**
 * Puts a prerendered page into the app's HTML shell: the page's head tags in place of the shell's title and
 * description, the rendered app inside #root, marked with the path it was rendered for and the data it read (the
 * browser hydrates only when both match, see src/app/prerendered.ts).
 */

export interface FilledPage {
  headTags: string
  rootHtml: string
  path: string
  dataFiles: string[]
  pathAttribute: string
  dataAttribute: string
}

const ROOT = /<div id="root"><\/div>/

export function isShell(html: string): boolean {
  return ROOT.test(html)
}

export function fillShell(shell: string, page: FilledPage): string {
  if (!isShell(shell))
    throw new Error('prerender: the HTML shell has no empty <div id="root"></div>')
  const withoutTags = shell
    .replace(/\s*<title>[\s\S]*?<\/title>/, '')
    .replace(/\s*<meta\s+name="description"[\s\S]*?\/?>/, '')
  const attrs = `${page.pathAttribute}="${escapeAttribute(page.path)}" ${page.dataAttribute}="${escapeAttribute(page.dataFiles.join(' '))}"`
  // Function replacements: a "$&" in a title must stay literal.
  return withoutTags
    .replace(/<\/head>/, () => `  ${page.headTags}\n  </head>`)
    .replace(ROOT, () => `<div id="root" ${attrs}>${page.rootHtml}</div>`)
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** A sitemap of absolute URLs. */
export function sitemapXml(urls: string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeAttribute(url)}</loc></url>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`
}
