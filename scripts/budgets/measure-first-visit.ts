import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { PHONE } from '../../tests/e2e/support/browser'

export const BUDGETS = {
  /**
   * Every JS file that `/` requests on a first visit until the network is idle, prefetches included: at most 95 KiB
   * (issue "At the venue"), for the bundled conference and at conference scale ("many rooms", #14; the budget journey
   * measures both). React, React DOM, React Router (what the app uses of it) and React Query (without its mutations
   * and infinite queries: scripts/build/lean-react-query.ts) are most of the built chunk; the rest is the first
   * screen's own code. The figure of each run is printed by `npm run budgets` and by the budget journey, rather than
   * written here, where it would go stale.
   */
  initialJsKiB: 95,
  cssKiB: 10,
}

export interface FirstVisit {
  js: { file: string; gzipBytes: number }[]
  css: { file: string; gzipBytes: number }[]
  fonts: string[]
  jsKiB: number
  cssKiB: number
}

/**
 * Opens `/` in a fresh phone context and sizes what it requested, gzip -9 of the built file each (what a host that
 * compresses would send). Responses from a service worker's background precache are not counted: only requests the
 * page itself makes.
 */
export async function measureFirstVisit(
  browser: Browser,
  baseUrl: string,
  distDir: string,
): Promise<FirstVisit> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' })
  const page = await context.newPage()
  const requested = new Set<string>()
  page.on('request', (request) => requested.add(request.url()))
  await page.goto(baseUrl, { waitUntil: 'networkidle' })
  // Prerendered pages carry the CSS they use inline, and load their stylesheets after the content
  // (scripts/build/prerender-html.ts): both count.
  const inlineCss = await page.evaluate(() =>
    [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n'),
  )
  await context.close()

  const sized = (pattern: RegExp) =>
    [...requested]
      .filter((url) => pattern.test(new URL(url).pathname))
      .map((url) => {
        const file = new URL(url).pathname.slice(new URL(baseUrl).pathname.length)
        return { file, gzipBytes: gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length }
      })
  const js = sized(/\.m?js$/)
  const css = sized(/\.css$/)
  if (inlineCss.trim())
    css.push({ file: '<style> in /', gzipBytes: gzipSync(inlineCss, { level: 9 }).length })
  const kib = (files: { gzipBytes: number }[]) =>
    files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024
  return {
    js,
    css,
    fonts: [...requested].filter((url) => /\.(woff2?|ttf|otf)$/.test(new URL(url).pathname)),
    jsKiB: kib(js),
    cssKiB: kib(css),
  }
}

export function budgetProblems(visit: FirstVisit): string[] {
  const problems: string[] = []
  if (visit.jsKiB > BUDGETS.initialJsKiB)
    problems.push(
      `initial JS of / is ${visit.jsKiB.toFixed(1)} KiB gzip, budget ${BUDGETS.initialJsKiB} KiB`,
    )
  if (visit.cssKiB > BUDGETS.cssKiB)
    problems.push(`CSS is ${visit.cssKiB.toFixed(1)} KiB gzip, budget ${BUDGETS.cssKiB} KiB`)
  if (visit.fonts.length > 0)
    problems.push(`web fonts requested on first visit: ${visit.fonts.join(', ')}`)
  return problems
}

export function formatFirstVisit(visit: FirstVisit): string {
  const lines = [...visit.js, ...visit.css].map(
    (f) => `  ${(f.gzipBytes / 1024).toFixed(1).padStart(6)} KiB  ${f.file}`,
  )
  return [
    `budget initial_js_kib=${visit.jsKiB.toFixed(1)} limit=${BUDGETS.initialJsKiB} files=${visit.js.length}`,
    `budget css_kib=${visit.cssKiB.toFixed(1)} limit=${BUDGETS.cssKiB}`,
    ...lines,
  ].join('\n')
}
