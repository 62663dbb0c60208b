/**
 * npm run lighthouse — Lighthouse 12.2.3, mobile (its default), three runs each on `/`, a talk page and `/now` (when
 * the build has it) of the production build (npm run build first), printing the median of each score and of FCP, LCP
 * and CLS: a prerendered page should paint once, its first paint its largest (LCP = FCP) and final (CLS 0). A figure,
 * not a test: Lighthouse moves by a point between runs.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROME_PATH } from '../tests/e2e/support/browser'
import { startStaticServer } from '../tests/e2e/support/static-server'

const RUNS = 3
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const DIST = process.env.PLENARY_OUT_DIR || 'dist'
const PAGES: Record<string, string> = {
  home: '',
  talk: 'talks/neural-ordinary-differential-equations',
  // The page of what is on now, once the build has it (prerendered as now/index.html).
  ...(existsSync(join(DIST, 'now', 'index.html')) ? { now: 'now' } : {}),
}

interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number }>
  audits: Record<string, { numericValue?: number }>
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

if (!PAGES.now) console.log('lighthouse page=now absent from this build')
const server = await startStaticServer(DIST, process.env.PLENARY_BASE || '/')
const out = mkdtempSync(join(tmpdir(), 'plenary-lighthouse-'))
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const reports: Report[] = []
    for (let run = 0; run < RUNS; run++) {
      const file = join(out, `${name}-${run}.json`)
      // Asynchronously: the static server answering Lighthouse runs in this very process.
      await promisify(execFile)(
        'node',
        [
          'node_modules/lighthouse/cli/index.js',
          `${server.url}${path}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--output=json',
          `--output-path=${file}`,
          '--quiet',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
        ],
        { env: { ...process.env, CHROME_PATH } },
      )
      reports.push(JSON.parse(readFileSync(file, 'utf8')) as Report)
    }
    const scores = CATEGORIES.map(
      (c) => `${c}=${median(reports.map((r) => Math.round(r.categories[c].score * 100)))}`,
    )
    const audit = (id: string) => median(reports.map((r) => r.audits[id]?.numericValue ?? NaN))
    const fcp = audit('first-contentful-paint') / 1000
    const lcp = audit('largest-contentful-paint') / 1000
    const cls = audit('cumulative-layout-shift')
    console.log(
      `lighthouse page=${name} runs=${RUNS} ${scores.join(' ')} fcp_s=${fcp.toFixed(2)} lcp_s=${lcp.toFixed(2)} cls=${cls.toFixed(3)}`,
    )
    // Each run too: a median hides the one run a busy machine spoiled, and which figure it spoiled.
    for (const report of reports) {
      const value = (id: string) => report.audits[id]?.numericValue ?? NaN
      console.log(
        `  run performance=${Math.round(report.categories.performance.score * 100)} fcp_ms=${Math.round(value('first-contentful-paint'))} lcp_ms=${Math.round(value('largest-contentful-paint'))} tbt_ms=${Math.round(value('total-blocking-time'))} cls=${value('cumulative-layout-shift').toFixed(3)}`,
      )
    }
  }
} finally {
  await server.close()
}
