/**
 * Zoomed in and read aloud (issue 17): at 400 % zoom (320x256 CSS px) and 200 % (640x400) nothing of the shell stays
 * over the content once the page is scrolled, nothing scrolls sideways and axe finds nothing; on a phone the search
 * box and the zone switch have labels in view; what Chromium hands a screen reader says each fact once, in words.
 */
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations } from './support/axe'
import { hydrated, PHONE, sharedBrowserPages } from './support/browser'
import { bundledDataset } from './support/dataset'
import { seedStars } from './support/stars'

const baseUrl = inject('baseUrl')
const dataset = bundledDataset()
const NOW = encodeURIComponent('2018-12-04T12:52:00-08:00')
const NODE = dataset.talks.find((t) => t.id === 'neural-ordinary-differential-equations')!
const BATCHNORM = dataset.talks.find(
  (t) => t.id === 'how-does-batch-normalization-help-optimization',
)!

const newPage = sharedBrowserPages()

// The viewer is in Berlin: the timeline and a talk then show their zone switch, as they would to a visitor.
const AWAY = { locale: 'en-US', timezoneId: 'Europe/Berlin', serviceWorkers: 'block' } as const

const ZOOMS: [string, BrowserContextOptions][] = [
  ['400 % (320x256)', { viewport: { width: 320, height: 256 }, ...AWAY }],
  ['200 % (640x400)', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, ...AWAY }],
]

const ROUTES: [string, string, (page: Page) => Promise<unknown>][] = [
  ['the timeline, live', `?now=${NOW}`, (page) => page.locator('[aria-current="time"]').waitFor()],
  [
    'a talk',
    `talks/${NODE.id}`,
    (page) => hydrated(page.getByRole('button', { name: `Star ${NODE.title}`, exact: true })),
  ],
  [
    'search',
    'search?q=neural',
    (page) => page.locator('#search-summary').filter({ hasText: /match/ }).waitFor(),
  ],
  [
    'the agenda',
    'agenda',
    (page) => hydrated(page.getByRole('button', { name: `Star ${BATCHNORM.title}`, exact: true })),
  ],
]

/** How many CSS px of the viewport's height fixed and sticky elements cover, and which they are. */
function coveredHeight(page: Page) {
  return page.evaluate(() => {
    const pinned = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => {
      const { position } = getComputedStyle(element)
      return position === 'fixed' || position === 'sticky'
    })
    // Only the outermost: a bar's contents lie within it.
    const outermost = pinned.filter(
      (element) => !pinned.some((o) => o !== element && o.contains(element)),
    )
    const boxes = outermost.map((element) => {
      const box = element.getBoundingClientRect()
      const height = Math.min(innerHeight, box.bottom) - Math.max(0, box.top)
      return {
        what: element.className || element.tagName,
        height: box.width > 1 ? Math.max(0, height) : 0,
      }
    })
    return {
      total: boxes.reduce((sum, box) => sum + box.height, 0),
      boxes: boxes.filter((box) => box.height > 0),
    }
  })
}

describe.each(ZOOMS)('at %s', (_label, options) => {
  it.for(ROUTES)(
    '%s keeps the content in view: the header and navigation scroll away, no sideways scrolling, axe finds nothing',
    async ([, path, ready], { expect }) => {
      const { context, page, problems } = await newPage(options)
      await seedStars(context, [NODE.id, BATCHNORM.id, dataset.talks[0]!.id])
      await page.goto(`${baseUrl}${path}`)
      await hydrated(page.getByRole('heading', { level: 1 }).first())
      await ready(page)
      const { height } = page.viewportSize()!

      // At the top, the navigation is there to use: in the header, in the page's flow.
      await page.evaluate(() => window.scrollTo(0, 0))
      const nav = page.getByRole('navigation', { name: 'Primary' })
      await nav.getByRole('link', { name: 'Agenda' }).waitFor()
      expect(await nav.count()).toBe(1)

      // Scrolled down a little, the header and the navigation leave at least three quarters of the height.
      await page.evaluate(() => window.scrollTo(0, 300))
      await page.waitForFunction(() => window.scrollY > 0)
      const covered = await coveredHeight(page)
      expect(covered.total, JSON.stringify(covered.boxes)).toBeLessThanOrEqual(height / 4)

      expect(
        await page.evaluate(() => {
          const root = document.scrollingElement!
          return root.scrollWidth - root.clientWidth
        }),
      ).toBeLessThanOrEqual(0)
      expect(await axeViolations(page)).toEqual([])
      expect(problems).toEqual([])
    },
  )

  it('puts "Jump to now" in the page after the day, not over the talks', async ({ expect }) => {
    const { page } = await newPage(options)
    await page.goto(`${baseUrl}?now=${NOW}`)
    await hydrated(page.getByRole('main').getByRole('link', { name: NODE.title, exact: true }))
    await page.evaluate(() => window.scrollTo(0, 0))
    const jump = page.getByRole('button', { name: 'Jump to now' })
    await jump.waitFor()
    expect(await jump.evaluate((button) => getComputedStyle(button).position)).toBe('static')
    await jump.click()
    await page.waitForFunction((title) => document.activeElement?.textContent === title, NODE.title)
  })
})

describe('on a phone', () => {
  const phone = { ...PHONE, ...AWAY }

  it('shows the labels of the search box and the zone switch', async () => {
    const { page } = await newPage(phone)
    await page.goto(baseUrl)
    await hydrated(page.getByRole('radio', { name: /^Mine / }))
    const searchLabel = page.locator('label[for="search-input"]')
    const zoneLabel = page.getByRole('group', { name: 'Times in' }).locator('legend')
    // In view and readable: a box of real size (a visually hidden one is 1px), with its words.
    for (const label of [searchLabel, zoneLabel]) {
      const box = (await label.boundingBox())!
      expect(box.width).toBeGreaterThan(20)
      expect(box.height).toBeGreaterThan(8)
    }
    // "Search" shows; the " talks" after it is for the ear.
    expect(await searchLabel.innerText()).toMatch(/^Search\b/)
    expect(await zoneLabel.innerText()).toBe('Times in')
    await page.getByRole('searchbox', { name: 'Search talks' }).waitFor()
  })

  it('hands a screen reader kinds in words and the minutes left once', async () => {
    const { context, page } = await newPage(phone)
    await page.goto(`${baseUrl}?now=${NOW}`)
    await page.getByRole('progressbar', { name: 'Talk progress' }).waitFor()
    await hydrated(page.getByRole('main').getByRole('link', { name: NODE.title, exact: true }))
    // Chromium's own accessibility tree: unlike the DOM, it has the text as the stylesheet renders it.
    const cdp = await context.newCDPSession(page)
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored?: boolean
        role?: { value: string }
        name?: { value: string }
        properties?: { name: string; value: { value: unknown } }[]
      }[]
    }
    const said = nodes
      .filter((node) => !node.ignored && node.role?.value !== 'InlineTextBox')
      .flatMap((node) => [
        node.name?.value ?? '',
        ...(node.properties ?? [])
          .filter((property) => property.name === 'valuetext')
          .map((property) => String(property.value.value)),
      ])
    expect(said).toContain('Oral')
    expect(said).toContain('Spotlight')
    expect(said).toContain('Now')
    expect(said.filter((text) => ['ORAL', 'SPOTLIGHT', 'NOW', 'NEXT'].includes(text))).toEqual([])
    expect(said.filter((text) => /min left/.test(text))).toEqual(['13 min left'])
  })
})
