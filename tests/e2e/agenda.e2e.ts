import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ICAL from 'ical.js'
import type { Browser, BrowserContext, Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  DESKTOP,
  connectBrowser,
  PHONE,
  VIEWPORTS,
  watchConsole,
  hydrated,
} from './support/browser'
import { bundledDataset } from './support/dataset'
import { plainText } from '../../src/data/rich-text'
import { seedStars, STORAGE_KEY } from './support/stars'

const baseUrl = inject('baseUrl')
const dataset = bundledDataset()
const NODE = dataset.talks.find((t) => t.id === 'neural-ordinary-differential-equations')!
const BATCHNORM = dataset.talks.find(
  (t) => t.id === 'how-does-batch-normalization-help-optimization',
)!
const EPG = dataset.talks.find((t) => t.id === 'evolved-policy-gradients')!

let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
  rmSync(downloads, { recursive: true, force: true })
})

// The browser is the run's shared one, reached over a socket: a download is saved here rather than read in place.
const downloads = mkdtempSync(join(tmpdir(), 'plenary-downloads-'))
async function saved(download: Download): Promise<string> {
  const file = join(downloads, `${Date.now()}-${download.suggestedFilename()}`)
  await download.saveAs(file)
  return file
}

async function newPage(options = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options)
  contexts.push(context)
  return { context, page: await context.newPage() }
}

async function closeAll() {
  await Promise.all(contexts.splice(0).map((c) => c.close()))
}

function starOf(page: Page, title: string) {
  return page.getByRole('main').getByRole('button', { name: `Star ${title}`, exact: true })
}

async function agendaTitles(page: Page): Promise<string[]> {
  await page.getByRole('heading', { level: 1 }).waitFor()
  return (await page.locator('.agenda-day .agenda-item__title').allTextContents()).map((t) =>
    t.trim(),
  )
}

describe('starring and the agenda', () => {
  afterAll(closeAll)

  it.each(Object.entries(VIEWPORTS))(
    'stars from the talk page (%s), survives a reload, and shows on /agenda',
    async (_name, viewport) => {
      const { page } = await newPage(viewport)
      const problems = watchConsole(page)
      await page.goto(`${baseUrl}talks/${NODE.id}`)
      const star = await hydrated(starOf(page, NODE.title))
      // The first toggle in <main> is this talk's star.
      const firstToggle = page.locator('main button[aria-pressed]').first()
      expect(await firstToggle.getAttribute('aria-label')).toBe(`Star ${NODE.title}`)
      const box = (await star.boundingBox())!
      expect(box.width).toBeGreaterThanOrEqual(44)
      expect(box.height).toBeGreaterThanOrEqual(44)
      expect(await star.getAttribute('aria-pressed')).toBe('false')
      const fillOff = await star.locator('svg').evaluate((svg) => getComputedStyle(svg).fill)

      await star.click()
      await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true')
      // The state shows by shape (a filled star), not colour alone.
      const fillOn = await star.locator('svg').evaluate((svg) => getComputedStyle(svg).fill)
      expect(fillOff).toBe('none')
      expect(fillOn).not.toBe('none')

      await page.reload()
      await expect.poll(() => starOf(page, NODE.title).getAttribute('aria-pressed')).toBe('true')

      await page
        .getByRole('navigation', { name: 'Primary' })
        .getByRole('link', { name: 'Agenda' })
        .click()
      await expect.poll(() => agendaTitles(page)).toEqual([NODE.title])
      expect(problems).toEqual([])
    },
  )

  it.each(Object.entries(VIEWPORTS))(
    'stars from the timeline and an author page (%s), and finds both on /agenda after a reload',
    async (_name, viewport) => {
      const { page } = await newPage(viewport)
      const problems = watchConsole(page)
      await page.goto(baseUrl)
      const onTimeline = await hydrated(starOf(page, BATCHNORM.title))
      await onTimeline.click()
      await expect.poll(() => onTimeline.getAttribute('aria-pressed')).toBe('true')

      await page.goto(`${baseUrl}authors/david-duvenaud`)
      const onAuthorPage = await hydrated(starOf(page, NODE.title))
      await onAuthorPage.click()
      await expect.poll(() => onAuthorPage.getAttribute('aria-pressed')).toBe('true')

      await page.reload()
      await page.goto(`${baseUrl}agenda`)
      await expect.poll(() => agendaTitles(page)).toEqual([NODE.title, BATCHNORM.title])
      expect(problems).toEqual([])
    },
  )

  it.each(Object.entries(VIEWPORTS))(
    'stars from search results (%s), and finds it on /agenda after a reload',
    async (_name, viewport) => {
      const { page } = await newPage(viewport)
      const problems = watchConsole(page)
      await page.goto(`${baseUrl}search?q=${encodeURIComponent('ordinary differential')}`)
      const inResults = await hydrated(starOf(page, NODE.title))
      await inResults.click()
      await expect.poll(() => inResults.getAttribute('aria-pressed')).toBe('true')
      await page.reload()
      await expect.poll(() => starOf(page, NODE.title).getAttribute('aria-pressed')).toBe('true')
      await page.goto(`${baseUrl}agenda`)
      await expect.poll(() => agendaTitles(page)).toEqual([NODE.title])
      expect(problems).toEqual([])
    },
  )

  it('updates a second tab at once, without a reload', async () => {
    const { context, page: agenda } = await newPage()
    await agenda.goto(`${baseUrl}agenda`)
    await agenda.getByText('No starred talks yet.').waitFor()
    const talk = await context.newPage()
    await talk.goto(`${baseUrl}talks/${BATCHNORM.id}`)
    await (await hydrated(starOf(talk, BATCHNORM.title))).click()
    await expect.poll(() => agendaTitles(agenda)).toEqual([BATCHNORM.title])
    // And back: unstarring in the agenda tab updates the talk tab.
    await starOf(agenda, BATCHNORM.title).click()
    await expect
      .poll(() => starOf(talk, BATCHNORM.title).getAttribute('aria-pressed'))
      .toBe('false')
  })

  it('unstars from the agenda with Undo', async () => {
    const { context, page } = await newPage(PHONE)
    await seedStars(context, [EPG.id, NODE.id])
    await page.goto(`${baseUrl}agenda`)
    await expect.poll(() => agendaTitles(page)).toEqual([EPG.title, NODE.title])
    await starOf(page, EPG.title).click()
    await expect.poll(() => agendaTitles(page)).toEqual([NODE.title])
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => agendaTitles(page)).toEqual([EPG.title, NODE.title])
  })

  it('merges a shared agenda link opened in a fresh browser', async () => {
    const { context: sender, page } = await newPage()
    await sender.grantPermissions(['clipboard-read', 'clipboard-write'])
    await seedStars(sender, [NODE.id, BATCHNORM.id])
    await page.goto(`${baseUrl}agenda`)
    await page.getByRole('button', { name: 'Share agenda' }).click()
    const link = await page.getByRole('textbox', { name: 'Agenda link' }).inputValue()
    expect(link).toBe(`${baseUrl}agenda?ids=${NODE.id},${BATCHNORM.id}`)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)

    const { context: receiver, page: theirs } = await newPage(PHONE)
    await seedStars(receiver, [EPG.id])
    const problems = watchConsole(theirs)
    await theirs.goto(`${link},not-a-talk`)
    await theirs.getByRole('heading', { level: 1, name: 'Shared agenda' }).waitFor()
    expect(await agendaTitles(theirs)).toEqual([NODE.title, BATCHNORM.title])
    expect(await theirs.locator('main button[aria-pressed]').count()).toBe(0)
    await theirs.getByRole('button', { name: 'Add all to my agenda' }).click()
    await theirs.getByText('Added 2 talks to your agenda.').waitFor()
    await theirs.getByRole('link', { name: 'Open my agenda' }).click()
    await theirs.getByRole('heading', { level: 1, name: 'Your agenda' }).waitFor()
    expect(await agendaTitles(theirs)).toEqual([EPG.title, NODE.title, BATCHNORM.title])
    expect(problems).toEqual([])
  })
})

describe('backup', () => {
  afterAll(closeAll)

  it('downloads a JSON backup and restores it in another browser, merging', async () => {
    const { context: mine, page } = await newPage()
    await seedStars(mine, [NODE.id, 'withdrawn-talk'])
    await page.goto(`${baseUrl}agenda`)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^neurips-2018-agenda-\d{4}-\d{2}-\d{2}\.json$/)
    const file = await saved(download)
    expect(
      JSON.parse(await readFile(file, 'utf8')).starred.map((s: { id: string }) => s.id),
    ).toEqual([NODE.id, 'withdrawn-talk'])

    const { context: other, page: theirs } = await newPage(PHONE)
    await seedStars(other, [EPG.id])
    await theirs.goto(`${baseUrl}agenda`)
    const [chooser] = await Promise.all([
      theirs.waitForEvent('filechooser'),
      theirs.getByRole('button', { name: 'Restore from file' }).click(),
    ])
    await chooser.setFiles(file)
    // A talk this schedule does not have is reported and skipped, not added.
    await theirs.getByText('Restored 1 talk. Skipped 1 talk not in this schedule.').waitFor()
    expect(await agendaTitles(theirs)).toEqual([EPG.title, NODE.title])
    expect(await theirs.getByRole('heading', { name: 'No longer in the schedule' }).count()).toBe(0)
  })
})

describe('calendar files', () => {
  afterAll(closeAll)

  async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()])
    return readFile(await saved(download), 'utf8')
  }

  function events(ics: string) {
    return new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }))
  }

  it('exports every starred talk from the agenda with the right times', async () => {
    const { context, page } = await newPage()
    await seedStars(context, [BATCHNORM.id, NODE.id])
    await page.goto(`${baseUrl}agenda`)
    const ics = await downloadedText(page, () =>
      page.getByRole('button', { name: 'Export to calendar' }).click(),
    )
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
    const found = events(ics)
    expect(found.map((e) => e.event.summary)).toEqual([NODE.title, BATCHNORM.title])
    const node = found[0]!
    expect(node.event.startDate.toJSDate().toISOString()).toBe('2018-12-04T20:50:00.000Z')
    expect(node.event.endDate.toJSDate().toISOString()).toBe('2018-12-04T21:05:00.000Z')
    expect(node.vevent.getFirstPropertyValue('url')).toBe(`${baseUrl}talks/${NODE.id}`)
    expect(node.event.description).toContain(plainText(NODE.abstract).slice(0, 60))
    expect(node.vevent.getFirstSubcomponent('valarm')).not.toBeNull()
  })

  it('offers one event and a Google Calendar link on the talk page', async () => {
    const { page } = await newPage(PHONE)
    await page.goto(`${baseUrl}talks/${NODE.id}`)
    const google = await hydrated(page.getByRole('link', { name: /Google Calendar/ }))
    // The deep link needs the address the site is served from, known only in the browser, after hydration.
    const details = async () =>
      new URL((await google.getAttribute('href'))!).searchParams.get('details')
    await expect.poll(details).toContain(`${baseUrl}talks/${NODE.id}`)
    const url = new URL((await google.getAttribute('href'))!)
    expect(url.searchParams.get('dates')).toBe('20181204T205000Z/20181204T210500Z')
    const ics = await downloadedText(page, () =>
      page.getByRole('button', { name: 'Download .ics' }).click(),
    )
    const [only, ...rest] = events(ics)
    expect(rest).toEqual([])
    expect(only!.event.summary).toBe(NODE.title)
    expect(only!.event.startDate.toJSDate().toISOString()).toBe('2018-12-04T20:50:00.000Z')
  })
})

describe('storage faults in a real browser', () => {
  afterAll(closeAll)

  it('keeps an unreadable value aside, starts clean and says so once', async () => {
    const { context, page } = await newPage(PHONE)
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version":1,"starred":[{"id":"half-writ')
        sessionStorage.setItem('seeded', '1')
      }
    }, STORAGE_KEY)
    await page.goto(`${baseUrl}agenda`)
    await page.getByText('Your saved stars could not be read').waitFor()
    expect(await page.evaluate(() => localStorage.getItem('plenary:stars:backup'))).toBe(
      '{"version":1,"starred":[{"id":"half-writ',
    )
    await page.getByRole('button', { name: 'OK' }).click()
    await page.reload()
    await page.getByText('No starred talks yet.').waitFor()
    expect(await page.getByText('Your saved stars could not be read').count()).toBe(0)
  })

  it('keeps stars working in memory when storage refuses writes, with a notice', async () => {
    const { context, page } = await newPage(PHONE)
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await page.goto(`${baseUrl}talks/${NODE.id}`)
    await (await hydrated(starOf(page, NODE.title))).click()
    await page
      .getByText('Your star could not be saved: this browser’s storage for the site is full.')
      .waitFor()
    await page
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Agenda' })
      .click()
    await expect.poll(() => agendaTitles(page)).toEqual([NODE.title])
  })
})

// The agenda's views (empty, with stars, shared) are scanned by axe in accessibility.e2e.ts.
describe('agenda print', () => {
  afterAll(closeAll)

  it('prints the whole session agenda on one clean page', async () => {
    const { context, page } = await newPage()
    await seedStars(
      context,
      dataset.talks.map((t) => t.id),
    )
    await page.goto(`${baseUrl}agenda`)
    await page
      .locator('.agenda-item')
      .nth(dataset.talks.length - 1)
      .waitFor()
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Export to calendar' }).isVisible()).toBe(false)
    expect(await starOf(page, NODE.title).isVisible()).toBe(false)
    const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1)
  })
})
