/**
 * The Now page (/now): what is on now and next in every room, on the many-room conference (checked against the
 * generated dataset itself) and on the bundled one-session NeurIPS build; its fit on a phone, its stable first paint,
 * its accessibility, and the Now entry of the bottom navigation.
 */
import type { BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { generateManyRooms } from '../../scripts/generate/generate-many-rooms'
import { axeViolations } from './support/axe'
import { DESKTOP, hydrated, PHONE, sharedBrowserPages } from './support/browser'
import { MANY_ROOMS } from './support/many-rooms'
import { startStaticServer, type StaticServer } from './support/static-server'

const newPage = sharedBrowserPages()
const dataset = generateManyRooms()
const busyAt = Date.parse(MANY_ROOMS.busyInstant)
const nowParam = (instant: string) => `now?now=${encodeURIComponent(instant)}`
const AT_VENUE = {
  locale: 'en-US',
  timezoneId: MANY_ROOMS.timeZone,
  serviceWorkers: 'block',
} as const

/** Each room's talk in progress at the busy instant, from the generated dataset (cancelled talks are never on). */
const busyRooms = dataset.rooms.flatMap((room) => {
  const talk = dataset.talks.find(
    (t) =>
      t.roomId === room.id &&
      t.status !== 'cancelled' &&
      Date.parse(t.start) <= busyAt &&
      busyAt < Date.parse(t.end),
  )
  return talk ? [{ room, talk }] : []
})

async function openNow(page: Page, url: string) {
  await page.goto(url)
  await hydrated(page.getByRole('heading', { level: 1, name: 'Now' }))
  // The rooms are filled in once the clock is known (after hydration).
  await page.locator('.now-page__rooms:not([aria-busy])').waitFor({ timeout: 60_000 })
}

function roomRow(page: Page, name: string) {
  return page
    .getByRole('list', { name: 'Rooms' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) })
}

describe('on the many-room conference at a busy instant', () => {
  it('lists every busy room with its current talk, fits a phone, and opens a talk in one tap', async () => {
    const { page, problems } = await newPage({ ...PHONE, ...AT_VENUE })
    await openNow(page, `${inject('manyRoomsUrl')}${nowParam(MANY_ROOMS.busyInstant)}`)
    expect(busyRooms.length).toBeGreaterThanOrEqual(21)
    const names = await page
      .getByRole('list', { name: 'Rooms' })
      .getByRole('heading', { level: 2 })
      .allTextContents()
    expect(names).toEqual(dataset.rooms.map((room) => room.name))
    for (const { room, talk } of busyRooms) {
      const current = roomRow(page, room.name).locator(`a[aria-current="time"]`)
      expect(await current.getAttribute('href')).toBe(`/talks/${encodeURIComponent(talk.id)}`)
      expect(await current.textContent()).toContain(talk.title)
    }

    // The first phone screen, above the bottom navigation, shows at least eight whole rooms; the page fits in three.
    const fit = await page.evaluate(() => {
      const navTop = document.querySelector('.bottom-nav')!.getBoundingClientRect().top
      const rows = [...document.querySelectorAll('.now-room')].map((row) =>
        row.getBoundingClientRect(),
      )
      return {
        firstScreen: rows.filter((rect) => rect.bottom <= navTop).length,
        height: document.documentElement.scrollHeight,
        width: document.documentElement.scrollWidth,
        smallestTarget: Math.min(
          ...[...document.querySelectorAll('.now-page__rooms a')].map((a) => {
            const rect = a.getBoundingClientRect()
            return Math.min(rect.width, rect.height)
          }),
        ),
      }
    })
    expect(fit.firstScreen).toBeGreaterThanOrEqual(8)
    expect(fit.height).toBeLessThanOrEqual(3 * 812)
    expect(fit.width).toBe(375)
    expect(fit.smallestTarget).toBeGreaterThanOrEqual(44)

    const { talk } = busyRooms[2]!
    await roomRow(page, busyRooms[2]!.room.name).locator('a[aria-current="time"]').click()
    await page.getByRole('heading', { level: 1, name: talk.title }).waitFor()
    expect(new URL(page.url()).pathname).toBe(`/talks/${encodeURIComponent(talk.id)}`)
    expect(problems).toEqual([])
  })

  // Abroad, the zone switch appears beside the title after hydration too.
  it.for([MANY_ROOMS.timeZone, 'Europe/London'])(
    'paints its first screen where the live content lands, in %s: no layout shift',
    async (timezoneId) => {
      const { page, problems } = await newPage({ ...PHONE, ...AT_VENUE, timezoneId })
      await page.addInitScript(() => {
        const shifts: number[] = []
        ;(window as unknown as { shifts: number[] }).shifts = shifts
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            shifts.push((entry as unknown as { value: number }).value)
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await openNow(page, `${inject('manyRoomsUrl')}${nowParam(MANY_ROOMS.busyInstant)}`)
      // Two frames after the live rows are in, every shift they caused has been reported.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      )
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual(
        [],
      )
      expect(problems).toEqual([])
    },
  )

  it('without JavaScript, shows the rooms and says the timeline lists every talk', async () => {
    const { page } = await newPage({ ...PHONE, ...AT_VENUE, javaScriptEnabled: false })
    await page.goto(`${inject('manyRoomsUrl')}now`)
    await page.getByRole('heading', { level: 1, name: 'Now' }).waitFor()
    // Playwright's text locators do not look inside <noscript>; its CSS locators do, and it shows.
    const note = page.locator('.now-page__status p')
    expect(await note.isVisible()).toBe(true)
    expect(await note.textContent()).toBe(
      'Without JavaScript this page cannot tell the time. The timeline lists every talk.',
    )
    expect(
      await page.getByRole('list', { name: 'Rooms' }).getByRole('heading', { level: 2 }).count(),
    ).toBe(dataset.rooms.length)
    // Styled by the page's own inline CSS: the rows keep their height.
    const height = await page
      .locator('.now-room')
      .first()
      .evaluate((row) => row.getBoundingClientRect().height)
    expect(height).toBeGreaterThanOrEqual(44)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375)
  })
})

describe('offline', () => {
  let server: StaticServer | undefined
  afterAll(async () => {
    await server?.close()
  })

  it('once the service worker is active, the Now page opens from the cache', async () => {
    server = await startStaticServer(inject('manyRoomsDir'), '/')
    const { context, page, problems } = await newPage({
      ...PHONE,
      locale: 'en-US',
      timezoneId: MANY_ROOMS.timeZone,
    })
    await page.goto(server.url)
    await page.getByText('Saved on this device: works offline.').waitFor({ timeout: 90_000 })
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true)
    await server.pause()
    try {
      const offline = await context.newPage()
      await openNow(offline, `${server.url}${nowParam(MANY_ROOMS.busyInstant)}`)
      const { room, talk } = busyRooms[0]!
      expect(
        await roomRow(offline, room.name).locator('a[aria-current="time"]').textContent(),
      ).toContain(talk.title)
    } finally {
      await server.resume()
    }
    expect(problems).toEqual([])
  })
})

describe('the Now entry of the bottom navigation', () => {
  it('is there at a many-room conference, fits at 320 px, and stays after it (the navigation never shifts)', async () => {
    const { page } = await newPage({ ...PHONE, viewport: { width: 320, height: 640 }, ...AT_VENUE })
    await page.goto(`${inject('manyRoomsUrl')}?${nowParam(MANY_ROOMS.busyInstant).slice(4)}`)
    const nav = page.getByRole('navigation', { name: 'Primary' }).filter({ visible: true })
    await hydrated(nav.getByRole('link', { name: 'Now' }))
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Timeline',
      'Now',
      'Search',
      'Agenda',
    ])
    const overflow = await nav.evaluate((element) =>
      [...element.querySelectorAll('a')].some(
        (a) => a.scrollWidth > a.clientWidth || a.getBoundingClientRect().height < 44,
      ),
    )
    expect(overflow).toBe(false)
    await nav.getByRole('link', { name: 'Now' }).click()
    await page.getByRole('heading', { level: 1, name: 'Now' }).waitFor()
    expect(await nav.getByRole('link', { name: 'Now' }).getAttribute('aria-current')).toBe('page')

    // After the conference: the Now page says so once the clock is known; at a conference of many rooms the entry
    // stays, as the prerendered navigation has it (bottom-nav.tsx, useNowOffered).
    const after = await newPage({ ...PHONE, ...AT_VENUE })
    await after.page.goto(`${inject('manyRoomsUrl')}${nowParam('2027-02-03T10:00:00+01:00')}`)
    await after.page.getByText(/The last talk ended on Sun, Jan 31/).waitFor()
    const afterNav = after.page
      .getByRole('navigation', { name: 'Primary' })
      .filter({ visible: true })
    expect(await afterNav.getByRole('link').allTextContents()).toEqual([
      'Timeline',
      'Now',
      'Search',
      'Agenda',
    ])
  })

  it('is there at a one-room session only while it is on', async () => {
    const during = await newPage({ ...PHONE, locale: 'en-US' })
    await during.page.goto(
      `${inject('baseUrl')}?now=${encodeURIComponent('2018-12-04T13:47:00-08:00')}`,
    )
    const nav = during.page.getByRole('navigation', { name: 'Primary' }).filter({ visible: true })
    await hydrated(nav.getByRole('link', { name: 'Now' }))

    const after = await newPage({ ...PHONE, locale: 'en-US' })
    await after.page.goto(inject('baseUrl'))
    const afterNav = after.page
      .getByRole('navigation', { name: 'Primary' })
      .filter({ visible: true })
    await hydrated(afterNav.getByRole('link', { name: 'Timeline' }))
    expect(await afterNav.getByRole('link').allTextContents()).toEqual([
      'Timeline',
      'Search',
      'Agenda',
    ])
  })
})

describe('on the bundled NeurIPS session', () => {
  it('shows the live talk and the next one', async () => {
    const { page, problems } = await newPage({
      ...PHONE,
      locale: 'en-US',
      timezoneId: 'America/Los_Angeles',
      serviceWorkers: 'block',
    })
    await openNow(page, `${inject('baseUrl')}${nowParam('2018-12-04T13:47:00-08:00')}`)
    const current = page.locator('a[aria-current="time"]')
    expect(await current.textContent()).toContain('Step Size Matters in Deep Learning')
    expect(await current.textContent()).toContain('3 min left')
    expect(await page.getByRole('link', { name: /Neural Tangent Kernel/ }).textContent()).toContain(
      'Next 1:50 PM',
    )
    expect(problems).toEqual([])
  })
})

const SCANS: [string, BrowserContextOptions, 'light' | 'dark'][] = [
  ['375 px, light', PHONE, 'light'],
  ['375 px, dark', PHONE, 'dark'],
  ['1280 px, light', DESKTOP, 'light'],
  ['1280 px, dark', DESKTOP, 'dark'],
]

describe.each(SCANS)('axe at %s', (_label, viewport, colorScheme) => {
  it('finds nothing on the Now page of the many-room conference, busy and before it starts', async () => {
    const { page, problems } = await newPage({
      ...viewport,
      colorScheme,
      locale: 'en-US',
      // Another zone than the venue's: the zone switch shows too.
      timezoneId: 'Europe/London',
      serviceWorkers: 'block',
    })
    for (const instant of [MANY_ROOMS.busyInstant, '2027-01-29T12:00:00+01:00']) {
      await openNow(page, `${inject('manyRoomsUrl')}${nowParam(instant)}`)
      await page.waitForLoadState('networkidle')
      expect(await axeViolations(page)).toEqual([])
    }
    expect(problems).toEqual([])
  })
})
