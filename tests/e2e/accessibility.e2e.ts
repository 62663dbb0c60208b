/**
 * Axe (WCAG 2.2 A and AA plus best practice) on every view of the app, once per view, colour scheme and width: the
 * journeys check what a view does, this file checks that each view is accessible. A view is opened cold, waited for
 * until it is hydrated, settled and showing what makes it that view, and then scanned.
 *
 * Views only one journey can reach stay scanned there: the offline line and the "Updated schedule available" prompt
 * (venue.e2e.ts: they need a service worker, a stopped server or a second deployment) and the five-day conference
 * and its long virtual day (conference.e2e.ts: a build of their own).
 *
 * The viewer is in Berlin, not the conference's zone: the timeline then offers its time-zone switch and a talk also
 * gives "Your time", so the scan sees the views with everything they can show.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, inject, it } from 'vitest'
import { axeViolations } from './support/axe'
import { connectBrowser, DESKTOP, hydrated, PHONE, watchConsole } from './support/browser'
import { bundledDataset } from './support/dataset'
import { seedStars } from './support/stars'

const baseUrl = inject('baseUrl')
const dataset = bundledDataset()
const neurips = dataset.conference.id === 'neurips-2018'
const NOW = encodeURIComponent('2018-12-04T12:52:00-08:00')
const NODE = dataset.talks.find((t) => t.id === 'neural-ordinary-differential-equations')!
const BATCHNORM = dataset.talks.find(
  (t) => t.id === 'how-does-batch-normalization-help-optimization',
)!
const EPG = dataset.talks.find((t) => t.id === 'evolved-policy-gradients')!
const AUTHOR = dataset.authors.find((a) => a.id === 'david-duvenaud')!

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const main = (page: Page) => page.getByRole('main')
const starOf = (page: Page, title: string) =>
  main(page).getByRole('button', { name: `Star ${title}`, exact: true })
const talkLink = (page: Page, title: string) =>
  main(page).getByRole('link', { name: title, exact: true })
const searchSummary = (page: Page) => page.locator('#search-summary')
// A cold load of a large build fetches megabytes of schedule and index before the first answer.
const SLOW = { timeout: 45_000 }

interface View {
  path: string
  /** Talks starred before the app starts. */
  stars?: string[]
  /** Waits until the page shows what makes it this view (and does what it takes to get there). */
  ready: (page: Page) => Promise<unknown>
}

const VIEWS: Record<string, View> = {
  'the timeline': {
    path: '',
    ready: async (page) => {
      await hydrated(talkLink(page, NODE.title))
      await hydrated(page.getByRole('radio', { name: /^Mine / }))
    },
  },
  'the timeline, live': {
    path: `?now=${NOW}`,
    ready: async (page) => {
      await talkLink(page, NODE.title).and(page.locator('[aria-current="time"]')).waitFor()
      await page.getByRole('progressbar', { name: 'Talk progress' }).first().waitFor()
      await hydrated(talkLink(page, NODE.title))
    },
  },
  'the keyboard shortcuts dialog': {
    path: '',
    ready: async (page) => {
      await hydrated(starOf(page, NODE.title))
      await page.keyboard.press('?')
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
      await dialog.waitFor()
      await dialog.getByText('Next talk in the list').waitFor()
    },
  },
  'a talk': {
    path: `talks/${NODE.id}`,
    ready: async (page) => {
      await hydrated(starOf(page, NODE.title))
      await page.getByText(/^Your time:/).waitFor()
    },
  },
  'a talk on now': {
    path: `talks/${NODE.id}?now=${NOW}`,
    ready: async (page) => {
      await hydrated(starOf(page, NODE.title))
      await page.getByText('On now', { exact: true }).waitFor()
    },
  },
  'an author': {
    path: `authors/${AUTHOR.id}`,
    ready: (page) => hydrated(starOf(page, NODE.title)),
  },
  'a talk that does not exist, with the closest titles': {
    path: 'talks/neural-ordinary-diferential-equations',
    ready: async (page) => {
      await page.getByRole('heading', { level: 1, name: 'No such talk' }).waitFor()
      await hydrated(main(page).getByRole('link', { name: NODE.title }))
    },
  },
  'search with results': {
    path: 'search?q=neural',
    ready: async (page) => {
      await searchSummary(page).filter({ hasText: /match/ }).waitFor(SLOW)
      await page.locator('.search-result__snippet').first().waitFor()
    },
  },
  'search without results': {
    path: 'search?q=grpha',
    ready: async (page) => {
      await searchSummary(page)
        .filter({ hasText: /^No talks match/ })
        .waitFor(SLOW)
      if (neurips) await page.getByRole('link', { name: 'graph' }).waitFor()
    },
  },
  'search before a query': {
    path: 'search',
    ready: (page) => page.getByText('Type in the search box above').waitFor(),
  },
  'the empty agenda': {
    path: 'agenda',
    ready: (page) => page.getByText('No starred talks yet.').waitFor(),
  },
  'the agenda with stars, one withdrawn': {
    path: 'agenda',
    stars: [NODE.id, BATCHNORM.id, 'withdrawn-talk'],
    ready: async (page) => {
      await hydrated(starOf(page, BATCHNORM.title))
      await page.getByRole('heading', { name: 'No longer in the schedule' }).waitFor()
    },
  },
  'a shared agenda': {
    path: `agenda?ids=${NODE.id},${EPG.id}`,
    ready: async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Shared agenda' }).waitFor()
      await hydrated(page.getByRole('button', { name: 'Add all to my agenda' }))
      await page.locator('.agenda-item').nth(1).waitFor()
    },
  },
  'an unknown page': {
    path: 'no/such/page',
    ready: (page) => page.getByRole('heading', { level: 1, name: 'No such page' }).waitFor(),
  },
}

const SETTINGS: [string, BrowserContextOptions, 'light' | 'dark'][] = [
  ['375 px, light', PHONE, 'light'],
  ['375 px, dark', PHONE, 'dark'],
  ['1280 px, light', DESKTOP, 'light'],
  ['1280 px, dark', DESKTOP, 'dark'],
]

// The scans run a few at a time (the config's maxConcurrency): a scan's page spends much of its time waiting (for
// the network to go idle, for hydration), and the shared Chromium can scan another meanwhile. Each test owns its
// context and closes it itself, so none closes another's. Their waits are Playwright's, not expect.poll: Vitest's
// global expect cannot tell which of several concurrent tests is polling.
describe.concurrent.each(SETTINGS)('axe at %s', (_label, viewport, colorScheme) => {
  it.for(Object.entries(VIEWS))('finds nothing on %s', async ([, view], { expect }) => {
    const context = await browser.newContext({
      ...viewport,
      colorScheme,
      locale: 'en-US',
      timezoneId: 'Europe/Berlin',
      serviceWorkers: 'block',
    })
    try {
      const page = await context.newPage()
      const problems = watchConsole(page)
      if (view.stars) await seedStars(context, view.stars)
      await page.goto(`${baseUrl}${view.path}`)
      await hydrated(page.getByRole('heading', { level: 1 }).first())
      await page.getByRole('navigation', { name: 'Primary' }).waitFor()
      await page.waitForLoadState('networkidle')
      await view.ready(page)
      expect(
        await page.evaluate(() =>
          getComputedStyle(document.body).backgroundColor === 'rgb(247, 247, 244)'
            ? 'light'
            : 'dark',
        ),
      ).toBe(colorScheme)
      expect(await axeViolations(page)).toEqual([])
      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
})
