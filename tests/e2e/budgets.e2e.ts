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

it('keeps the first visit of / within the JS, CSS and font budgets', async () => {
  const visit = await measureFirstVisit(browser, inject('baseUrl'), inject('distDir'))
  console.log(formatFirstVisit(visit))
  expect(budgetProblems(visit)).toEqual([])
})
