/**
 * Conferences as their organisers publish them, imported and built the way a deployment is: the project's own small
 * frab XML fixture (a cancelled talk, a Chinese talk with a Chinese id, a talk after midnight, speakers with
 * biographies, every kind of link), and FOSDEM 2026 as published when ../shared/data has it (CI does).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { importScheduleFile } from '../../scripts/import/import-schedule-file'
import { sharedDataFile } from '../support/shared-data'
import { axeViolations } from './support/axe'
import { hydrated, PHONE, sharedBrowserPages, VIEWPORTS } from './support/browser'
import { buildDeployment } from './support/deployment'
import { startStaticServer, type StaticServer } from './support/static-server'

const newPage = sharedBrowserPages()
const FIXTURE = resolve('scripts/import/fixtures/tiny-frab.xml')
const FOSDEM = sharedDataFile('fosdem-2026-schedule.xml', 'real-conference journeys (FOSDEM 2026)')

interface Deployment {
  server: StaticServer
  dir: string
}

const workDir = mkdtempSync(join(tmpdir(), 'plenary-real-'))
let fixture: Deployment
let fosdem: Deployment | undefined

/** Imports a published schedule and builds it into its own folder, served on its own port. */
async function deploy(source: string, name: string): Promise<Deployment> {
  const { dataset } = importScheduleFile(source, { asOf: '2026-01-20' })
  const datasetFile = join(workDir, `${name}.json`)
  writeFileSync(datasetFile, JSON.stringify(dataset))
  const dir = `${resolve(inject('distDir'))}-${name}`
  await buildDeployment(dir, { PLENARY_DATASET: datasetFile })
  return { server: await startStaticServer(dir), dir }
}

beforeAll(async () => {
  ;[fixture, fosdem] = await Promise.all([
    deploy(FIXTURE, 'fixture'),
    FOSDEM ? deploy(FOSDEM, 'fosdem') : undefined,
  ])
  // Two builds on two loaded cores (FOSDEM prerenders 1,811 pages): minutes, not seconds.
}, 900_000)
afterAll(async () => {
  for (const deployment of [fixture, fosdem]) {
    await deployment?.server.close()
    if (deployment) rmSync(deployment.dir, { recursive: true, force: true })
  }
  rmSync(workDir, { recursive: true, force: true })
})

const abstractOf = (page: Page) => page.getByRole('region', { name: 'Abstract' })

describe.each(Object.entries(VIEWPORTS))('a published schedule on %s', (_name, viewport) => {
  it('shows a talk with its track, type, room, links as links, and its abstract’s list', async () => {
    const { page, problems } = await newPage(viewport)
    await page.goto(`${fixture.server.url}talks/abc123-opening-keynote`)
    await hydrated(page.getByRole('heading', { level: 1, name: 'Opening keynote' }))
    const facts = page.locator('.talk-page__facts')
    await expect.poll(() => facts.textContent()).toContain('Main Track')
    expect(await facts.textContent()).toContain('Janson')

    const links = page.getByRole('list', { name: 'Links' })
    for (const name of [/^Event page$/, /^Slides/, /^Video/, /^Chat/, /^Code/, /^Feedback/])
      await expect(links.getByRole('link', { name }).count()).resolves.toBe(1)
    const items = abstractOf(page).getByRole('listitem')
    expect(await items.count()).toBeGreaterThan(1)
    const link = abstractOf(page).getByRole('link').first()
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//)
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })

  it('says a cancelled talk is cancelled, on its page and in the timeline, and keeps its link', async () => {
    const { page, problems } = await newPage(viewport)
    await page.goto(`${fixture.server.url}talks/def456-old-talk`)
    await hydrated(page.getByRole('heading', { level: 1, name: 'An old talk' }))
    await page.getByText('This talk will not take place as scheduled.').waitFor()
    // No speakers and no abstract: no empty heading, no "A talk by  at".
    expect(await page.getByRole('heading', { name: 'Abstract' }).count()).toBe(0)
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
      'A talk at Tiny Conf 2026.',
    )

    await page.goto(`${fixture.server.url}?day=2026-01-31`)
    const row = page.locator('li.talk-row', {
      has: page.getByRole('link', { name: 'An old talk' }),
    })
    // Waited for, not read once: the app may be replacing the prerendered day with the asked one just then (it loads
    // after the first paint), and a row of the old page reads as not visible.
    await row.getByText('Cancelled', { exact: true }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })
})

describe('a published schedule in several languages and scripts', () => {
  it('opens a Chinese talk at its Chinese address, marked as Chinese, and a speaker’s biography', async () => {
    const { page, problems } = await newPage(PHONE)
    await page.goto(`${fixture.server.url}talks/${encodeURIComponent('zh4242-开源软件的未来')}`)
    const heading = page.getByRole('heading', { level: 1, name: '开源软件的未来' })
    await hydrated(heading)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('article.talk-page').getAttribute('lang')).toBe('zh')

    await (await hydrated(page.getByRole('link', { name: '胡玮文' }))).click()
    await page.getByRole('heading', { level: 1, name: '胡玮文' }).waitFor()
    await page.getByRole('heading', { name: 'About 胡玮文' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
  })

  it('keeps a talk after midnight on the evening it belongs to', async () => {
    const { page } = await newPage(PHONE)
    await page.goto(`${fixture.server.url}talks/jkl000-late-night-hacking`)
    await hydrated(page.getByRole('heading', { level: 1, name: 'Late night hacking' }))
    expect(await page.locator('.talk-page__facts').textContent()).toContain('Saturday, January 31')
    expect(await page.locator('article.talk-page').getAttribute('lang')).toBe('de')
  })
})

describe.skipIf(!FOSDEM)('FOSDEM 2026 as published', () => {
  it.each(Object.entries(VIEWPORTS))(
    'shows a talk’s links and the list in its abstract, and a speaker’s biography (%s)',
    async (_name, viewport) => {
      const { page, problems } = await newPage(viewport)
      await page.goto(`${fosdem!.server.url}talks/3vnnbk-efficient-git-for-high-stakes`)
      await hydrated(
        page.getByRole('heading', {
          level: 1,
          name: 'An Efficient Git Workflow For High-Stakes Projects',
        }),
      )
      expect(await abstractOf(page).getByRole('listitem').count()).toBe(5)
      const links = page.getByRole('list', { name: 'Links' })
      await links
        .getByRole('link', { name: /Appliance of Efficient Git in an actual High Stakes project/ })
        .waitFor()
      expect(await links.getByRole('link', { name: /^Chat/ }).count()).toBe(2)
      expect(await axeViolations(page)).toEqual([])

      await page.goto(`${fosdem!.server.url}authors/stephane-graber`)
      await page.getByRole('heading', { name: 'About Stephane Graber' }).waitFor()
      await page
        .getByRole('link', { name: 'Linux Containers' })
        .and(page.locator('[href="https://linuxcontainers.org/"]'))
        .waitFor()
      expect(await axeViolations(page)).toEqual([])
      expect(problems).toEqual([])
    },
  )

  it('paints a talk’s abstract, list and links before any script runs', async () => {
    const { page } = await newPage({ ...PHONE, javaScriptEnabled: false })
    await page.goto(`${fosdem!.server.url}talks/3vnnbk-efficient-git-for-high-stakes`)
    expect(await abstractOf(page).getByRole('listitem').count()).toBe(5)
    expect(await page.getByRole('list', { name: 'Links' }).getByRole('link').count()).toBe(5)
  })
})
