import { describe, expect, it } from 'vitest'
import {
  afterFirstPaint,
  AFTER_FIRST_PAINT_ID,
  fillShell,
  inlineStylesheets,
  isShell,
  shellForConference,
  sitemapXml,
  stylesheetHrefs,
} from './prerender-html'

const shell = `<!doctype html>
<html lang="en">
  <head>
    <!-- A note for index.html's readers. -->
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

describe('shellForConference', () => {
  it('names the dataset’s conference in the shell’s title and description, escaped', () => {
    const html = shellForConference(shell, 'R&D "Summit" $& 2026')
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html).toContain('<title>R&amp;D &quot;Summit&quot; $&amp; 2026 · Plenary</title>')
    expect(html).toContain(
      '<meta name="description" content="What is on now and next at R&amp;D &quot;Summit&quot; $&amp; 2026: ',
    )
    expect(html).not.toContain('NeurIPS')
    expect(html).not.toContain("The shell's description.")
    expect(isShell(html)).toBe(true)
  })

  it('fails rather than build a shell that names no conference', () => {
    expect(() => shellForConference('<html><head></head></html>', 'C')).toThrow(/<title>/)
  })
})

describe('fillShell', () => {
  it('replaces the shell’s title and description, leaves out its comments, and fills and marks the root', () => {
    const html = fillShell(shell, {
      headTags: '<title>Talk $& · Conf</title>',
      rootHtml: '<main><!--$--><h1>Talk</h1><!--/$--></main>',
      path: '/talks/x',
      dataFiles: ['data/a.json', 'data/b.json'],
      pathAttribute: 'data-prerendered-path',
      dataAttribute: 'data-prerendered-data',
    })
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html).toContain('<title>Talk $& · Conf</title>')
    expect(html).not.toContain("The shell's description.")
    expect(html).toContain(
      '<div id="root" data-prerendered-path="/talks/x" data-prerendered-data="data/a.json data/b.json"><main><!--$--><h1>Talk</h1><!--/$--></main></div>',
    )
    expect(html).not.toContain('A note for index.html')
    expect(html).toContain('<html lang="en">\n  <head>\n    <script type="module"')
    expect(isShell(html)).toBe(false)
    expect(isShell(shell)).toBe(true)
  })

  it('writes a sitemap', () => {
    expect(sitemapXml(['https://e.org/', 'https://e.org/talks/a&b'])).toContain(
      '<url><loc>https://e.org/talks/a&amp;b</loc></url>',
    )
  })
})

describe('inlineStylesheets', () => {
  const page = `<head>
    <link rel="stylesheet" crossorigin href="/assets/index.css">
    <link rel="icon" href="/favicon.svg" />
    <link rel="stylesheet" crossorigin href="/assets/talk.css" />
    <link rel="stylesheet" href="https://elsewhere.example/x.css" />
  </head>
  <body>
    <div id="root"><h1>Talk</h1></div>
  </body>`

  it('lists the page’s stylesheets in order', () => {
    expect(stylesheetHrefs(page)).toEqual([
      '/assets/index.css',
      '/assets/talk.css',
      'https://elsewhere.example/x.css',
    ])
  })

  it('puts the CSS in place of the links it stands for, moves them to the end of the body, and keeps the others', () => {
    const inlined = inlineStylesheets(page, 'h1::after{content:"</style>"}', [
      '/assets/index.css',
      '/assets/talk.css',
    ])
    expect(inlined).toBe(`<head>
    <style>h1::after{content:"<\\/style>"}</style>
    <link rel="icon" href="/favicon.svg" />
    <link rel="stylesheet" href="https://elsewhere.example/x.css" />
  </head>
  <body>
    <div id="root"><h1>Talk</h1></div>
    <link rel="stylesheet" crossorigin href="/assets/index.css">
    <link rel="stylesheet" crossorigin href="/assets/talk.css" />
  </body>`)
  })

  it('links each stylesheet once, enabled, so that Vite’s loader adds none again', () => {
    const inlined = inlineStylesheets(page, 'h1{margin:0}', [
      '/assets/index.css',
      '/assets/talk.css',
    ])
    // Vite's preload helper skips a stylesheet when `link[href="…"][rel="stylesheet"]` is in the document.
    const hrefs = stylesheetHrefs(inlined)
    expect(hrefs.toSorted()).toEqual(stylesheetHrefs(page).toSorted())
    expect(inlined).not.toContain('disabled')
    expect(inlined.match(/<style>/g)).toHaveLength(1)
    // Not a head element any more: the first paint does not wait for it.
    expect(inlined.indexOf('/assets/talk.css')).toBeGreaterThan(inlined.indexOf('<body>'))
  })

  it('leaves a page without those stylesheets alone', () => {
    expect(inlineStylesheets(page, 'h1{margin:0}', ['/assets/other.css'])).toBe(page)
  })
})

describe('afterFirstPaint', () => {
  const page = `<html>
  <head>
    <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />
    <script>var theme = 1</script>
    <script type="module" fetchpriority="low" crossorigin src="/assets/index.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/linked.css" />
    <link rel="manifest" href="/manifest.webmanifest">
    <link rel="modulepreload" crossorigin href="/assets/talk.js" />
    <link rel="preload" href="/data/schedule.json" as="fetch" crossorigin="anonymous" />
  </head>
  <body>
    <div id="root"><h1>Talk</h1></div>
    <link rel="stylesheet" crossorigin href="/assets/index.css">
  </body>
</html>`

  it('puts the app’s scripts, preloads, whole stylesheets and manifest in a template for after the first paint', () => {
    expect(afterFirstPaint(page, '/talks/x')).toBe(`<html>
  <head>
    <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />
    <script>var theme = 1</script>
    <link rel="stylesheet" crossorigin href="/assets/linked.css" />
    <link rel="expect" href="#${AFTER_FIRST_PAINT_ID}" blocking="render" />
  </head>
  <body>
    <div id="root"><h1>Talk</h1></div>
    <template id="${AFTER_FIRST_PAINT_ID}" data-for="/talks/x">
      <script type="module" fetchpriority="low" crossorigin src="/assets/index.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/talk.js" />
      <link rel="preload" href="/data/schedule.json" as="fetch" crossorigin="anonymous" />
      <link rel="manifest" href="/manifest.webmanifest">
      <link rel="stylesheet" crossorigin href="/assets/index.css">
    </template>
  </body>
</html>`)
  })

  it('leaves a page with nothing to load alone, and does nothing the second time', () => {
    const plain = '<html><head></head><body><p>Hi</p></body></html>'
    expect(afterFirstPaint(plain, '/')).toBe(plain)
    const once = afterFirstPaint(page, '/')
    expect(afterFirstPaint(once, '/')).toBe(once)
  })
})
