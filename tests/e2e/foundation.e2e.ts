import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { connectBrowser, VIEWPORTS, watchConsole } from './support/browser'
import { bundledDataset } from './support/dataset'

const baseUrl = inject('baseUrl')
const dataset = bundledDataset()
const talksInOrder = [...dataset.talks].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
let browser: Browser

beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe.each(Object.entries(VIEWPORTS))('foundation on %s', (_name, viewport) => {
  it('shows every talk of the session in time order on /', async () => {
    const context = await browser.newContext(viewport)
    const page = await context.newPage()
    const problems = watchConsole(page)
    await page.goto(baseUrl)
    const links = page.getByRole('main').getByRole('link', { name: talksInOrder[0]!.title })
    await links.first().waitFor()
    const titles = await page.locator('main a[href*="/talks/"]').allTextContents()
    expect(titles.map((t) => t.trim())).toEqual(
      expect.arrayContaining(talksInOrder.map((t) => t.title)),
    )
    const order = talksInOrder.map((t) => titles.findIndex((title) => title.trim() === t.title))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(problems).toEqual([])
    await context.close()
  })

  it('opens a talk deep link cold and shows its title as the h1', async () => {
    const context = await browser.newContext(viewport)
    const page = await context.newPage()
    const talk = dataset.talks.find(
      (t) => t.id === 'how-does-batch-normalization-help-optimization',
    )!
    await page.goto(`${baseUrl}talks/${talk.id}`)
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('How Does Batch Normalization Help Optimization?')
    await context.close()
  })
  // Axe on every route: accessibility.e2e.ts.
})
