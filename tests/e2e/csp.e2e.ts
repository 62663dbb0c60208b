/**
 * The Content Security Policy every page carries (scripts/build/content-security-policy.ts), in a real browser: every
 * kind of route, at phone and desktop size, online and offline, a calendar download and a many-day timeline (whose
 * day-preload script is allowed by a hash of its own) report no violation. Violations are collected twice: the
 * `securitypolicyviolation` events of every document (kept on window and sent to the test, so one on a page navigated
 * away from still counts) and the browser's console messages about the policy.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { generateConference } from '../../scripts/generate/generate-conference'
import { inlineScriptHashes } from '../../scripts/build/content-security-policy'
import { dayOfTalk } from '../../src/data/schedule-model'
import { hydrated, sharedBrowserPages, VIEWPORTS } from './support/browser'
import { bundledDataset } from './support/dataset'
import { buildDeployment } from './support/deployment'
import { seedStars } from './support/stars'
import { startStaticServer, type StaticServer } from './support/static-server'

const baseUrl = inject('baseUrl')
const distDir = inject('distDir')
const base = process.env.PLENARY_BASE || '/'
const dataset = bundledDataset()
const NODE = dataset.talks.find((t) => t.id === 'neural-ordinary-differential-equations')!
const BATCHNORM = dataset.talks.find(
  (t) => t.id === 'how-does-batch-normalization-help-optimization',
)!
const AUTHOR = dataset.authors.find((a) => a.id === 'david-duvenaud')!

const newPage = sharedBrowserPages()

interface Violation {
  directive: string
  blocked: string
  sample: string
  page: string
}

declare global {
  interface Window {
    __cspViolations: Violation[]
    __reportCspViolation?: (violation: Violation) => Promise<void>
  }
}

/**
 * Everything the context's pages say about the policy: violation events from every document it loads, and console
 * messages naming the policy (Chromium's "Refused to …" lines, and its complaints about the policy itself).
 */
async function watchPolicy(context: BrowserContext): Promise<string[]> {
  const reports: string[] = []
  await context.exposeFunction('__reportCspViolation', (violation: Violation) => {
    reports.push(
      `${violation.directive} blocked ${violation.blocked || '(inline)'} on ${violation.page}: ${violation.sample}`,
    )
  })
  await context.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      const violation = {
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        page: location.href,
      }
      window.__cspViolations.push(violation)
      void window.__reportCspViolation?.(violation)
    })
  })
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      reports.push(`console ${message.type()}: ${message.text()}`)
  })
  return reports
}

/** A page with the policy watched, as a visitor of that size opens it. */
async function watchedPage(viewport: BrowserContextOptions) {
  const opened = await newPage(viewport)
  return { ...opened, reports: await watchPolicy(opened.context) }
}

/** The page's own record, read in the page: every event it has dispatched by now. */
const violationsIn = (page: Page) => page.evaluate(() => window.__cspViolations)

/** Once the page has settled: no violation reported, in the page or anywhere in its context. */
async function expectNoViolation(page: Page, reports: string[], problems: string[]) {
  await page.waitForLoadState('networkidle')
  expect(await violationsIn(page)).toEqual([])
  expect(reports).toEqual([])
  expect(problems).toEqual([])
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first()

describe('the policy in every page', () => {
  /** Every HTML file of the build, relative to it. */
  function htmlFiles(dir: string, prefix = ''): string[] {
    return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
      const path = join(prefix, entry.name)
      if (entry.isDirectory()) return htmlFiles(dir, path)
      return entry.name.endsWith('.html') ? [path] : []
    })
  }

  it('comes first in <head>, allows exactly the page’s own inline scripts, and leaves frame-ancestors to a header', () => {
    const files = htmlFiles(distDir)
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html']))
    expect(files.some((file) => file.startsWith('talks/'))).toBe(true)
    expect(files.some((file) => file.startsWith('authors/'))).toBe(true)
    for (const file of files) {
      const html = readFileSync(join(distDir, file), 'utf8')
      const metas = [
        ...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/g),
      ]
      expect(metas, file).toHaveLength(1)
      const [tag, policy = ''] = metas[0]!
      // A policy governs only what follows it.
      expect(html.indexOf(tag), file).toBeLessThan(html.search(/<(?:script|link|style)\b/))
      expect(policy, file).toMatch(/^default-src 'self'; script-src 'self'[^;]*; style-src /)
      expect(policy, file).toContain("object-src 'none'; base-uri 'self'; form-action 'self'")
      expect(policy, file).not.toContain('frame-ancestors')
      const allowed = /script-src 'self'((?: '[^']+')*);/.exec(policy)![1]!.trim().split(' ')
      expect(allowed, file).toEqual(inlineScriptHashes(html))
      expect(allowed.length, file).toBeGreaterThan(0)
    }
  })
})

describe('the policy is enforced and its violations are seen', () => {
  it('blocks an injected inline script, and the test hears of it both ways', async () => {
    const { page, reports } = await watchedPage(VIEWPORTS.desktop)
    await page.goto(`${baseUrl}talks/${NODE.id}`)
    await hydrated(heading(page))
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.title = "injected"'
      document.body.append(script)
    })
    await expect
      .poll(() => violationsIn(page))
      .toEqual([expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' })])
    await expect
      .poll(() => reports)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem blocked inline/),
          expect.stringMatching(/^console error: .*Content Security Policy/),
        ]),
      )
    expect(await page.title()).not.toBe('injected')
  })
})

describe.each(Object.entries(VIEWPORTS))('no violation on %s', (_name, viewport) => {
  it('on the timeline', async () => {
    const { page, reports, problems } = await watchedPage(viewport)
    await page.goto(baseUrl)
    await hydrated(page.getByRole('main').getByRole('link', { name: NODE.title }))
    await expectNoViolation(page, reports, problems)
  })

  it('on a talk, and downloading its .ics', async () => {
    const { page, reports, problems } = await watchedPage(viewport)
    await page.goto(`${baseUrl}talks/${NODE.id}`)
    expect(await heading(page).textContent()).toBe(NODE.title)
    const button = await hydrated(page.getByRole('button', { name: 'Download .ics' }))
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toMatch(/\.ics$/)
    expect(await download.failure()).toBeNull()
    await expectNoViolation(page, reports, problems)
  })

  it('on an author', async () => {
    const { page, reports, problems } = await watchedPage(viewport)
    await page.goto(`${baseUrl}authors/${AUTHOR.id}`)
    await hydrated(heading(page))
    expect(await heading(page).textContent()).toBe(AUTHOR.name)
    await expectNoViolation(page, reports, problems)
  })

  it('on search, its worker answering', async () => {
    const { page, reports, problems } = await watchedPage(viewport)
    await page.goto(`${baseUrl}search?q=${encodeURIComponent('batch normalization')}`)
    await page
      .getByRole('main')
      .getByRole('link', { name: BATCHNORM.title })
      .waitFor({ timeout: 45_000 })
    await expectNoViolation(page, reports, problems)
  })

  it('on the agenda with stars, exporting it', async () => {
    const { context, page, reports, problems } = await watchedPage(viewport)
    await seedStars(context, [BATCHNORM.id, NODE.id])
    await page.goto(`${baseUrl}agenda`)
    await page.getByRole('main').getByRole('link', { name: BATCHNORM.title }).waitFor()
    const button = await hydrated(page.getByRole('button', { name: 'Export to calendar' }))
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(await download.failure()).toBeNull()
    await expectNoViolation(page, reports, problems)
  })

  it('on an address the site never had', async () => {
    const { page, reports, problems } = await watchedPage(viewport)
    await page.goto(`${baseUrl}no/such/page`)
    await page.getByRole('heading', { level: 1, name: 'No such page' }).waitFor()
    await expectNoViolation(page, reports, problems)
  })
})

describe.each(Object.entries(VIEWPORTS))('no violation offline on %s', (_name, viewport) => {
  // The server is stopped, so this test has one of its own (as tests/e2e/venue.e2e.ts does).
  let server: StaticServer | undefined
  afterAll(async () => {
    await server?.close()
  })

  it('once the service worker is active: a talk, search and an unknown address from the cache', async () => {
    server = await startStaticServer(distDir, base)
    const { context, page, reports, problems } = await watchedPage(viewport)
    await page.goto(server.url)
    await page.getByText('Saved on this device: works offline.').waitFor({ timeout: 90_000 })
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true)
    await server.pause()

    const offline = await context.newPage()
    await offline.goto(`${server.url}talks/${NODE.id}`)
    expect(await heading(offline).textContent()).toBe(NODE.title)
    const box = await hydrated(offline.getByRole('searchbox', { name: 'Search talks' }))
    await box.fill('batch normalization')
    await offline
      .getByRole('main')
      .getByRole('link', { name: BATCHNORM.title })
      .waitFor({ timeout: 45_000 })
    expect(await violationsIn(offline)).toEqual([])
    await offline.goto(`${server.url}no/such/page`)
    await offline.getByRole('heading', { level: 1, name: 'No such page' }).waitFor()
    expect(await violationsIn(offline)).toEqual([])
    expect(await violationsIn(page)).toEqual([])
    expect(reports).toEqual([])
    expect(problems).toEqual([])
    await server.resume()
  })
})

describe('no violation on a many-day timeline', () => {
  // Five days, long enough to be virtualised: `/` carries the day-preload script (src/app/page-head.ts).
  const conference = generateConference({ talks: 800, seed: 7 }).dataset
  const dates = conference.days.map((day) => day.date)
  let buildDir = ''
  let dataDir = ''
  let server: StaticServer | undefined

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'plenary-csp-'))
    writeFileSync(join(dataDir, 'dataset.json'), JSON.stringify(conference))
    buildDir = `${resolve(distDir)}-csp-days`
    await buildDeployment(buildDir, {
      PLENARY_DATASET: join(dataDir, 'dataset.json'),
      PLENARY_PRERENDER: 'index',
      PLENARY_BASE: '/',
    })
    server = await startStaticServer(buildDir)
    // A build on two loaded cores: minutes, not seconds.
  }, 900_000)
  afterAll(async () => {
    await server?.close()
    if (buildDir) rmSync(buildDir, { recursive: true, force: true })
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  /** An instant a minute into the first talk of a day. */
  function duringDay(date: string): string {
    const first = conference.talks
      .filter((talk) => dayOfTalk(talk, conference) === date)
      .reduce((a, b) => (Date.parse(a.start) <= Date.parse(b.start) ? a : b))
    return new Date(Date.parse(first.start) + 60_000).toISOString()
  }

  it('allows the day-preload script by its hash, which then preloads the day shown', () => {
    const html = readFileSync(join(buildDir, 'index.html'), 'utf8')
    expect(inlineScriptHashes(html)).toHaveLength(2)
    expect(readFileSync(join(buildDir, '404.html'), 'utf8')).not.toContain('timelineDay')
  })

  it.each(Object.entries(VIEWPORTS))('on %s', async (_name, viewport) => {
    const { page, reports, problems } = await watchedPage(viewport)
    await page.goto(`${server!.url}?now=${encodeURIComponent(duringDay(dates[2]!))}`)
    await hydrated(page.locator('main a[aria-current="time"]').first())
    // The script ran: it added the link to today's file, which the policy would have stopped.
    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="preload"][as="fetch"]')].map((link) =>
        link.getAttribute('href'),
      ),
    )
    expect(preloads).toEqual([expect.stringMatching(new RegExp(`/data/days/${dates[2]}\\.`))])
    await expectNoViolation(page, reports, problems)
  })
})
