/**
 * The grid on a wide screen (src/features/timeline/grid/), on the FOSDEM-shaped many-room conference: the now line
 * where the reader arrives, room names that stay while the day scrolls, a talk opened from the keyboard, the switch
 * absent on a phone, and axe in both schemes.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { generateManyRooms } from '../../scripts/generate/generate-many-rooms'
import { axeViolations } from './support/axe'
import { DESKTOP, hydrated, PHONE, sharedBrowserPages } from './support/browser'
import { MANY_ROOMS } from './support/many-rooms'
import { seedStars } from './support/stars'

const newPage = sharedBrowserPages()
const dataset = generateManyRooms()
const busy = Date.parse(MANY_ROOMS.busyInstant)
/** What is on at the busy instant in the first room that has a talk on then (Janson has a break). */
const ON_NOW = dataset.rooms
  .map((room) =>
    dataset.talks.find(
      (talk) =>
        talk.roomId === room.id && Date.parse(talk.start) <= busy && busy < Date.parse(talk.end),
    ),
  )
  .find((talk) => talk !== undefined)!
const ON_NOW_ROOM = dataset.rooms.find((room) => room.id === ON_NOW.roomId)!.name
const GRID_URL = `${inject('manyRoomsUrl')}?day=${MANY_ROOMS.firstDay}&view=grid&now=${encodeURIComponent(MANY_ROOMS.busyInstant)}`

const grid = (page: Page) => page.getByRole('region', { name: /, by room$/ })
const nowLine = (page: Page) => page.locator('.timeline-grid__now')
const roomName = (page: Page, name: string) =>
  page.locator('.timeline-grid__room').getByText(name, { exact: true })

/** The part of the window the page's content shows in: below the sticky header. */
async function contentBand(page: Page) {
  const headerBottom = await page.evaluate(
    () => document.querySelector('.app-header')!.getBoundingClientRect().bottom,
  )
  return { top: headerBottom, bottom: DESKTOP.viewport!.height }
}

async function openGrid(page: Page) {
  await page.goto(GRID_URL)
  await hydrated(page.getByRole('heading', { level: 1, name: 'Timeline' }))
  await grid(page).waitFor()
  await nowLine(page).waitFor()
}

describe('the timeline grid at 1280x800', () => {
  it('arrives with the now line in view, and keeps the room names in view down the day', async () => {
    const { page, problems } = await newPage(DESKTOP)
    await openGrid(page)
    const band = await contentBand(page)
    await expect
      .poll(async () => {
        const line = (await nowLine(page).boundingBox())!
        return line.y > band.top && line.y < band.bottom
      })
      .toBe(true)
    // What is on is on screen.
    const onNow = grid(page).locator(`a[href="/talks/${ON_NOW.id}"]`)
    await expect.poll(async () => (await onNow.boundingBox())?.y ?? -1).toBeGreaterThan(band.top)
    expect(await onNow.getAttribute('aria-current')).toBe('time')

    const arrivedAt = await page.evaluate(() => window.scrollY)
    await page.mouse.move(640, 400)
    await page.mouse.wheel(0, 600)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(arrivedAt + 400)
    const janson = (await roomName(page, 'Janson').boundingBox())!
    expect(janson.y).toBeGreaterThanOrEqual(band.top - 1)
    expect(janson.y + janson.height).toBeLessThan(band.top + 80)
    // Only the hours near the window are in the page: none of the morning's.
    await expect
      .poll(() =>
        grid(page)
          .getByRole('link', { name: /, 9:\d\d\sAM–/ })
          .count(),
      )
      .toBe(0)
    expect(problems).toEqual([])
  })

  it('opens a talk from the keyboard: Tab to it, Enter', async () => {
    const { page, problems } = await newPage(DESKTOP)
    await openGrid(page)
    // From the first talk in the page (a little above the window), as a reader who clicked into the grid.
    await grid(page)
      .getByRole('link')
      .first()
      .evaluate((link) => link.focus({ preventScroll: true }))
    const wanted = `/talks/${ON_NOW.id}`
    let href = ''
    for (let presses = 0; presses < 300 && href !== wanted; presses++) {
      await page.keyboard.press('Tab')
      href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')
    }
    expect(href).toBe(wanted)
    const name = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'))
    expect(name?.startsWith(`${ON_NOW.title}, `) && name.endsWith(`, ${ON_NOW_ROOM}`)).toBe(true)
    const focused = page.locator(':focus')
    // In view (clear of the sticky header and room names) and visibly focused.
    const box = (await focused.boundingBox())!
    const band = await contentBand(page)
    expect(box.y).toBeGreaterThanOrEqual(band.top)
    expect(box.y).toBeLessThan(band.bottom)
    expect(await focused.evaluate((link) => getComputedStyle(link).outlineStyle)).toBe('solid')
    await page.keyboard.press('Enter')
    await page.waitForURL(`**/talks/${ON_NOW.id}**`)
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(ON_NOW.title)
    expect(problems).toEqual([])
  })

  it('goes by time, then room, when tabbing', async () => {
    const { page } = await newPage(DESKTOP)
    await openGrid(page)
    const first = grid(page).getByRole('link').first()
    await first.focus()
    const starts: string[] = []
    for (let i = 0; i < 30; i++) {
      starts.push(
        await page.evaluate(() => document.activeElement!.querySelector('time')!.dateTime),
      )
      await page.keyboard.press('Tab')
    }
    const epochs = starts.map((start) => Date.parse(start))
    expect(epochs).toEqual([...epochs].sort((a, b) => a - b))
  })
})

describe('the timeline grid on a phone', () => {
  it('is not offered at 375x812, and ?view=grid shows the list', async () => {
    const { page, problems } = await newPage(PHONE)
    await page.goto(GRID_URL)
    await hydrated(page.getByRole('heading', { level: 1, name: 'Timeline' }))
    await page.getByRole('progressbar', { name: 'Talk progress' }).first().waitFor()
    expect(await page.getByRole('group', { name: 'Layout' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Grid' }).count()).toBe(0)
    expect(await grid(page).count()).toBe(0)
    expect(problems).toEqual([])
  })
})

describe.each(['light', 'dark'] as const)('axe on the grid, %s', (colorScheme) => {
  it('finds nothing at 1280x800', async () => {
    const { page, context, problems } = await newPage({ ...DESKTOP, colorScheme })
    await seedStars(context, [ON_NOW.id])
    await openGrid(page)
    await grid(page)
      .getByRole('link', { name: `${ON_NOW.title}, ` })
      .filter({ hasText: ON_NOW.title })
      .first()
      .waitFor()
    await expect
      .poll(() =>
        grid(page)
          .getByRole('link', { name: /, starred$/ })
          .count(),
      )
      .toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })
})
