/**
 * Stars under hostile or broken input, in a real browser: restores full of made-up ids, storage filled to the
 * quota, long agendas shared by link, and a stored record with a bad entry. Nothing here waits for a time to pass.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { encodeShareCode, shareIndex } from '../../src/lib/stars/share-code'
import { axeViolations } from './support/axe'
import { DESKTOP, hydrated, PHONE, sharedBrowserPages } from './support/browser'
import { bundledDataset } from './support/dataset'
import { seedStars, STORAGE_KEY } from './support/stars'

const baseUrl = inject('baseUrl')
const newPage = sharedBrowserPages()
const dataset = bundledDataset()
const [FIRST, SECOND] = dataset.talks
const files = mkdtempSync(join(tmpdir(), 'plenary-hostile-'))

beforeAll(() => {
  for (const n of [10_000, 120_000])
    writeFileSync(
      join(files, `made-up-${n}.json`),
      JSON.stringify(Array.from({ length: n }, (_, i) => `made-up-talk-${i}`)),
    )
}, 60_000)
afterAll(() => rmSync(files, { recursive: true, force: true }))

async function agendaTitles(page: Page): Promise<string[]> {
  await page.getByRole('heading', { level: 1 }).waitFor()
  return (await page.locator('.agenda-day .agenda-item__title').allTextContents()).map((t) =>
    t.trim(),
  )
}

function starOf(page: Page, title: string) {
  return page.getByRole('main').getByRole('button', { name: `Star ${title}`, exact: true })
}

async function restoreFile(page: Page, file: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Restore from file' }).click(),
  ])
  await chooser.setFiles(file)
}

describe('a hostile restore', () => {
  it.each([
    [10_000, '10,000', PHONE],
    [120_000, '120,000', DESKTOP],
  ])(
    'of %i made-up ids adds none, says how many it skipped, and leaves the agenda as it was',
    async (n, shown, viewport) => {
      const { context, page, problems } = await newPage(viewport)
      await seedStars(context, [FIRST!.id, SECOND!.id])
      await page.goto(`${baseUrl}agenda`)
      await hydrated(page.getByRole('button', { name: 'Restore from file' }))
      await restoreFile(page, join(files, `made-up-${n}.json`))
      await page
        .getByText(`Restored 0 talks. Skipped ${shown} talks not in this schedule.`)
        .waitFor({ timeout: 60_000 })
      expect(await agendaTitles(page)).toEqual([FIRST!.title, SECOND!.title])
      expect(await page.getByRole('region', { name: 'No longer in the schedule' }).count()).toBe(0)
      const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)
      expect(JSON.parse(stored!).starred).toHaveLength(2)
      // Still answers: an unstar takes effect.
      await starOf(page, SECOND!.title).click()
      await expect.poll(() => agendaTitles(page)).toEqual([FIRST!.title])
      if (viewport === PHONE) expect(await axeViolations(page)).toEqual([])
      expect(problems).toEqual([])
    },
  )
})

describe('storage filled to the quota beforehand', () => {
  it('says a star could not be saved, and keeps what was stored', async () => {
    const { context, page } = await newPage(PHONE)
    await context.addInitScript(() => {
      if (sessionStorage.getItem('filled')) return
      sessionStorage.setItem('filled', '1')
      // Fill with ever smaller values until not even one character fits.
      let size = 1024 * 1024
      let n = 0
      while (size >= 1) {
        try {
          localStorage.setItem(`filler:${n++}`, 'x'.repeat(size))
        } catch {
          size = Math.floor(size / 2)
        }
      }
    })
    await page.goto(`${baseUrl}talks/${FIRST!.id}`)
    const star = await hydrated(starOf(page, FIRST!.title))
    await star.click()
    await page
      .getByText('Your star could not be saved: this browser’s storage for the site is full.')
      .waitFor()
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull()
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('share links', () => {
  it('share every known talk and nothing else, under 2,000 characters, and open with the same talks', async () => {
    const all = dataset.talks.map((t) => t.id)
    const { context, page } = await newPage(DESKTOP)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await seedStars(context, [...all, 'made-up-talk'])
    await page.goto(`${baseUrl}agenda`)
    const titles = await agendaTitles(page)
    expect(titles).toHaveLength(all.length)
    await (await hydrated(page.getByRole('button', { name: 'Share agenda' }))).click()
    const link = await page.getByRole('textbox', { name: 'Agenda link' }).inputValue()
    expect(link.length).toBeLessThan(2000)
    expect(link).not.toContain('made-up-talk')

    const { page: theirs, problems } = await newPage(PHONE)
    await theirs.goto(link)
    await theirs.getByRole('heading', { level: 1, name: 'Shared agenda' }).waitFor()
    expect(await agendaTitles(theirs)).toEqual(titles)
    expect(problems).toEqual([])
  })

  it('open a compact link with the same talks, and an old comma-joined one', async () => {
    const index = shareIndex(dataset.talks.map((t) => t.id))
    const picked = dataset.talks.filter((_, i) => i % 2 === 0)
    const { page, problems } = await newPage(PHONE)
    await page.goto(
      `${baseUrl}agenda?a=${encodeShareCode(
        index,
        picked.map((t) => t.id),
      )}`,
    )
    await page.getByRole('heading', { level: 1, name: 'Shared agenda' }).waitFor()
    const compact = await agendaTitles(page)
    expect(new Set(compact)).toEqual(new Set(picked.map((t) => t.title)))

    await page.goto(`${baseUrl}agenda?ids=${picked.map((t) => t.id).join(',')},gone-talk`)
    await page
      .getByText('1 talk in this link is not in the current schedule and is skipped.')
      .waitFor()
    expect(await agendaTitles(page)).toEqual(compact)
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })
})

describe('a bad stored entry', () => {
  it('costs none of the others, and the set-aside entry can be restored from the agenda', async () => {
    const { context, page, problems } = await newPage(PHONE)
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!)
          sessionStorage.setItem('seeded', '1')
        }
      },
      [
        STORAGE_KEY,
        JSON.stringify({ version: 1, starred: [{ id: FIRST!.id, at: 1 }, SECOND!.id] }),
      ],
    )
    await page.goto(`${baseUrl}agenda`)
    await expect.poll(() => agendaTitles(page)).toEqual([FIRST!.title])
    await page.getByText('1 of your saved stars could not be read; the others are kept.').waitFor()
    const section = page.getByRole('region', { name: 'Set-aside stars' })
    expect(await axeViolations(page)).toEqual([])
    await (
      await hydrated(section.getByRole('button', { name: 'Restore 1 set-aside entry' }))
    ).click()
    await page.getByText('Restored 1 talk.').waitFor()
    await expect.poll(() => agendaTitles(page)).toEqual([FIRST!.title, SECOND!.title])
    // Everything in it came back, so the copy is gone, and a reload keeps both.
    expect(await section.count()).toBe(0)
    await page.reload()
    await expect.poll(() => agendaTitles(page)).toEqual([FIRST!.title, SECOND!.title])
    expect(problems).toEqual([])
  })
})
