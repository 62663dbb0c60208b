/**
 * What the attendee sees of schedule changes, on the bundled NeurIPS build with a record of changes already kept in
 * this browser (as the comparison at idle leaves it, src/lib/changes/): the header's notice, /changes, the agenda's
 * marks and "Mark all as seen"; axe in both colour schemes at phone and desktop; /changes offline after one visit.
 * The whole A->B deployment journey (a real comparison between two builds) is another file's.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, describe, expect, inject, it } from 'vitest'
import type { FoundChanges } from '../../src/lib/changes/change-types'
import { axeViolations } from './support/axe'
import { DESKTOP, hydrated, PHONE, sharedBrowserPages } from './support/browser'
import { bundledDataset } from './support/dataset'
import { seedStars } from './support/stars'
import { startStaticServer, type StaticServer } from './support/static-server'

const newPage = sharedBrowserPages()
const baseUrl = inject('baseUrl')
const dataset = bundledDataset()
const NODE = dataset.talks.find((t) => t.id === 'neural-ordinary-differential-equations')!
const BATCHNORM = dataset.talks.find(
  (t) => t.id === 'how-does-batch-normalization-help-optimization',
)!
const OTHERS = dataset.talks.filter((t) => t.id !== NODE.id && t.id !== BATCHNORM.id)
const EN = { locale: 'en-US', timezoneId: 'America/Los_Angeles', serviceWorkers: 'block' } as const

/** NODE moved from 12:50 to 3:00 PM, BATCHNORM changed rooms; every other talk (twelve) is new. */
const FOUND: FoundChanges = {
  fromVersion: 'before',
  toVersion: 'after',
  noticedAt: Date.parse('2018-12-03T08:30:00-08:00'),
  starred: [
    {
      talkId: NODE.id,
      title: NODE.title,
      changes: [
        {
          kind: 'time',
          from: { start: NODE.start, end: NODE.end },
          to: { start: '2018-12-04T15:00:00-08:00', end: '2018-12-04T15:15:00-08:00' },
        },
      ],
    },
    {
      talkId: BATCHNORM.id,
      title: BATCHNORM.title,
      changes: [{ kind: 'room', from: 'Room 517 CD', to: 'Room 220 E' }],
    },
  ],
  others: OTHERS.map((t) => ({ talkId: t.id, title: t.title, changes: [{ kind: 'added' }] })),
}

const RECORD = {
  version: 1,
  starred: FOUND.starred.map((talk) => ({
    ...talk,
    fromVersion: FOUND.fromVersion,
    toVersion: FOUND.toVersion,
    noticedAt: FOUND.noticedAt,
    seen: false,
  })),
  others: {
    fromVersion: FOUND.fromVersion,
    toVersion: FOUND.toVersion,
    noticedAt: FOUND.noticedAt,
    talks: FOUND.others,
  },
  notice: 2,
}

/** A returning attendee: two starred talks, and the record a comparison left; once per tab, before the app runs. */
async function seedChanges(context: BrowserContext) {
  await seedStars(context, [NODE.id, BATCHNORM.id])
  await context.addInitScript((record) => {
    if (!sessionStorage.getItem('changes-seeded')) {
      localStorage.setItem('plenary:changes', record)
      sessionStorage.setItem('changes-seeded', '1')
    }
  }, JSON.stringify(RECORD))
}

const notice = (page: Page) => page.getByRole('banner').getByText('2 of your starred talks changed')

async function openChanges(page: Page, url = `${baseUrl}changes`) {
  await page.goto(url)
  await hydrated(page.getByRole('heading', { level: 1, name: 'Schedule changes' }))
  await page.getByRole('link', { name: NODE.title }).first().waitFor()
}

describe('a returning attendee whose starred talks changed', () => {
  it('sees the notice, follows it to /changes, finds the marks on the agenda and marks all seen', async () => {
    const { context, page, problems } = await newPage({ ...PHONE, ...EN })
    await seedChanges(context)
    await page.goto(baseUrl)
    await hydrated(page.getByRole('heading', { level: 1 }).first())
    await notice(page).waitFor()
    await page.getByRole('banner').getByRole('link', { name: 'See changes' }).click()

    await page.getByRole('heading', { level: 1, name: 'Schedule changes' }).waitFor()
    // Visiting the page answers the notice.
    await notice(page).waitFor({ state: 'detached' })
    const starred = page.getByRole('region', { name: 'Your starred talks' })
    expect(await starred.getByRole('link').allTextContents()).toEqual([NODE.title, BATCHNORM.title])
    expect(await starred.getByText('New', { exact: true }).count()).toBe(2)
    const nodeEntry = starred.getByRole('listitem').filter({ hasText: NODE.title }).first()
    expect((await nodeEntry.textContent())!.replace(/\s+/g, ' ')).toMatch(
      /Time: was Tue, Dec 4, 12:50 – 1:05 PM PST → , now Tue, Dec 4, 3:00 – 3:15 PM PST/,
    )
    const others = page.getByRole('region', { name: 'Other changes since your last visit' })
    expect(OTHERS.length).toBeGreaterThan(10)
    expect(await others.getByRole('link').count()).toBe(10)
    await others.getByRole('button', { name: `Show all ${OTHERS.length}` }).click()
    expect(await others.getByRole('link').count()).toBe(OTHERS.length)

    // The agenda marks both talks and counts them beside its link to /changes.
    await page.goto(`${baseUrl}agenda`)
    await hydrated(page.getByRole('heading', { level: 1, name: 'Your agenda' }))
    const row = (title: string) =>
      page.getByRole('main').getByRole('listitem').filter({ hasText: title })
    await row(NODE.title)
      .getByText(/Changed: moved to 3:00\sPM/)
      .waitFor()
    await row(BATCHNORM.title).getByText('Changed: now in Room 220 E').waitFor()
    await page.getByRole('link', { name: 'Schedule changes 2 new' }).click()

    await hydrated(page.getByRole('button', { name: 'Mark all as seen' }))
    await page.getByRole('button', { name: 'Mark all as seen' }).click()
    await starred.getByText('New', { exact: true }).first().waitFor({ state: 'detached' })
    await page.goto(`${baseUrl}agenda`)
    await hydrated(page.getByRole('heading', { level: 1, name: 'Your agenda' }))
    await page.getByRole('link', { name: 'Schedule changes', exact: true }).waitFor()
    expect(await page.getByText(/^Changed:/).count()).toBe(0)
    expect(problems).toEqual([])
  })

  it('marks a talk seen when its page is opened', async () => {
    const { context, page } = await newPage({ ...PHONE, ...EN })
    await seedChanges(context)
    await page.goto(`${baseUrl}talks/${NODE.id}`)
    await hydrated(page.getByRole('heading', { level: 1, name: NODE.title }))
    await expect
      .poll(() =>
        page.evaluate(() =>
          (
            JSON.parse(localStorage.getItem('plenary:changes')!) as {
              starred: { seen: boolean }[]
            }
          ).starred.map((e) => e.seen),
        ),
      )
      .toEqual([true, false])
  })
})

const SETTINGS: [string, BrowserContextOptions, 'light' | 'dark'][] = [
  ['375 px, light', PHONE, 'light'],
  ['375 px, dark', PHONE, 'dark'],
  ['1280 px, light', DESKTOP, 'light'],
  ['1280 px, dark', DESKTOP, 'dark'],
]

describe.each(SETTINGS)('axe at %s', (_label, viewport, colorScheme) => {
  it('finds nothing on the notice, /changes and the marked agenda', async () => {
    const { context, page, problems } = await newPage({ ...viewport, ...EN, colorScheme })
    await seedChanges(context)
    await page.goto(baseUrl)
    await hydrated(page.getByRole('heading', { level: 1 }).first())
    await notice(page).waitFor()
    await page.waitForLoadState('networkidle')
    expect(await axeViolations(page)).toEqual([])

    await page.goto(`${baseUrl}agenda`)
    await hydrated(page.getByRole('heading', { level: 1, name: 'Your agenda' }))
    await page.getByText(/Changed: moved to/).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await openChanges(page)
    expect(await axeViolations(page)).toEqual([])
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(
      viewport.viewport!.width,
    )
    expect(problems).toEqual([])
  })
})

describe('offline', () => {
  let server: StaticServer | undefined
  afterAll(async () => {
    await server?.close()
  })

  it('/changes opens from the cache after one visit', async () => {
    server = await startStaticServer(inject('distDir'), process.env.PLENARY_BASE || '/')
    const { context, page, problems } = await newPage({ ...PHONE, ...EN, serviceWorkers: 'allow' })
    await seedChanges(context)
    await page.goto(server.url)
    await page.getByText('Saved on this device: works offline.').waitFor({ timeout: 90_000 })
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true)
    await server.pause()
    try {
      const offline = await context.newPage()
      await openChanges(offline, `${server.url}changes`)
      expect(
        await offline
          .getByRole('region', { name: 'Your starred talks' })
          .getByRole('link')
          .allTextContents(),
      ).toEqual([NODE.title, BATCHNORM.title])
    } finally {
      await server.resume()
    }
    expect(problems).toEqual([])
  })
})
