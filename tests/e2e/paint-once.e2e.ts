/**
 * Paint once (#14): a prerendered page's first contentful paint is its largest and final one. In real Chromium, on
 * `/`, a talk page and `/now` of the bundled build, at both widths:
 * - every largest-contentful-paint candidate is the first contentful paint's, and its element is still in the page
 *   once the app has hydrated (nothing larger is painted later, nothing replaced);
 * - no layout shift, from the first paint to the hydrated page with every stylesheet turned on;
 * - the app's scripts, data, stylesheets and manifest are requested only after that paint (the loader in
 *   index.html): Lighthouse's simulation charges the largest paint with every request that finished before it.
 * Only the order of events is compared, never how long anything took.
 */
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { hydrated, sharedBrowserPages, VIEWPORTS } from './support/browser'

const baseUrl = inject('baseUrl')
const newPage = sharedBrowserPages()

const PAGES = {
  timeline: '',
  talk: 'talks/neural-ordinary-differential-equations',
  now: 'now',
} as const

/** At the venue's clock: a viewer abroad sees their own time added after hydration (see "left" in the note below). */
const AT_VENUE = { locale: 'en-US', timezoneId: 'America/Los_Angeles' } as const

interface PaintLog {
  fcp: number[]
  lcp: { time: number; element: Element | null }[]
  shifts: number[]
}

/** Records paints and shifts from the start of the page's life (buffered entries included). */
async function recordPaints(page: Page) {
  await page.addInitScript(() => {
    const log: PaintLog = { fcp: [], lcp: [], shifts: [] }
    ;(window as unknown as { paintLog: PaintLog }).paintLog = log
    const observe = (type: string, each: (entry: PerformanceEntry) => void) =>
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({
        type,
        buffered: true,
      })
    observe('paint', (entry) => {
      if (entry.name === 'first-contentful-paint') log.fcp.push(entry.startTime)
    })
    observe('largest-contentful-paint', (entry) =>
      log.lcp.push({
        time: entry.startTime,
        element: (entry as PerformanceEntry & { element: Element | null }).element,
      }),
    )
    observe('layout-shift', (entry) =>
      log.shifts.push((entry as PerformanceEntry & { value: number }).value),
    )
  })
}

/** Hydrated, every whole stylesheet turned on (the loader does that before the scripts run), two frames later. */
async function settled(page: Page) {
  await hydrated(page.locator('#main'))
  await page.waitForFunction(
    () => document.querySelectorAll('link[rel="stylesheet"][media="print"]').length === 0,
  )
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  )
}

async function paintFacts(page: Page) {
  return page.evaluate(() => {
    const { fcp, lcp, shifts } = (window as unknown as { paintLog: PaintLog }).paintLog
    const first = fcp[0] ?? NaN
    const requestedBeforePaint = performance
      .getEntriesByType('resource')
      .filter((entry) => /\.(m?js|css|json|webmanifest)$/.test(new URL(entry.name).pathname))
      .filter((entry) => entry.startTime <= first)
      .map((entry) => new URL(entry.name).pathname)
    return {
      firstContentfulPaints: fcp.length,
      laterCandidates: lcp.filter((entry) => entry.time !== first).length,
      someCandidate: lcp.length > 0,
      largestStillThere: lcp.at(-1)?.element?.isConnected ?? false,
      shifts,
      requestedBeforePaint,
    }
  })
}

describe.each(Object.entries(VIEWPORTS))('at %s width', (_, viewport: BrowserContextOptions) => {
  it.each(Object.entries(PAGES))(
    'the %s page paints its largest content first, once, and nothing moves',
    async (_name, path) => {
      const { page, problems } = await newPage({
        ...viewport,
        ...AT_VENUE,
        serviceWorkers: 'block',
      })
      await recordPaints(page)
      await page.goto(`${baseUrl}${path}`)
      await settled(page)
      expect(await paintFacts(page)).toEqual({
        firstContentfulPaints: 1,
        laterCandidates: 0,
        someCandidate: true,
        largestStillThere: true,
        shifts: [],
        requestedBeforePaint: [],
      })
      expect(problems).toEqual([])
    },
  )
})

describe('once the service worker has saved the site', () => {
  it('the Now page, short enough to show the footer, does not move when it says so', async () => {
    const { page, problems } = await newPage({ ...VIEWPORTS.phone, ...AT_VENUE })
    await recordPaints(page)
    await page.goto(`${baseUrl}${PAGES.now}`)
    await settled(page)
    await page.getByText('Saved on this device: works offline.').waitFor({ timeout: 90_000 })
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    )
    expect((await paintFacts(page)).shifts).toEqual([])
    expect(problems).toEqual([])
  })
})
