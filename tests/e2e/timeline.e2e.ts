import type { BrowserContextOptions, Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { sharedBrowserPages, PHONE, VIEWPORTS, hydrated } from './support/browser'
import { bundledDataset } from './support/dataset'

const baseUrl = inject('baseUrl')
const dataset = bundledDataset()
const NOW = '2018-12-04T12:52:00-08:00'
const NODE = 'Neural Ordinary Differential Equations'
const BIAS = 'Bias and Generalization in Deep Generative Models: An Empirical Study'
const plain = (text: string | null) => (text ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ').trim()

const newPage = sharedBrowserPages()

async function open(options: BrowserContextOptions, path: string) {
  const opened = await newPage(options)
  await opened.page.goto(`${baseUrl}${path}`)
  return opened
}

function talkLink(page: Page, title: string) {
  return page.getByRole('main').getByRole('link', { name: title, exact: true })
}

/** The timeline row of a talk. */
function rowOf(page: Page, title: string) {
  return page.locator('li.talk-row', { has: page.getByRole('link', { name: title, exact: true }) })
}

async function inViewport(locator: Locator, page: Page): Promise<boolean> {
  const box = await locator.boundingBox()
  const height = page.viewportSize()!.height
  return box !== null && box.y >= 0 && box.y + box.height <= height
}

describe.each(Object.entries(VIEWPORTS))('timeline on %s', (viewportName, viewport) => {
  it('marks the talk on now at ?now=, scrolls to it on a fresh visit, and keeps it across navigation', async () => {
    const { page, problems } = await open(viewport, `?now=${encodeURIComponent(NOW)}`)
    const node = talkLink(page, NODE)
    await expect.poll(() => node.getAttribute('aria-current')).toBe('time')
    const row = rowOf(page, NODE)
    await expect.poll(() => row.getByText('Now', { exact: true }).isVisible()).toBe(true)
    expect(await row.getByText(/min left$/).textContent()).toMatch(/^1[23] min left$/)
    expect(await row.getByRole('progressbar', { name: 'Talk progress' }).isVisible()).toBe(true)
    const next = rowOf(page, BIAS)
    expect(await next.getByText('Next', { exact: true }).isVisible()).toBe(true)
    expect(await page.locator('main a[aria-current="time"]').count()).toBe(1)
    // A fresh visit during the session lands on what is on now.
    await expect.poll(() => inViewport(node, page)).toBe(true)
    await page.screenshot({ path: `/tmp/timeline-now-${viewportName}.png` })

    // Away to another talk and back, by link and by Back: the clock kept running from ?now=.
    await (await hydrated(talkLink(page, BIAS))).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(BIAS)
    expect(page.url()).not.toContain('now=')
    await page.goBack()
    await expect.poll(() => talkLink(page, NODE).getAttribute('aria-current')).toBe('time')
    await page
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Search' })
      .click()
    await page
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Timeline' })
      .click()
    await expect.poll(() => talkLink(page, NODE).getAttribute('aria-current')).toBe('time')
    expect(problems).toEqual([])
  })

  it('offers "Jump to now" only once what is on now is scrolled away, and jumps back to it', async () => {
    const { page, problems } = await open(viewport, `?now=${encodeURIComponent(NOW)}`)
    const node = talkLink(page, NODE)
    const jump = page.getByRole('button', { name: 'Jump to now' })
    await expect.poll(() => inViewport(node, page)).toBe(true)
    // The on-screen check runs a frame after each render: once the row has hydrated and two frames have passed, it
    // has answered, whatever the machine's speed.
    await hydrated(node)
    expect(await jump.count()).toBe(0)

    // Away from it, up or down, whichever takes it off the screen.
    await page.evaluate((title) => {
      const link = [...document.querySelectorAll('main a')].find((a) => a.textContent === title)!
      const top = link.getBoundingClientRect().top + window.scrollY
      window.scrollTo(0, top > window.innerHeight ? 0 : document.body.scrollHeight)
    }, NODE)
    expect(await inViewport(node, page)).toBe(false)
    await jump.click()
    await expect.poll(() => inViewport(node, page)).toBe(true)
    await expect.poll(() => node.evaluate((a) => a === document.activeElement)).toBe(true)
    await expect.poll(() => jump.count()).toBe(0)
    expect(problems).toEqual([])
  })

  it('does not jump back to now when coming Back after scrolling elsewhere', async () => {
    const { page } = await open(viewport, `?now=${encodeURIComponent(NOW)}`)
    await expect.poll(() => inViewport(talkLink(page, NODE), page)).toBe(true)
    await page.evaluate(() => window.scrollTo(0, 0))
    const first = talkLink(page, dataset.talks[0]!.title)
    await (await hydrated(first)).click()
    await page.getByRole('heading', { level: 1, name: dataset.talks[0]!.title }).waitFor()
    await page.goBack()
    // Scrolling to now would happen in the effects of the page's render: they have run once its rows have hydrated
    // and two frames have passed.
    await hydrated(talkLink(page, NODE))
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50)
  })

  it('updates the live view as the clock runs', async () => {
    const { page } = await open(viewport, `?now=${encodeURIComponent('2018-12-04T13:04:50-08:00')}`)
    await expect.poll(() => talkLink(page, NODE).getAttribute('aria-current')).toBe('time')
    // The next tick (every 15 s) finds the oral over and the spotlight after it started.
    await expect
      .poll(() => talkLink(page, BIAS).getAttribute('aria-current'), { timeout: 45_000 })
      .toBe('time')
    expect(await talkLink(page, NODE).getAttribute('aria-current')).toBeNull()
  })

  it('switches times to the viewer’s zone and remembers it', async () => {
    const { page, problems } = await open({ ...viewport, timezoneId: 'Europe/Berlin' }, '')
    const row = rowOf(page, NODE)
    expect(plain(await row.locator('time').textContent())).toBe('12:50 – 1:05 PM PST')
    const mine = await hydrated(page.getByRole('radio', { name: 'Mine GMT+1' }))
    expect(await page.getByRole('radio', { name: 'Conference PST' }).isChecked()).toBe(true)
    // Axe on the timeline with this switch: accessibility.e2e.ts (viewed from Berlin too).
    await mine.check()
    await expect
      .poll(async () => plain(await row.locator('time').textContent()))
      .toBe('9:50 – 10:05 PM GMT+1')
    await page.screenshot({ path: `/tmp/timeline-zone-${viewportName}.png` })
    await page.reload()
    await expect
      .poll(async () => plain(await row.locator('time').textContent()))
      .toBe('9:50 – 10:05 PM GMT+1')
    expect(await page.getByRole('radio', { name: 'Mine GMT+1' }).isChecked()).toBe(true)
    expect(problems).toEqual([])
  })

  it('marks a talk that falls on the next calendar day in the viewer’s zone', async () => {
    const { page } = await open({ ...viewport, timezoneId: 'Asia/Tokyo' }, '')
    await (await hydrated(page.getByRole('radio', { name: 'Mine GMT+9' }))).check()
    const row = rowOf(page, NODE)
    await expect
      .poll(async () => plain(await row.locator('.talk-time').first().textContent()))
      .toBe('5:50 – 6:05 AM GMT+9 +1 day')
    // Still under the conference's day.
    expect(
      await page.getByRole('heading', { level: 2, name: 'Tuesday, December 4, 2018' }).count(),
    ).toBe(1)
  })

  it('opens cleanly, live and not', async () => {
    // Axe on both: accessibility.e2e.ts.
    for (const path of ['', `?now=${encodeURIComponent(NOW)}`]) {
      const { page, problems } = await open(viewport, path)
      await hydrated(talkLink(page, NODE))
      expect(problems).toEqual([])
    }
  })
})

describe('timeline on a phone', () => {
  it('answers "what is on now and next" on the first screen', async () => {
    const { page } = await open(PHONE, `?now=${encodeURIComponent(NOW)}`)
    await expect.poll(() => inViewport(talkLink(page, NODE), page)).toBe(true)
    expect(await inViewport(talkLink(page, BIAS), page)).toBe(true)
    const star = page.getByRole('button', { name: `Star ${NODE}` })
    const box = (await star.boundingBox())!
    expect(box.width).toBeGreaterThanOrEqual(44)
    expect(box.height).toBeGreaterThanOrEqual(44)
  })
})
