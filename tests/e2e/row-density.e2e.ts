/**
 * Talk rows as a phone shows them: enough talks on the first screen to choose from, what is on now in view, every tap
 * target at least 44 px, badges only where they tell something, the room where there are several. On the bundled
 * NeurIPS session (3 orals, 11 spotlights, no rooms) and the many-room conference (support/many-rooms.ts: most talks
 * "Talk", some "Lightning talk", keynotes).
 */
import type { BrowserContextOptions, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { generateManyRooms } from '../../scripts/generate/generate-many-rooms'
import { axeViolations } from './support/axe'
import { DESKTOP, hydrated, PHONE, sharedBrowserPages } from './support/browser'
import { bundledDataset } from './support/dataset'
import { MANY_ROOMS } from './support/many-rooms'

const baseUrl = inject('baseUrl')
const manyRoomsUrl = inject('manyRoomsUrl')
const neurips = bundledDataset().conference.id === 'neurips-2018'
const LIVE = '2018-12-04T13:47:00-08:00'
const STEP_SIZE = 'Step Size Matters in Deep Learning'
const manyRooms = generateManyRooms()

const newPage = sharedBrowserPages()

async function open(options: BrowserContextOptions, url: string) {
  const opened = await newPage({ ...options, locale: 'en-US', serviceWorkers: 'block' })
  await opened.page.goto(url)
  await hydrated(opened.page.locator('main li.talk-row a').first())
  return opened
}

/** The band of the window that no sticky or fixed bar covers: under the app header, above the bottom navigation. */
async function clearBand(page: Page): Promise<{ top: number; bottom: number }> {
  return page.evaluate(() => {
    const header = document.querySelector('.app-header')?.getBoundingClientRect()
    const nav = document.querySelector('.bottom-nav')
    const navBox =
      nav && getComputedStyle(nav).display !== 'none' ? nav.getBoundingClientRect() : null
    return { top: header?.bottom ?? 0, bottom: navBox?.top ?? window.innerHeight }
  })
}

/** Titles of the rows whose title is wholly in the clear band and not covered by anything (a sticky heading). */
async function titlesInView(page: Page): Promise<string[]> {
  const band = await clearBand(page)
  return page.locator('main li.talk-row a.talk-row__title').evaluateAll(
    (links, { top, bottom }) =>
      links
        .filter((link) => {
          const box = link.getBoundingClientRect()
          if (box.top < top || box.bottom > bottom || box.height === 0) return false
          const hit = document.elementFromPoint(box.left + 2, box.top + box.height / 2)
          return hit !== null && link.contains(hit)
        })
        .map((link) => link.textContent ?? ''),
    band,
  )
}

/**
 * Every row's tap targets: the star button, and the area that opens the talk (the title link covers its row), found
 * by where a tap lands, as a finger would meet it, on each row wholly on screen (no bar nor heading over it). Returns
 * the ones smaller than 44x44 px.
 */
async function smallTargets(page: Page): Promise<string[]> {
  const band = await clearBand(page)
  return page.locator('main li.talk-row').evaluateAll((rows, { top, bottom }) => {
    const headings = [...document.querySelectorAll('.session-block__header')].map((h) =>
      h.getBoundingClientRect(),
    )
    return rows.flatMap((row) => {
      const small: string[] = []
      const link = row.querySelector('a.talk-row__title')!
      const star = row.querySelector('button')!
      const rowBox = row.getBoundingClientRect()
      const starBox = star.getBoundingClientRect()
      if (starBox.width < 44 || starBox.height < 44) small.push(`star of ${link.textContent}`)
      const clear =
        rowBox.top >= top &&
        rowBox.bottom <= bottom &&
        headings.every((h) => h.bottom <= rowBox.top || h.top >= rowBox.bottom)
      // The talk opens from the row's whole height, left of the star: probe its top and bottom edges.
      const lands = (y: number) => link.contains(document.elementFromPoint(rowBox.left + 8, y))
      if (clear && (rowBox.height < 44 || !lands(rowBox.top + 2) || !lands(rowBox.bottom - 2)))
        small.push(`link of ${link.textContent}`)
      return small
    })
  }, band)
}

describe.skipIf(!neurips)('rows on the NeurIPS session', () => {
  it('shows at least four titles on a phone’s first screen after the conference', async () => {
    const { page, problems } = await open(PHONE, baseUrl)
    const titles = await titlesInView(page)
    expect(titles.length, titles.join(' | ')).toBeGreaterThanOrEqual(4)
    // The zone is on screen, named once by the session's heading rather than on every row.
    expect(await page.locator('.session-block__header').first().textContent()).toMatch(/PST/)
    expect(await page.locator('li.talk-row time').first().innerText()).not.toMatch(/PST/)
    expect(await smallTargets(page)).toEqual([])
    expect(problems).toEqual([])
  })

  it.each(Object.entries({ phone: PHONE, desktop: DESKTOP }))(
    'has the live talk in view on %s, under a heading that names the zone',
    async (_name, viewport) => {
      const { page, problems } = await open(viewport, `${baseUrl}?now=${encodeURIComponent(LIVE)}`)
      const live = page.locator('main a[aria-current="time"]')
      await expect.poll(() => live.textContent()).toBe(STEP_SIZE)
      await expect.poll(() => titlesInView(page)).toContain(STEP_SIZE)
      // Scrolled into the session, its heading stays on screen with the zone.
      const heading = page.locator('.session-block__header').first()
      const band = await clearBand(page)
      const box = (await heading.boundingBox())!
      expect(box.y).toBeGreaterThanOrEqual(band.top - 1)
      expect(await heading.textContent()).toMatch(/PST/)
      expect(await smallTargets(page)).toEqual([])
      // Spotlights and orals keep their badges.
      expect(
        await page.locator('main .kind-badge', { hasText: 'Spotlight' }).count(),
      ).toBeGreaterThan(0)
      expect(problems).toEqual([])
    },
  )
})

describe('rows on the many-room conference', () => {
  const lightning = manyRooms.talks.find((talk) => talk.type === 'Lightning talk')!
  const roomName = (id: string | undefined) => manyRooms.rooms.find((r) => r.id === id)!.name

  it('badges no "Talk", names every row’s room, and keeps the lightning talks’ badge', async () => {
    const { page, problems } = await open(
      PHONE,
      `${manyRoomsUrl}?day=${MANY_ROOMS.firstDay}&now=${encodeURIComponent(MANY_ROOMS.busyInstant)}`,
    )
    const rows = page.locator('main li.talk-row')
    expect(await rows.count()).toBeGreaterThan(10)
    expect(await page.locator('main .kind-badge', { hasText: /^Talk$/ }).count()).toBe(0)
    const texts = await rows.evaluateAll((items) =>
      items.map((item) => item.querySelector('.talk-row__room')?.textContent ?? ''),
    )
    expect(texts.filter((room) => room === '')).toEqual([])
    expect((await titlesInView(page)).length).toBeGreaterThanOrEqual(3)
    expect(await smallTargets(page)).toEqual([])

    // Only the lightning talks: each keeps its badge, and its room.
    await page.goto(`${manyRoomsUrl}?day=${lightning.start.slice(0, 10)}&type=Lightning%20talk`)
    const row = page.locator(`#talk-${lightning.id}`)
    await hydrated(row.getByRole('link'))
    expect(await row.locator('.kind-badge').textContent()).toBe('Lightning talk')
    expect(await row.locator('.talk-row__room').textContent()).toBe(roomName(lightning.roomId))
    expect(problems).toEqual([])
  })

  it('names a lightning talk’s type and room on its page; an ordinary talk’s page says "Talk" unbadged', async () => {
    const plain = manyRooms.talks.find((talk) => talk.type === 'Talk')!
    const { page, problems } = await newPage(PHONE)
    await page.goto(`${manyRoomsUrl}talks/${lightning.id}`)
    const facts = page.locator('.talk-page__facts')
    await facts.waitFor()
    expect(await facts.locator('.kind-badge').textContent()).toBe('Lightning talk')
    expect(await facts.textContent()).toContain(roomName(lightning.roomId))
    await page.goto(`${manyRoomsUrl}talks/${plain.id}`)
    await facts.waitFor()
    expect(await facts.locator('.kind-badge').count()).toBe(0)
    expect(await facts.textContent()).toMatch(/Type\s*Talk\b/)
    expect(problems).toEqual([])
  })
})

// The rows' new layout under axe: the NeurIPS session live (badges, the Now row, the sticky heading) and the many-room
// conference's busy hour (rooms, no badges), light and dark, phone and desktop.
const SCANS: [string, string][] = [
  ...(neurips
    ? [['NeurIPS live', `${baseUrl}?now=${encodeURIComponent(LIVE)}`] as [string, string]]
    : []),
  [
    'many rooms',
    `${manyRoomsUrl}?day=${MANY_ROOMS.firstDay}&now=${encodeURIComponent(MANY_ROOMS.busyInstant)}`,
  ],
]
describe.each(SCANS)('axe on the rows of %s', (_name, url) => {
  it.each([
    ['phone, light', PHONE, 'light'],
    ['phone, dark', PHONE, 'dark'],
    ['desktop, light', DESKTOP, 'light'],
    ['desktop, dark', DESKTOP, 'dark'],
  ] as const)('finds nothing at %s', async (_label, viewport, colorScheme) => {
    const { page, problems } = await open({ ...viewport, colorScheme }, url)
    await page.waitForLoadState('networkidle')
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })
})
