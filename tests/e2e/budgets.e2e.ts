import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import {
  budgetProblems,
  formatFirstVisit,
  measureFirstVisit,
} from '../../scripts/budgets/measure-first-visit'
import { connectBrowser } from './support/browser'

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

// Bytes, never time: the same budgets for the bundled one-session conference and for one at conference scale (24
// rooms, about 410 talks a day: a long day, whose list is virtual).
it.each([
  ['the bundled conference', () => [inject('baseUrl'), inject('distDir')] as const],
  ['the many-room conference', () => [inject('manyRoomsUrl'), inject('manyRoomsDir')] as const],
])('keeps the first visit of / within the JS, CSS and font budgets: %s', async (_name, build) => {
  const [url, dir] = build()
  const visit = await measureFirstVisit(browser, url, dir)
  console.log(formatFirstVisit(visit))
  expect(budgetProblems(visit)).toEqual([])
})
