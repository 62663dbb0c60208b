/**
 * The timeline's room, track and type filters on the many-room conference (support/many-rooms.ts), checked against
 * the generator's own data: a filter chosen during the conference lands on what is on now in that room, the URL
 * carries it through Back and reload, every value of the whole conference is offered from the one day's file the
 * page loads, and the filters' views pass axe, light and dark, on a phone and a desktop.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { generateManyRooms } from '../../scripts/generate/generate-many-rooms'
import { axeViolations } from './support/axe'
import { DESKTOP, hydrated, PHONE, sharedBrowserPages } from './support/browser'
import { MANY_ROOMS } from './support/many-rooms'

const newPage = sharedBrowserPages()
const baseUrl = inject('manyRoomsUrl')
const dataset = generateManyRooms()
const NOW = encodeURIComponent(MANY_ROOMS.busyInstant)
const nowEpoch = Date.parse(MANY_ROOMS.busyInstant)
const onNow = dataset.talks.filter(
  (talk) =>
    talk.status !== 'cancelled' &&
    Date.parse(talk.start) <= nowEpoch &&
    nowEpoch < Date.parse(talk.end),
)
// A busy room far down the list, whose talk is nowhere near the top of the unfiltered day.
const room = [...dataset.rooms].reverse().find((r) => onNow.some((t) => t.roomId === r.id))!
const talkOnNow = onNow.find((talk) => talk.roomId === room.id)!

async function openTimeline(page: Page, query: string): Promise<void> {
  await page.goto(`${baseUrl}?${query}`)
  await hydrated(page.getByRole('heading', { level: 1, name: 'Timeline' }))
}

async function openFilters(page: Page): Promise<void> {
  await page.locator('summary', { hasText: 'Filters' }).click()
  await page.getByRole('combobox', { name: 'Room' }).waitFor()
}

/** Whether the element's top is inside the viewport (below the sticky header is the page's own business). */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector)?.getBoundingClientRect()
    return box !== undefined && box.top >= 0 && box.top < window.innerHeight
  }, selector)
}

it('lands a room chosen during the conference on the talk on now there, and keeps it through Back and reload', async () => {
  const { page, problems } = await newPage({ ...PHONE, serviceWorkers: 'block' })
  await openTimeline(page, `now=${NOW}`)
  await openFilters(page)
  await page.getByRole('combobox', { name: 'Room' }).selectOption(room.id)

  const row = `#talk-${talkOnNow.id}`
  await expect.poll(() => inView(page, row)).toBe(true)
  await expect.poll(() => page.locator(`${row} a[aria-current="time"]`).count()).toBe(1)
  const url = new URL(page.url())
  expect(url.searchParams.get('room')).toBe(room.id)
  expect(url.searchParams.get('day')).toBe(MANY_ROOMS.firstDay)
  expect(url.searchParams.get('now')).toBe(MANY_ROOMS.busyInstant)
  // Only that room's talks.
  const titles = await page.locator('.session-list a[href*="/talks/"]').allTextContents()
  const roomTitles = new Set(dataset.talks.filter((t) => t.roomId === room.id).map((t) => t.title))
  expect(titles.length).toBeGreaterThan(0)
  expect(titles.filter((title) => !roomTitles.has(title))).toEqual([])
  const chips = page.getByRole('list', { name: 'Active filters' })
  await expect.poll(() => chips.textContent()).toContain(room.name)

  await page.locator(`${row} a[href*="/talks/"]`).first().click()
  await page.waitForURL(/\/talks\//)
  await page.goBack()
  await page.waitForURL((u) => u.searchParams.get('room') === room.id)
  await expect.poll(() => chips.textContent()).toContain(room.name)
  await expect.poll(() => inView(page, row)).toBe(true)

  await page.reload()
  await hydrated(page.getByRole('heading', { level: 1, name: 'Timeline' }))
  await expect.poll(() => chips.textContent()).toContain(room.name)
  expect(await page.locator('.session-list a[href*="/talks/"]').count()).toBe(titles.length)
  expect(problems).toEqual([])
})

it('offers every room, track and type of the whole conference from the one day file it loads', async () => {
  const { page, problems } = await newPage({ ...DESKTOP, serviceWorkers: 'block' })
  const dataFiles: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.includes('/data/')) dataFiles.push(path)
  })
  await openTimeline(page, `day=${MANY_ROOMS.firstDay}`)
  await openFilters(page)
  const options = (name: string) =>
    page
      .getByRole('combobox', { name })
      .locator('option')
      .evaluateAll((all) => all.map((option) => option.textContent))
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
  const distinct = (values: (string | undefined)[]) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort(collator.compare)
  expect(await options('Room')).toEqual(['All rooms', ...dataset.rooms.map((r) => r.name)])
  expect(await options('Track')).toEqual([
    'All tracks',
    ...distinct(dataset.talks.map((t) => t.track)),
  ])
  expect(await options('Type')).toEqual([
    'All types',
    ...distinct(dataset.talks.map((t) => t.type)),
  ])
  // The first day's file only: not the other day's, not the whole schedule.
  expect(dataFiles.filter((path) => path.includes('/data/days/'))).toHaveLength(1)
  expect(dataFiles.filter((path) => path.includes('/data/schedule.'))).toEqual([])
  expect(problems).toEqual([])
})

/** Room 1's track on the second day: on the first, that room runs another, so the first day is empty. */
const secondDay = dataset.days[1]!.date
const emptyRoom = dataset.rooms[1]!
const secondDayTrack = dataset.talks.find(
  (t) => t.roomId === emptyRoom.id && t.start.startsWith(secondDay),
)!.track!
const EMPTY_QUERY = new URLSearchParams({
  day: MANY_ROOMS.firstDay,
  room: emptyRoom.id,
  track: secondDayTrack,
  type: 'No such type',
}).toString()

it('says when the filters leave the day empty and links to the day that has matches, keeping them', async () => {
  const { page, problems } = await newPage({ ...PHONE, serviceWorkers: 'block' })
  await openTimeline(page, EMPTY_QUERY)
  await page.getByText('No talks match the filters on').waitFor()
  await page
    .getByText('The type in this link is not one of this conference’s, so that filter is off.')
    .waitFor()
  const link = page.getByRole('navigation', { name: 'Days with matching talks' }).getByRole('link')
  expect(await link.count()).toBe(1)
  await link.click()
  await page.waitForURL((u) => u.searchParams.get('day') === secondDay)
  const url = new URL(page.url())
  expect(url.searchParams.get('room')).toBe(emptyRoom.id)
  expect(url.searchParams.get('track')).toBe(secondDayTrack)
  await expect
    .poll(() => page.locator('.session-list a[href*="/talks/"]').count())
    .toBeGreaterThan(0)
  expect(problems).toEqual([])
})

describe.each([
  ['375 px', PHONE],
  ['1280 px', DESKTOP],
] as const)('axe at %s', (_label, viewport) => {
  it.each(['light', 'dark'] as const)('finds nothing on the filters, %s', async (colorScheme) => {
    const { page, problems } = await newPage({ ...viewport, colorScheme, serviceWorkers: 'block' })
    // The filters open with one set (chips), then a day they leave empty (its links, the unknown value's note).
    await openTimeline(page, `now=${NOW}&room=${room.id}`)
    await openFilters(page)
    await page.getByRole('list', { name: 'Active filters' }).waitFor()
    await page.waitForLoadState('networkidle')
    expect(await axeViolations(page)).toEqual([])

    await openTimeline(page, EMPTY_QUERY)
    await openFilters(page)
    await page.getByRole('navigation', { name: 'Days with matching talks' }).waitFor()
    await page.waitForLoadState('networkidle')
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })
})
