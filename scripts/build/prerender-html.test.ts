import { describe, expect, it } from 'vitest'
import { fillShell, isShell, sitemapXml } from './prerender-html'

const shell = `<!doctype html>
<html lang="en">
  <head>
    <title>Plenary · NeurIPS 2018 schedule</title>
    <meta
      name="description"
      content="The shell's description."
    />
    <script type="module" src="/assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

describe('fillShell', () => {
  it('replaces the shell’s title and description, and fills and marks the root', () => {
    const html = fillShell(shell, {
      headTags: '<title>Talk $& · Conf</title>',
      rootHtml: '<main><h1>Talk</h1></main>',
      path: '/talks/x',
      dataFiles: ['data/a.json', 'data/b.json'],
      pathAttribute: 'data-prerendered-path',
      dataAttribute: 'data-prerendered-data',
    })
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html).toContain('<title>Talk $& · Conf</title>')
    expect(html).not.toContain("The shell's description.")
    expect(html).toContain(
      '<div id="root" data-prerendered-path="/talks/x" data-prerendered-data="data/a.json data/b.json"><main><h1>Talk</h1></main></div>',
    )
    expect(isShell(html)).toBe(false)
    expect(isShell(shell)).toBe(true)
  })

  it('writes a sitemap', () => {
    expect(sitemapXml(['https://e.org/', 'https://e.org/talks/a&b'])).toContain(
      '<url><loc>https://e.org/talks/a&amp;b</loc></url>',
    )
  })
})
