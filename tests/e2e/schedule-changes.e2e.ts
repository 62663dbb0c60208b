/**
 * A schedule that changes under the attendee (issue #16), end to end: version A of the many-room conference is
 * served, the attendee stars four talks and exports them to a calendar; version B (the same conference with one talk
 * moved by 30 minutes, one moved to another room, one cancelled and one renamed by its source, made by
 * `npm run dataset:edit`) is then deployed at the same address. After the reader accepts the update: the notice,
 * /changes, the agenda's marks, the cancelled talk's page, the renamed talk's star and old link, an .ics whose events
 * keep their UIDs with a higher SEQUENCE, and all of it offline.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import ICAL from 'ical.js'
import type { Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Dataset } from '../../src/data/types'
import { axeViolations } from './support/axe'
import { hydrated, PHONE, sharedBrowserPages } from './support/browser'
import { buildDeployment } from './support/deployment'
import { MANY_ROOMS } from './support/many-rooms'
import { startStaticServer, type StaticServer } from './support/static-server'

const newPage = sharedBrowserPages()
const versionADir = inject('manyRoomsDir')
const versionA = JSON.parse(
  readFileSync(`${versionADir}-dataset/many-rooms.json`, 'utf8'),
) as Dataset

/** Three confirmed talks of the first day, in different rooms, and a room none of them is in. */
const firstDay = versionA.talks.filter(
  (t) => t.start.startsWith(MANY_ROOMS.firstDay) && t.status !== 'cancelled',
)
const MOVED = firstDay.find((t) => t.roomId === versionA.rooms[1]!.id)!
const REROOMED = firstDay.find((t) => t.roomId === versionA.rooms[2]!.id)!
const CANCELLED = firstDay.find((t) => t.roomId === versionA.rooms[3]!.id)!
/** The source renames this one's slug: its star, its old link and its calendar event follow it. */
const RENAMED = firstDay.find((t) => t.roomId === versionA.rooms[4]!.id)!
const RENAMED_TO = `${RENAMED.id}-renamed`
const NEW_ROOM = versionA.rooms[5]!

const scratch = mkdtempSync(join(tmpdir(), 'plenary-changes-'))
const versionBDir = `${resolve(versionADir)}-next`
const servers: StaticServer[] = []

beforeAll(async () => {
  const versionBFile = join(scratch, 'version-b.json')
  await promisify(execFile)(
    'npm',
    [
      'run',
      '--silent',
      'dataset:edit',
      '--',
      `${versionADir}-dataset/many-rooms.json`,
      '--out',
      versionBFile,
      '--move',
      `${MOVED.id}=30`,
      '--room',
      `${REROOMED.id}=${NEW_ROOM.id}`,
      '--cancel',
      CANCELLED.id,
      '--rename',
      `${RENAMED.id}=${RENAMED_TO}`,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  )
  await buildDeployment(versionBDir, { PLENARY_DATASET: versionBFile, PLENARY_BASE: '/' })
}, 900_000)

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  rmSync(versionBDir, { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
})

async function serve(dir: string, port = 0): Promise<StaticServer> {
  const server = await startStaticServer(dir, '/', port)
  servers.push(server)
  return server
}

async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  const file = join(scratch, `${Date.now()}-${(download as Download).suggestedFilename()}`)
  await download.saveAs(file)
  return readFile(file, 'utf8')
}

function calendarEvents(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue('uid')),
    sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0),
    status: vevent.getFirstPropertyValue('status'),
    start: new ICAL.Event(vevent).startDate.toJSDate().toISOString(),
    summary: new ICAL.Event(vevent).summary,
  }))
}

async function star(page: Page, url: string, title: string) {
  await page.goto(url)
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
  const button = await hydrated(
    page
      .getByRole('main')
      .getByRole('button', { name: `Star ${title}`, exact: true })
      .first(),
  )
  await button.click()
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true')
}

describe('a schedule that changed since the attendee starred', () => {
  it('tells them once, lists the changes, marks the agenda and updates their calendar, offline too', async () => {
    const first = await serve(versionADir)
    const { page, problems } = await newPage({
      ...PHONE,
      locale: 'en-US',
      timezoneId: MANY_ROOMS.timeZone,
    })
    await page.goto(first.url)
    await page.getByText('Saved on this device: works offline.').waitFor({ timeout: 90_000 })
    for (const talk of [MOVED, REROOMED, CANCELLED, RENAMED])
      await star(page, `${first.url}talks/${talk.id}`, talk.title)
    // This browser has kept version A as the one it saw.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('plenary:seen-version')), {
        timeout: 60_000,
      })
      .toBe(versionA.version)

    await page.goto(`${first.url}agenda`)
    const before = calendarEvents(
      await downloadedText(page, () =>
        page.getByRole('button', { name: 'Export to calendar' }).click(),
      ),
    )
    expect(before).toHaveLength(4)

    // Version B is deployed at the same address.
    const port = Number(new URL(first.url).port)
    await first.close()
    servers.splice(servers.indexOf(first), 1)
    const second = await serve(versionBDir, port)
    await page.reload()
    await page.getByText('Updated schedule available').waitFor({ timeout: 90_000 })
    await page.getByRole('button', { name: 'Reload' }).click()

    const notice = page.getByText('4 of your starred talks changed')
    await notice.waitFor({ timeout: 90_000 })
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'See changes' }).click()
    await page.getByRole('heading', { level: 1, name: 'Schedule changes' }).waitFor()
    const main = page.getByRole('main')
    for (const talk of [MOVED, REROOMED, CANCELLED, RENAMED])
      await main.getByRole('link', { name: talk.title }).first().waitFor()
    expect(await main.textContent()).toContain(NEW_ROOM.name)
    expect(await main.textContent()).toContain('Cancelled')
    expect(await axeViolations(page)).toEqual([])
    // Told once: the notice is gone after the visit to /changes.
    expect(await notice.count()).toBe(0)

    // The agenda marks each changed talk until it is seen; the cancelled one says so and leaves the clash check.
    await page.goto(`${second.url}agenda`)
    const agenda = page.getByRole('main')
    await agenda.getByText(/^Changed: moved to /).waitFor()
    await agenda.getByText(`Changed: now in ${NEW_ROOM.name}`).waitFor()
    await agenda.getByText('Changed: cancelled').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await agenda.getByRole('link', { name: CANCELLED.title }).first().click()
    await page.getByRole('heading', { level: 1, name: CANCELLED.title }).waitFor()
    await page.getByRole('main').getByText('Cancelled').first().waitFor()
    await page.goBack()
    await agenda.getByText(/^Changed: moved to /).waitFor()
    expect(await agenda.getByText('Changed: cancelled').count()).toBe(0)
    // The renamed talk's star moved to its new id, and its old link leads there.
    expect(
      await agenda.getByRole('link', { name: RENAMED.title }).first().getAttribute('href'),
    ).toBe(`/talks/${RENAMED_TO}`)
    expect(await page.evaluate(() => localStorage.getItem('plenary:stars'))).not.toContain(
      `"${RENAMED.id}"`,
    )

    // The calendar follows: same UIDs, a higher SEQUENCE, the moved one 30 minutes later, the cancelled one cancelled.
    const after = calendarEvents(
      await downloadedText(page, () =>
        page.getByRole('button', { name: 'Export to calendar' }).click(),
      ),
    )
    expect(after.map((e) => e.uid).sort()).toEqual(before.map((e) => e.uid).sort())
    for (const event of after) {
      const earlier = before.find((e) => e.uid === event.uid)!
      // A new slug alone changes nothing the calendar shows: the event keeps its UID and SEQUENCE.
      if (event.summary === RENAMED.title) expect(event.sequence).toBe(earlier.sequence)
      else expect(event.sequence).toBeGreaterThan(earlier.sequence)
    }
    const moved = after.find((e) => e.summary === MOVED.title)!
    expect(Date.parse(moved.start) - Date.parse(MOVED.start)).toBe(30 * 60_000)
    expect(after.find((e) => e.summary === CANCELLED.title)!.status).toBe('CANCELLED')

    await page.goto(`${second.url}talks/${RENAMED.id}`)
    await expect
      .poll(() => new URL(page.url()).pathname, { timeout: 60_000 })
      .toBe(`/talks/${RENAMED_TO}`)
    await page.getByRole('heading', { level: 1, name: RENAMED.title }).waitFor()

    // Offline after the update, everything still opens.
    await second.pause()
    for (const path of ['changes', 'agenda', `talks/${CANCELLED.id}`]) {
      const offline = await page.context().newPage()
      await offline.goto(`${second.url}${path}`)
      await offline.getByRole('heading', { level: 1 }).first().waitFor()
      if (path.startsWith('talks/')) await offline.getByText('Cancelled').first().waitFor()
      await offline.close()
    }
    expect(problems).toEqual([])
  }, 600_000)
})
