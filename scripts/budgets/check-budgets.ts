/**
 * npm run budgets — sizes what the production build's `/` loads on a first visit in Chromium and fails past a budget.
 * Also part of `npm test` (tests/e2e/budgets.e2e.ts). Build first (npm run build).
 */
import { launchBrowser } from '../../tests/e2e/support/browser'
import { startStaticServer } from '../../tests/e2e/support/static-server'
import { budgetProblems, formatFirstVisit, measureFirstVisit } from './measure-first-visit'

const distDir = process.env.PLENARY_OUT_DIR || 'dist'
const server = await startStaticServer(distDir, process.env.PLENARY_BASE || '/')
const browser = await launchBrowser()
try {
  const visit = await measureFirstVisit(browser, server.url, distDir)
  console.log(formatFirstVisit(visit))
  const problems = budgetProblems(visit)
  for (const problem of problems) console.error(`over budget: ${problem}`)
  process.exitCode = problems.length > 0 ? 1 : 0
} finally {
  await browser.close()
  await server.close()
}
