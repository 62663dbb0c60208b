import { existsSync } from 'node:fs'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserServer,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

// Flags that let Debian's Chromium run headless as root on a closed network without flooding it.
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Throws a message that says how to get Chromium, rather than Playwright's, when there is none at CHROME_PATH. */
export function requireChromium(): void {
  if (!existsSync(CHROME_PATH))
    throw new Error(
      `Chromium not found at ${CHROME_PATH}. Install it with "apt-get update && apt-get install -y chromium fonts-liberation" (or run "bash .ci/run"), or point CHROME_PATH at a Chromium binary.`,
    )
}

/** A Chromium of the caller's own (the scripts use this; the journeys share one, see `connectBrowser`). */
export async function launchBrowser(): Promise<Browser> {
  requireChromium()
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS })
}

/** One Chromium for the whole run, launched by the global setup: each journey file connects to it. */
export async function launchBrowserServer(): Promise<BrowserServer> {
  requireChromium()
  return chromium.launchServer({ executablePath: CHROME_PATH, args: CHROME_ARGS })
}

/**
 * Connects a test file to the run's shared Chromium (global-setup.ts). Closing the returned Browser closes the
 * contexts this file made and disconnects; the Chromium itself stays up for the other files.
 */
export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'), { timeout: 60_000 })
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
}

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } }

export const VIEWPORTS = { phone: PHONE, desktop: DESKTOP } as const

/** Collects console errors and uncaught exceptions, so a journey can assert the page stayed clean. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}

/**
 * The run's shared browser for a test file, and a fresh context per page that is closed after each test. Returns
 * `newPage`, which also starts collecting the page's console errors.
 */
export function sharedBrowserPages() {
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    browser = await connectBrowser()
  })
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()))
  })
  afterAll(async () => {
    await browser?.close()
  })
  return async function newPage(options: BrowserContextOptions) {
    const context = await browser!.newContext(options)
    contexts.push(context)
    const page = await context.newPage()
    return { context, page, problems: watchConsole(page) }
  }
}

/**
 * Waits until React has hydrated the element (it then carries React's props) and run its effects, so a tap, key or
 * swipe reaches its handler: a prerendered button is visible before the app runs, and a click then would do nothing.
 */
export async function hydrated(locator: Locator): Promise<Locator> {
  await locator.waitFor()
  // The locator is resolved anew on each try: a long day's prerendered head is replaced by the virtual list when the
  // page must scroll to what is on now, and an element taken once would then never hydrate. A plain loop rather than
  // expect.poll, which concurrent tests (accessibility.e2e.ts) cannot use.
  const deadline = Date.now() + 60_000
  const hasProps = () =>
    locator
      .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps$')))
      .catch(() => false)
  while (!(await hasProps())) {
    if (Date.now() > deadline) throw new Error(`not hydrated within 60 s: ${String(locator)}`)
    await locator.page().evaluate(() => new Promise((done) => requestAnimationFrame(done)))
  }
  // Hydration runs in a transition (src/main.tsx): the effects that attach listeners (keys, swipes) run in a task
  // of their own after the props are in place. Two frames and a task later they have.
  await locator.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))),
      ),
  )
  return locator
}
