import type { CDPSession } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { sharedBrowserPages, PHONE, VIEWPORTS, hydrated } from './support/browser'
import { bundledDataset } from './support/dataset'

const baseUrl = inject('baseUrl')
const dataset = bundledDataset()
const { timeZone } = dataset.conference
const authorName = new Map(dataset.authors.map((a) => [a.id, a.name]))
const NODE = dataset.talks.find((t) => t.id === 'neural-ordinary-differential-equations')!
const plain = (text: string | null) => (text ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ').trim()

/** The time range as Chromium's Intl writes it in en-US, with plain spaces. */
function expectedRange(start: string, end: string): string {
  return plain(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).formatRange(new Date(start), new Date(end)),
  )
}

const newPage = sharedBrowserPages()

describe.each(Object.entries(VIEWPORTS))('talk pages on %s', (viewportName, viewport) => {
  it('opens every talk cold by deep link with its title, authors and time, and hydrates cleanly', async () => {
    const { page, problems } = await newPage(viewport)
    for (const talk of dataset.talks) {
      await page.goto(`${baseUrl}talks/${talk.id}`)
      const h1 = page.getByRole('heading', { level: 1 })
      expect(await h1.textContent()).toBe(talk.title)
      const authors = page.getByRole('list', { name: 'Authors' }).getByRole('link')
      expect(await authors.allTextContents()).toEqual(
        talk.authorIds.map((id) => authorName.get(id)),
      )
      const when = page.locator('.talk-page__facts time').first()
      expect(plain(await when.textContent())).toBe(expectedRange(talk.start, talk.end))
      expect(await when.getAttribute('datetime')).toBe(talk.start)
      // Hydrated: the star answers.
      await hydrated(page.getByRole('button', { name: `Star ${talk.title}`, exact: true }))
      expect(await page.title()).toBe(`${talk.title} · ${dataset.conference.name}`)
    }
    expect(problems).toEqual([])
  })

  it('copies the link with a visible confirmation where there is no share sheet', async () => {
    const { context, page, problems } = await newPage(viewport)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl).origin,
    })
    await page.goto(`${baseUrl}talks/${NODE.id}`)
    const copy = await hydrated(page.getByRole('button', { name: 'Copy link' }))
    await copy.click()
    const confirmation = page.getByRole('status').filter({ hasText: 'Link copied' })
    await confirmation.waitFor()
    expect(await confirmation.isVisible()).toBe(true)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseUrl}talks/${NODE.id}`,
    )
    await page.screenshot({ path: `/tmp/talk-copied-${viewportName}.png` })
    expect(problems).toEqual([])
  })

  it('goes to the previous and next talk, and shows an author’s talks', async () => {
    const { page, problems } = await newPage(viewport)
    await page.goto(`${baseUrl}talks/${NODE.id}`)
    const pager = page.getByRole('navigation', { name: 'Previous and next talk' })
    await (await hydrated(pager.getByRole('link', { name: /^Next/ }))).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Bias and Generalization in Deep Generative Models: An Empirical Study')
    expect(await page.title()).toBe(
      'Bias and Generalization in Deep Generative Models: An Empirical Study · NeurIPS 2018',
    )
    await pager.getByRole('link', { name: /^Previous/ }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(NODE.title)
    await page
      .getByRole('list', { name: 'Authors' })
      .getByRole('link', { name: 'David Duvenaud' })
      .click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('David Duvenaud')
    expect(await page.getByRole('main').getByRole('link', { name: NODE.title }).count()).toBe(1)
    expect(problems).toEqual([])
  })

  it('answers unknown and malformed addresses with the closest titles', async () => {
    const { page, problems } = await newPage(viewport)
    await page.goto(`${baseUrl}talks/neural-ordinary-diferential-equations`)
    await page.getByRole('heading', { level: 1, name: 'No such talk' }).waitFor()
    const suggestion = page.getByRole('link', { name: NODE.title })
    expect(await suggestion.getAttribute('href')).toBe(
      `${new URL(baseUrl).pathname}talks/${NODE.id}`,
    )
    expect(await page.getByRole('link', { name: 'Go to the timeline' }).count()).toBe(1)
    // Axe on this view: accessibility.e2e.ts.
    await page.screenshot({ path: `/tmp/talk-not-found-${viewportName}.png` })

    await page.goto(`${baseUrl}talks/%E0%A4%A-neural-ode`)
    await page.getByRole('heading', { level: 1, name: 'No such talk' }).waitFor()
    await page.goto(`${baseUrl}authors/david-duvenod`)
    await page.getByRole('heading', { level: 1, name: 'No such author' }).waitFor()
    expect(await page.getByRole('link', { name: 'David Duvenaud' }).count()).toBe(1)
    expect(problems).toEqual([])
  })
  // Axe on a talk, a talk on now, an author and a missing talk, viewed from Berlin: accessibility.e2e.ts.
})

describe('talk page on a phone', () => {
  it('shows both times when the viewer is elsewhere', async () => {
    const { page } = await newPage({ ...PHONE, timezoneId: 'Asia/Tokyo' })
    await page.goto(`${baseUrl}talks/${NODE.id}`)
    const yours = page.getByText(/^Your time:/)
    await yours.waitFor()
    expect(plain(await yours.textContent())).toBe('Your time: 5:50 – 6:05 AM GMT+9 +1 day')
  })

  it('moves to the next talk with a swipe to the left', async () => {
    const { context, page } = await newPage(PHONE)
    await page.goto(`${baseUrl}talks/${NODE.id}`)
    await hydrated(page.getByRole('button', { name: `Star ${NODE.title}`, exact: true }))
    const cdp: CDPSession = await context.newCDPSession(page)
    // A quick flick (the app ignores a slow drag) whatever the machine's load: each event carries its own time,
    // 50 ms after the last, rather than the time its message happened to arrive.
    const started = Date.now() / 1000
    let step = 0
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: 500 }],
        timestamp: started + 0.05 * step++,
      })
    await touch('touchStart', 320)
    for (const x of [280, 220, 160, 100]) await touch('touchMove', x)
    await touch('touchEnd', 100)
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Bias and Generalization in Deep Generative Models: An Empirical Study')
  })
})
