import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { sharedBrowserPages, VIEWPORTS } from './support/browser'
import { bundledDataset } from './support/dataset'

const baseUrl = inject('baseUrl')
const distDir = inject('distDir')
const dataset = bundledDataset()
const NODE = dataset.talks.find((t) => t.id === 'neural-ordinary-differential-equations')!
const siteUrl = process.env.PLENARY_SITE_URL

const newPage = sharedBrowserPages()

/** The HTML a crawler or a chat app's link preview receives: no script runs. */
async function rawHtml(path: string): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`)
  expect(response.status).toBe(200)
  return response.text()
}

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1]

describe('prerendered pages', () => {
  it('give a talk its own title, description, Open Graph tags, X’s card type and its content', async () => {
    const html = await rawHtml(`talks/${NODE.id}`)
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html).toContain('<title>Neural Ordinary Differential Equations · NeurIPS 2018</title>')
    expect(meta(html, 'description')).toBe(
      'We introduce a new family of deep neural network models.',
    )
    expect(meta(html, 'og:title')).toBe(NODE.title)
    expect(meta(html, 'og:description')).toBe(
      'We introduce a new family of deep neural network models.',
    )
    expect(meta(html, 'og:type')).toBe('article')
    expect(meta(html, 'og:image')).toMatch(/og-image\.png$/)
    expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    // X reads og:title where twitter:title is missing (developer.x.com/cards/markup).
    expect(meta(html, 'twitter:title')).toBeUndefined()
    expect(html).toMatch(/<h1[^>]*>Neural Ordinary Differential Equations<\/h1>/)
    expect(html).toContain('David Duvenaud')
    expect(html).toContain('Instead of specifying a discrete sequence of hidden layers')
    if (siteUrl) {
      const canonical = new URL(`${process.env.PLENARY_BASE || '/'}talks/${NODE.id}`, siteUrl).href
      expect(html).toContain(`<link rel="canonical" href="${canonical}" />`)
      expect(meta(html, 'og:url')).toBe(canonical)
      expect(meta(html, 'og:image')).toBe(
        new URL(`${process.env.PLENARY_BASE || '/'}og-image.png`, siteUrl).href,
      )
    } else {
      // A relative canonical would be wrong: without the site's URL there is none.
      expect(html).not.toMatch(/rel="canonical"|og:url/)
    }
  })

  it('give the timeline its title, tags and every talk, and every author a page', async () => {
    const html = await rawHtml('')
    expect(html).toContain('<title>NeurIPS 2018 · Plenary</title>')
    expect(meta(html, 'description')).toMatch(/^What is on now and next at NeurIPS 2018\./)
    expect(meta(html, 'og:type')).toBe('website')
    expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    for (const talk of dataset.talks)
      expect(html).toContain(`href="${new URL(baseUrl).pathname}talks/${talk.id}"`)
    expect(html).toContain('Tue Track 2 -- Session 2')
    const author = await rawHtml('authors/david-duvenaud')
    expect(author).toContain('<title>David Duvenaud · NeurIPS 2018</title>')
    expect(meta(author, 'og:type')).toBe('profile')
  })

  it('ship a real preview image, a shell for unknown paths, and a sitemap only with the site’s URL', async () => {
    const image = await fetch(`${baseUrl}og-image.png`)
    const bytes = new Uint8Array(await image.arrayBuffer())
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    expect(new DataView(bytes.buffer).getUint32(16)).toBe(1200)
    expect(new DataView(bytes.buffer).getUint32(20)).toBe(630)
    const shell = readFileSync(join(distDir, '404.html'), 'utf8')
    expect(shell).toContain('<div id="root"></div>')
    expect(existsSync(join(distDir, 'sitemap.xml'))).toBe(Boolean(siteUrl))
  })
})

describe.each(Object.entries(VIEWPORTS))('prerendered pages on %s', (_name, viewport) => {
  it('paint the talk before any script runs, with no stylesheet but its own CSS', async () => {
    const { page } = await newPage({ ...viewport, javaScriptEnabled: false })
    // The page's stylesheets load after its content: it must not need them to paint styled.
    await page.route('**/*.css', (route) => route.abort())
    await page.goto(`${baseUrl}talks/${NODE.id}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(NODE.title)
    expect(await page.getByText(/^We introduce a new family/).isVisible()).toBe(true)
    // Styled by the route's own rules, inlined: the facts box has its border, the header its colour.
    const border = await page
      .locator('.talk-page__facts')
      .evaluate((el) => getComputedStyle(el).borderTopStyle)
    expect(border).toBe('solid')
    const header = await page
      .locator('header.app-header')
      .evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(header).not.toBe('rgba(0, 0, 0, 0)')
  })

  it.each([
    ['/', ''],
    ['a talk', `talks/${NODE.id}`],
    ['an author', 'authors/david-duvenaud'],
    ['/ live', `?now=${encodeURIComponent('2018-12-04T12:52:00-08:00')}`],
  ])('hydrate %s without replacing the HTML and without console errors', async (_label, path) => {
    const { page, problems } = await newPage(viewport)
    // Counts removals of the prerendered header: re-rendering from scratch would remove it, hydrating keeps it.
    await page.addInitScript(() => {
      const win = window as unknown as { __removed: number }
      win.__removed = 0
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.removedNodes)
            if (node instanceof HTMLElement && node.matches('header.app-header, main'))
              win.__removed++
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(`${baseUrl}${path}`)
    await expect
      .poll(() =>
        page
          .getByRole('heading', { level: 1 })
          .first()
          .evaluate((el) => Object.keys(el).some((key) => key.startsWith('__react'))),
      )
      .toBe(true)
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => (window as unknown as { __removed: number }).__removed)).toBe(
      0,
    )
    // The whole stylesheets, linked at the end of the page, are not added a second time by the route's code.
    const stylesheets = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')),
    )
    expect(stylesheets.length).toBeGreaterThan(0)
    expect(new Set(stylesheets).size).toBe(stylesheets.length)
    expect(problems).toEqual([])
  })

  it('render an unknown address from scratch, not the page the host fell back to', async () => {
    const { page, problems } = await newPage(viewport)
    await page.goto(`${baseUrl}no/such/page`)
    await page.getByRole('heading', { level: 1, name: 'No such page' }).waitFor()
    expect(await page.getByRole('heading', { name: 'Timeline' }).count()).toBe(0)
    expect(problems).toEqual([])
  })
})
