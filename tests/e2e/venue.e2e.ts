/**
 * At the venue: offline after one visit, installable, phone-first, dark mode, keyboard. The offline journeys stop the
 * server itself (a service worker's own fetches can slip past the browser's network emulation), so they use servers
 * of their own, not the one every journey shares. The update journey builds a second deployment next to the first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations } from './support/axe'
import {
  CHROME_ARGS,
  CHROME_PATH,
  DESKTOP,
  connectBrowser,
  PHONE,
  watchConsole,
  hydrated,
} from './support/browser'
import { bundledDataset } from './support/dataset'
import { buildDeployment } from './support/deployment'
import { startStaticServer, type StaticServer } from './support/static-server'

const distDir = inject('distDir')
const sharedUrl = inject('baseUrl')
const base = process.env.PLENARY_BASE || '/'
const dataset = bundledDataset()
const NODE = dataset.talks.find((t) => t.id === 'neural-ordinary-differential-equations')!
const NODE_ABSTRACT = 'We introduce a new family of deep neural network models.'
const BATCHNORM = dataset.talks.find(
  (t) => t.id === 'how-does-batch-normalization-help-optimization',
)!
const AUTHOR = dataset.authors.find((a) => a.id === 'david-duvenaud')!

const asOf = (date: string) =>
  new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`))

const ROUTES = [
  ['the timeline', ''],
  ['a talk', `talks/${NODE.id}`],
  ['an author', `authors/${AUTHOR.id}`],
  ['search', 'search?q=neural'],
  ['the agenda', 'agenda'],
  ['an unknown page', 'no/such/page'],
] as const

const EN: BrowserContextOptions = { locale: 'en-US', timezoneId: 'America/Los_Angeles' }

let browser: Browser
const contexts: BrowserContext[] = []
const servers: StaticServer[] = []

beforeAll(async () => {
  browser = await connectBrowser()
})
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()))
  await Promise.all(servers.splice(0).map((s) => s.close()))
})
afterAll(async () => {
  await browser?.close()
})

async function newContext(options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext({ ...EN, ...options })
  contexts.push(context)
  return context
}

async function ownServer(dir = distDir, port = 0): Promise<StaticServer> {
  const server = await startStaticServer(dir, base, port)
  servers.push(server)
  return server
}

/** The footer says so once the service worker has precached the app and controls the page. */
async function savedForOffline(page: Page) {
  await page.getByText('Saved on this device: works offline.').waitFor({ timeout: 90_000 })
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true)
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first()

describe('offline after one visit', () => {
  it('opens a talk cold, searches, stars and shows the agenda with the server stopped', async () => {
    const server = await ownServer()
    const context = await newContext(PHONE)
    const page = await context.newPage()
    const problems = watchConsole(page)
    await page.goto(server.url)
    await heading(page).waitFor()
    await savedForOffline(page)

    // The venue Wi-Fi dies: the host is unreachable, though the phone still thinks it is online.
    await server.pause()
    expect((await fetch(server.url).catch(() => null))?.status).toBeUndefined()

    const talk = await context.newPage()
    const talkProblems = watchConsole(talk)
    await talk.goto(`${server.url}talks/${NODE.id}`)
    expect(await heading(talk).textContent()).toBe(NODE.title)
    await talk.getByText(NODE_ABSTRACT).waitFor()

    // Search, through the header's box: its worker loads the search index from the cache.
    const box = await hydrated(talk.getByRole('searchbox', { name: 'Search talks' }))
    await box.fill('batch normalization')
    const result = talk.getByRole('main').getByRole('link', { name: BATCHNORM.title })
    await result.waitFor({ timeout: 45_000 })
    await (
      await hydrated(
        talk
          .getByRole('main')
          .getByRole('button', { name: `Star ${BATCHNORM.title}`, exact: true }),
      )
    ).click()

    await talk
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Agenda' })
      .click()
    await talk.getByRole('main').getByRole('link', { name: BATCHNORM.title }).waitFor()

    await talk
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Timeline' })
      .click()
    await talk.getByRole('main').getByRole('link', { name: NODE.title }).waitFor()

    // An address the site never had: the cached shell renders the app's own "not found".
    await talk.goto(`${server.url}no/such/page`)
    await talk.getByRole('heading', { level: 1, name: 'No such page' }).waitFor()

    // With the browser offline too, the shell says so, and how old the schedule is.
    await context.setOffline(true)
    const status = page.getByText(`Offline, schedule as of ${asOf(dataset.asOf)}`)
    await status.waitFor()
    expect(await axeViolations(page)).toEqual([])

    await server.resume()
    await context.setOffline(false)
    await status.waitFor({ state: 'detached' })
    expect([...problems, ...talkProblems]).toEqual([])
  })

  it('shows the offline line accessibly in the dark scheme too', async () => {
    const server = await ownServer()
    const context = await newContext({ ...DESKTOP, colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto(server.url)
    await hydrated(heading(page))
    await savedForOffline(page)
    await server.pause()
    await context.setOffline(true)
    await page.getByText(/^Offline, schedule as of/).waitFor()
    expect(await axeViolations(page)).toEqual([])
  })
})

describe('installable', () => {
  it('has no installability errors in a persistent profile, with a manifest Chromium accepts', async () => {
    const server = await ownServer()
    const profile = mkdtempSync(join(tmpdir(), 'plenary-install-'))
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROME_PATH,
      args: CHROME_ARGS,
      ...DESKTOP,
    })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto(server.url)
      await savedForOffline(page)
      const cdp = await context.newCDPSession(page)
      const manifest = (await cdp.send('Page.getAppManifest')) as {
        url: string
        errors: { message: string }[]
      }
      expect(manifest.url).toBe(`${server.url}manifest.webmanifest`)
      expect(manifest.errors).toEqual([])
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
      expect(installabilityErrors).toEqual([])
      const served = (await (await fetch(`${server.url}manifest.webmanifest`)).json()) as {
        display: string
        start_url: string
        scope: string
        icons: { sizes: string; purpose?: string }[]
      }
      expect(served).toMatchObject({ display: 'standalone', start_url: base, scope: base })
      expect(served.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
        '192x192 any',
        '512x512 any',
        '512x512 maskable',
      ])
    } finally {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  })
})

describe.each([
  ['320', { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }],
  ['375', PHONE],
] as const)('at %s px wide', (_width, viewport) => {
  it.each(ROUTES)('%s does not scroll sideways, at 100 % and 200 % text', async (_label, path) => {
    const context = await newContext({ ...viewport, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.goto(`${sharedUrl}${path}`)
    await hydrated(heading(page))
    await page.waitForLoadState('networkidle')
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
    expect(await overflow()).toBe(0)
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%'
    })
    expect(await overflow()).toBe(0)
  })

  it('gives the bottom navigation and the theme toggle 44 px targets', async () => {
    const context = await newContext({ ...viewport, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.goto(sharedUrl)
    const nav = page.getByRole('navigation', { name: 'Primary' })
    const targets = [
      nav.getByRole('link', { name: 'Timeline' }),
      nav.getByRole('link', { name: 'Search' }),
      nav.getByRole('link', { name: 'Agenda' }),
      page.getByRole('button', { name: 'Dark theme' }),
    ]
    for (const target of targets) {
      const box = (await target.boundingBox())!
      expect(box.width).toBeGreaterThanOrEqual(44)
      expect(box.height).toBeGreaterThanOrEqual(44)
    }
    // Fixed to the bottom edge, in reach of a thumb.
    const bar = (await nav.boundingBox())!
    expect(bar.y + bar.height).toBeCloseTo(viewport.viewport!.height, 0)
  })
})

// Axe on every route at 375 and 1280 px, light and dark: accessibility.e2e.ts.

describe('dark mode', () => {
  it('remembers a manual choice and applies it before the first paint, without hydration errors', async () => {
    const context = await newContext({ ...PHONE, colorScheme: 'light', serviceWorkers: 'block' })
    const page = await context.newPage()
    const problems = watchConsole(page)
    await page.goto(`${sharedUrl}talks/${NODE.id}`)
    const toggle = await hydrated(page.getByRole('button', { name: 'Dark theme' }))
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')

    // The next page load: the inline script sets the scheme before anything paints.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (document.body) {
          ;(window as unknown as { firstBodyTheme: string | undefined }).firstBodyTheme =
            document.documentElement.dataset.theme
          observer.disconnect()
        }
      }).observe(document, { childList: true, subtree: true })
    })
    await page.reload()
    expect(
      await page.evaluate(
        () => (window as unknown as { firstBodyTheme: string | undefined }).firstBodyTheme,
      ),
    ).toBe('dark')
    // Prerendered, the toggle reads "off"; hydrated, it reads the remembered choice and answers a press.
    const toggleAfter = await hydrated(page.getByRole('button', { name: 'Dark theme' }))
    expect(await toggleAfter.getAttribute('aria-pressed')).toBe('true')
    await toggleAfter.click()
    await expect.poll(() => toggleAfter.getAttribute('aria-pressed')).toBe('false')
    // Light is what this system shows anyway: the choice is forgotten and the page follows the system again.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined()
    expect(problems).toEqual([])
  })
})

describe('keyboard', () => {
  it('moves through talks with j and k, stars with s, lists shortcuts with ?, searches with /', async () => {
    const context = await newContext({ ...DESKTOP, serviceWorkers: 'block' })
    const page = await context.newPage()
    const problems = watchConsole(page)
    await page.goto(sharedUrl)
    await hydrated(
      page
        .getByRole('main')
        .getByRole('button', { name: /^Star / })
        .first(),
    )
    const titles = (await page.locator('main li a[href*="/talks/"]').allTextContents()).map((t) =>
      t.trim(),
    )
    const focused = () =>
      page.evaluate(() => ({
        text: document.activeElement?.textContent?.trim(),
        outline: getComputedStyle(document.activeElement!).outlineStyle,
      }))

    await page.keyboard.press('j')
    await expect.poll(focused).toEqual({ text: titles[0], outline: 'solid' })
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    await expect.poll(async () => (await focused()).text).toBe(titles[2])
    await page.keyboard.press('k')
    await expect.poll(async () => (await focused()).text).toBe(titles[1])

    await page.keyboard.press('s')
    const star = page
      .getByRole('main')
      .getByRole('button', { name: `Star ${titles[1]}`, exact: true })
    await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true')

    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('Next talk in the list')
    // Axe on the dialog: accessibility.e2e.ts.
    // Keys are not shortcuts while the dialog is open; Esc closes it and focus goes back.
    await page.keyboard.press('j')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(async () => (await focused()).text).toBe(titles[1])

    await page.keyboard.press('/')
    const box = page.getByRole('searchbox', { name: 'Search talks' })
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.type('batch')
    await page.getByRole('main').getByRole('link', { name: BATCHNORM.title }).waitFor()
    // Enter moves to the results; from there j walks them.
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await focused()).text).toMatch(/match/)
    await page.keyboard.press('j')
    await expect.poll(async () => (await focused()).text).toBe(BATCHNORM.title)
    await page.keyboard.press('s')
    await page.goto(`${sharedUrl}agenda`)
    const agenda = page.getByRole('main')
    await agenda.getByRole('link', { name: BATCHNORM.title }).waitFor()
    await agenda.getByRole('link', { name: titles[1]! }).waitFor()
    expect(problems).toEqual([])
  })
})

describe('a new deployment', () => {
  let nextDir = ''
  let nextAsOf = ''
  let dataDir = ''

  beforeAll(async () => {
    // The same conference with a later schedule, built the way a deployment is.
    const next = bundledDataset()
    const day = new Date(`${next.asOf}T00:00:00Z`)
    day.setUTCDate(day.getUTCDate() + 1)
    nextAsOf = day.toISOString().slice(0, 10)
    next.asOf = nextAsOf
    next.version = `${nextAsOf}.next`
    dataDir = mkdtempSync(join(tmpdir(), 'plenary-next-'))
    writeFileSync(join(dataDir, 'dataset.json'), JSON.stringify(next))
    nextDir = `${resolve(distDir)}-next`
    await buildDeployment(nextDir, { PLENARY_DATASET: join(dataDir, 'dataset.json') })
    // A build on two loaded cores: minutes, not seconds.
  }, 900_000)
  afterAll(() => {
    rmSync(nextDir, { recursive: true, force: true })
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('is offered with "Updated schedule available" and applied by Reload', async () => {
    const first = await ownServer()
    const port = Number(new URL(first.url).port)
    const context = await newContext(PHONE)
    const page = await context.newPage()
    const problems = watchConsole(page)
    await page.goto(first.url)
    await savedForOffline(page)
    const footer = page.getByRole('contentinfo')
    expect(await footer.textContent()).toContain(`Schedule data as of ${asOf(dataset.asOf)}`)

    // The host now serves the next deployment, at the same address.
    await first.close()
    servers.splice(servers.indexOf(first), 1)
    const second = await ownServer(nextDir, port)
    expect(second.url).toBe(first.url)

    await page.reload()
    const prompt = page.getByText('Updated schedule available')
    await prompt.waitFor({ timeout: 90_000 })
    // Until the reader reloads, the page stays as it was.
    expect(await footer.textContent()).toContain(asOf(dataset.asOf))
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Reload' }).click()
    await page
      .getByRole('contentinfo')
      .getByText(`Schedule data as of ${asOf(nextAsOf)}`)
      .waitFor({ timeout: 90_000 })
    expect(await page.getByRole('contentinfo').textContent()).toContain(`version ${nextAsOf}.next`)
    expect(await prompt.count()).toBe(0)
    expect(problems).toEqual([])
  })
})
