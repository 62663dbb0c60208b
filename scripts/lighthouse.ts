/**
 * npm run lighthouse — Lighthouse 12.2.3, mobile (its default), three runs each on `/` and a talk page of the
 * production build (npm run build first), printing the median of each score and of LCP. A figure, not a test:
 * Lighthouse moves by a point between runs.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHROME_PATH } from '../tests/e2e/support/browser'
import { startStaticServer } from '../tests/e2e/support/static-server'

const RUNS = 3
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const PAGES = { home: '', talk: 'talks/neural-ordinary-differential-equations' }

interface Report {
  categories: Record<(typeof CATEGORIES)[number], { score: number }>
  audits: Record<string, { numericValue?: number }>
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

const server = await startStaticServer(
  process.env.PLENARY_OUT_DIR || 'dist',
  process.env.PLENARY_BASE || '/',
)
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
    const lcp =
      median(reports.map((r) => r.audits['largest-contentful-paint']?.numericValue ?? NaN)) / 1000
    console.log(`lighthouse page=${name} runs=${RUNS} ${scores.join(' ')} lcp_s=${lcp.toFixed(2)}`)
  }
} finally {
  await server.close()
}
