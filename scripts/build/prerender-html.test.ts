import { describe, expect, it } from 'vitest'
import {
  fillShell,
  inlineStylesheets,
  isShell,
  scriptsAfterContent,
  shellForConference,
  sitemapXml,
} from './prerender-html'

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

describe('inlineStylesheets', () => {
  it('puts the CSS of the links it can read in place, disables those links, and keeps the others', () => {
    const html = `<head>
    <link rel="stylesheet" crossorigin href="/assets/index.css">
    <link rel="icon" href="/favicon.svg" />
    <link rel="stylesheet" crossorigin href="/assets/talk.css" />
    <link rel="stylesheet" href="https://elsewhere.example/x.css" />
  </head>`
    const files: Record<string, string> = {
      '/assets/index.css': 'body{margin:0}',
      '/assets/talk.css': 'h1::after{content:"</style>"}',
    }
    const inlined = inlineStylesheets(html, (href) => files[href])
    expect(inlined).toBe(`<head>
    <style>body{margin:0}</style><link rel="stylesheet" crossorigin href="/assets/index.css" disabled />
    <link rel="icon" href="/favicon.svg" />
    <style>h1::after{content:"<\\/style>"}</style><link rel="stylesheet" crossorigin href="/assets/talk.css" disabled />
    <link rel="stylesheet" href="https://elsewhere.example/x.css" />
  </head>`)
  })
})

describe('scriptsAfterContent', () => {
  it('gives the app’s module script and module preloads low priority, once', () => {
    const html = `<script type="module" crossorigin src="/assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/talk.js" />
    <link rel="preload" href="/data/schedule.json" as="fetch" crossorigin="anonymous" />`
    const lowered = scriptsAfterContent(html)
    expect(lowered)
      .toBe(`<script type="module" fetchpriority="low" crossorigin src="/assets/index.js"></script>
    <link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/talk.js" />
    <link rel="preload" href="/data/schedule.json" as="fetch" crossorigin="anonymous" />`)
    expect(scriptsAfterContent(lowered)).toBe(lowered)
  })
})
