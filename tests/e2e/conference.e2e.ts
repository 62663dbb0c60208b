/**
 * A whole conference rather than one session: a generated five-day conference, built the way a deployment is. Its
 * timeline loads only the day it shows (src/data/day-index.ts), switches days through the picker, and after one visit
 * opens any day offline, cut from the precached schedule. Its days are long enough (160 talks) to be virtualised.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Dataset } from '../../src/data/types'
import { dayOfTalk } from '../../src/data/schedule-model'
import { generateConference } from '../../scripts/generate/generate-conference'
import { axeViolations } from './support/axe'
import { hydrated, PHONE, sharedBrowserPages, VIEWPORTS } from './support/browser'
import { buildDeployment } from './support/deployment'
import { startStaticServer, type StaticServer } from './support/static-server'

const newPage = sharedBrowserPages()
const conference: Dataset = generateConference({ talks: 800, seed: 7 }).dataset
const dates = conference.days.map((day) => day.date)
let buildDir = ''
let dataDir = ''
let server: StaticServer

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'plenary-conference-'))
  writeFileSync(join(dataDir, 'dataset.json'), JSON.stringify(conference))
  buildDir = `${resolve(inject('distDir'))}-conference`
  await buildDeployment(buildDir, {
    PLENARY_DATASET: join(dataDir, 'dataset.json'),
    PLENARY_PRERENDER: 'index',
    // As at conference scale: the shell and the schedule up front, the day files as they are used.
    PLENARY_PRECACHE: 'shell',
  })
  server = await startStaticServer(buildDir)
  // A build on two loaded cores: minutes, not seconds.
}, 900_000)
afterAll(async () => {
  await server?.close()
  rmSync(buildDir, { recursive: true, force: true })
  rmSync(dataDir, { recursive: true, force: true })
})

/** "Wednesday, December 9, 2026", as the timeline heads a day in an English locale. */
const dayHeading = (date: string) =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`))

/** An instant a minute into the first talk of a day. */
function duringDay(date: string): string {
  const first = conference.talks
    .filter((talk) => dayOfTalk(talk, conference) === date)
    .reduce((a, b) => (Date.parse(a.start) <= Date.parse(b.start) ? a : b))
  return new Date(Date.parse(first.start) + 60_000).toISOString()
}

/** The data files a page asks for, by name. */
function dataRequests(page: Page): string[] {
  const files: string[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/data/')) files.push(path.slice('/data/'.length))
  })
  return files
}

const dayTitle = (page: Page) => page.getByRole('heading', { level: 2 }).first()

/** Two days before the conference: the timeline shows the prerendered first day, hydrated as it is. */
const beforeConference = new Date(
  Date.parse(`${dates[0]}T12:00:00Z`) - 2 * 86_400_000,
).toISOString()

describe.each(Object.entries(VIEWPORTS))('a five-day conference on %s', (_name, viewport) => {
  it('opens on today, loading that day alone, and pages to another day', async () => {
    expect(dates).toHaveLength(5)
    const { page, problems } = await newPage({ ...viewport, serviceWorkers: 'block' })
    const requested = dataRequests(page)
    await page.goto(`${server.url}?now=${encodeURIComponent(duringDay(dates[2]!))}`)
    await expect.poll(() => dayTitle(page).textContent()).toBe(dayHeading(dates[2]!))
    await page.locator('main a[aria-current="time"]').first().waitFor()
    await page.waitForLoadState('networkidle')
    // Neither the whole schedule nor the prerendered first day: today's file only.
    expect(requested).toEqual([expect.stringMatching(new RegExp(`^days/${dates[2]}\\.`))])

    const days = page.getByRole('navigation', { name: 'Conference days' })
    expect(await days.getByRole('link').count()).toBe(5)
    await (await hydrated(days.getByRole('link').nth(3))).click()
    await expect.poll(() => dayTitle(page).textContent()).toBe(dayHeading(dates[3]!))
    expect(page.url()).toContain(`day=${dates[3]}`)
    expect(requested.at(-1)).toMatch(new RegExp(`^days/${dates[3]}\\.`))
    expect(requested.some((file) => file.startsWith('schedule.'))).toBe(false)
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })
})

describe.each(Object.entries(VIEWPORTS))('a long day on %s', (_name, viewport) => {
  it('hydrates the virtual list it was prerendered as, and scrolls to the end of the day', async () => {
    const { page, problems } = await newPage({ ...viewport, serviceWorkers: 'block' })
    await page.goto(`${server.url}?now=${encodeURIComponent(beforeConference)}`)
    const firstDay = conference.sessions
      .filter((s) => s.day === dates[0])
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id))
    const talksOfDay = conference.talks.filter((t) => firstDay.some((s) => s.id === t.sessionId))
    expect(talksOfDay.length).toBeGreaterThan(120)
    const firstTalk = talksOfDay.find((t) => t.sessionId === firstDay[0]!.id)!
    // A mismatch would make React throw the prerendered list away (and say so in the console: see `problems`).
    await hydrated(page.getByRole('main').getByRole('link', { name: firstTalk.title, exact: true }))
    const rows = page.locator('main li.talk-row')
    expect(await rows.count()).toBeLessThan(talksOfDay.length / 2)

    const lastSession = firstDay.at(-1)!
    for (let i = 0; i < 40; i++) {
      await page.mouse.wheel(0, 4000)
      if (await page.locator(`[id="session-${lastSession.id}"]`).isVisible()) break
    }
    await expect.poll(() => page.locator(`[id="session-${lastSession.id}"]`).isVisible()).toBe(true)
    expect(await rows.count()).toBeLessThan(talksOfDay.length / 2)
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })
})

describe('a five-day conference offline', () => {
  it('opens a day never visited, cut from the precached schedule, and a talk without its abstract', async () => {
    const own = await startStaticServer(buildDir)
    try {
      const { context, page, problems } = await newPage(PHONE)
      await page.goto(`${own.url}?day=${dates[0]}`)
      await page.getByText('Saved on this device: works offline.').waitFor({ timeout: 90_000 })
      await expect
        .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
        .toBe(true)

      // The host is unreachable: the day's own file was never fetched, so only the schedule can answer.
      await own.pause()
      const offline = await context.newPage()
      await offline.goto(`${own.url}?day=${dates[4]}`)
      await expect.poll(() => dayTitle(offline).textContent()).toBe(dayHeading(dates[4]!))
      const firstSession = conference.sessions
        .filter((s) => s.day === dates[4])
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0]!
      await offline
        .getByRole('main')
        .getByRole('heading', { name: firstSession.title })
        .first()
        .waitFor()

      // A talk whose abstracts were never read: the page still shows the talk, and says what is missing.
      const talk = conference.talks.find((t) => t.sessionId === firstSession.id)!
      const talkPage = await context.newPage()
      await talkPage.goto(`${own.url}talks/${encodeURIComponent(talk.id)}`)
      await expect
        .poll(() => talkPage.getByRole('heading', { level: 1 }).textContent())
        .toBe(talk.title)
      await talkPage.getByText(/The abstract could not be loaded/).waitFor({ timeout: 90_000 })
      expect(await talkPage.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true)
      expect(problems).toEqual([])
    } finally {
      await own.close()
    }
  })
})
