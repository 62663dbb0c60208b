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
 * - the whole stylesheets still load, for what the app renders once it runs (the clock's "now", menus, dialogs),
 *   after the first paint (afterFirstPaint takes the links from the end of <body>);
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

/** The id of the <template> that holds what a prerendered page loads after its first paint (see afterFirstPaint). */
export const AFTER_FIRST_PAINT_ID = 'after-first-paint'

const MODULE_SCRIPT = /<script type="module"[^>]*><\/script>/g
const MODULE_PRELOAD = /<link rel="modulepreload"[^>]*>/g
const DATA_PRELOAD = /<link rel="preload"[^>]*\bas="fetch"[^>]*>/g
const MANIFEST = /<link rel="manifest"[^>]*>/g

/**
 * A prerendered page paints once, all of it, and only then loads what makes it interactive. Its module scripts, module
 * preloads, data preloads, whole stylesheets (those inlineStylesheets moved to the end of <body>; a stylesheet still
 * in <head> styles the page and stays) and web app manifest go into an inert <template> at the end of <body>,
 * which the loader in index.html copies into <head> once the browser reports the first contentful paint; a
 * `rel="expect"` link keeps that first paint from coming before the whole page is parsed.
 * - The first paint is the page's largest and final one (LCP = FCP): none of the app's requests can hold it up, and
 *   a lab measure that charges the largest paint with every request finished before it (Lighthouse's simulation)
 *   sees the same. Measured before: on an unthrottled load, the 99 KiB entry finished downloading before the first
 *   paint, and the simulation added its download on a phone's network to LCP (1.6 s for an FCP of 0.8 s). With the
 *   scripts gone, the load event came before the first paint, and with it Chromium's fetches of the manifest and its
 *   icon: the manifest waits too, which costs nothing (no page shows it); the page's icon is inline (index.html).
 * - The loader turns the whole stylesheets on together, once all have loaded, and only then runs the scripts: the
 *   page never shows a mix of the inline CSS and some of the stylesheets (one stylesheet's rule overriding another's
 *   inline copy moved the talk page's author list), and the app hydrates with every rule in place.
 * The links keep their attributes, so Vite's loader finds them and does not add the files again. The template names
 * the page's path (`urlPath`, base included): a host that answers an unknown address with this page (an SPA
 * fallback) has the loader start at once, as the app then renders another page from scratch.
 */
export function afterFirstPaint(html: string, urlPath: string): string {
  const bodyAt = html.search(/<body\b/)
  if (bodyAt < 0 || html.includes(`<template id="${AFTER_FIRST_PAINT_ID}"`)) return html
  const later: string[] = []
  const take = (part: string, pattern: RegExp) =>
    part.replace(new RegExp(`\\s*(?:${pattern.source})`, 'g'), (spaceAndTag) => {
      later.push(spaceAndTag.trimStart())
      return ''
    })
  let head = html.slice(0, bodyAt)
  let body = html.slice(bodyAt)
  for (const pattern of [MODULE_SCRIPT, MODULE_PRELOAD, DATA_PRELOAD, MANIFEST]) {
    head = take(head, pattern)
    body = take(body, pattern)
  }
  body = take(body, STYLESHEET_LINK)
  if (later.length === 0) return html
  const expect = `<link rel="expect" href="#${AFTER_FIRST_PAINT_ID}" blocking="render" />`
  const template = `<template id="${AFTER_FIRST_PAINT_ID}" data-for="${escapeAttribute(urlPath)}">\n      ${later.join('\n      ')}\n    </template>`
  // Function replacements: a "$&" in an href must stay literal.
  return (
    head.replace(/\s*<\/head>/, (end) => `\n    ${expect}${end}`) +
    body.replace(/\s*<\/body>/, (end) => `\n    ${template}${end}`)
  )
}
