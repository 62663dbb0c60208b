/**
 * npm run bench:build -- <dataset.json> — what the build of a conference costs: builds the app with the dataset
 * (`vite build`, prerendering included) into a folder of its own under the system's temp folder, then prints the
 * build's time, the prerender's line (pages, bytes, time, inline CSS per page), what the site weighs by part (pages of
 * each kind, data, assets) and what a first visit to `/` loads (the JS and CSS, gzip, as `npm run budgets` counts).
 *
 * The dataset: the argument, else PLENARY_DATASET. Settings (environment): PLENARY_BASE (base path, as for the
 * build), BENCH_KEEP=1 (keep the built folder and print where it is).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { launchBrowser } from '../../tests/e2e/support/browser'
import { startStaticServer } from '../../tests/e2e/support/static-server'
import { measureFirstVisit } from '../budgets/measure-first-visit'
import { PAGES, siteFigures, type SitePart } from './site-figures'

const line = (text: string) => console.log(`bench:build ${text}`)
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MiB`
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

const given = process.argv[2] ?? process.env.PLENARY_DATASET
if (!given) {
  console.error(
    'usage: npm run bench:build -- <dataset.json>   (or PLENARY_DATASET=<dataset.json>)',
  )
  process.exit(2)
}
const datasetFile = resolve(given)
if (!existsSync(datasetFile)) throw new Error(`bench:build: no dataset at ${datasetFile}`)
const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as {
  conference: { name: string }
  talks: unknown[]
  authors: unknown[]
}
line(
  `dataset: ${dataset.conference.name}, ${dataset.talks.length} talks, ${dataset.authors.length} authors (${datasetFile})`,
)
line(`machine: load average ${loadavg()[0]!.toFixed(2)} (two busy cores double the times)`)

const outDir = mkdtempSync(join(tmpdir(), 'plenary-bench-build-'))
try {
  const started = performance.now()
  const output = execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    env: { ...process.env, PLENARY_DATASET: datasetFile, PLENARY_OUT_DIR: outDir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  line(
    `build: ${((performance.now() - started) / 1000).toFixed(1)} s (vite build, prerender included)`,
  )
  line(/prerender: (.*)/.exec(output)?.[0] ?? 'prerender: no line in the build output')

  const figures = siteFigures(outDir)
  const total = Object.values(figures).reduce((sum, part) => sum + part.bytes, 0)
  line(`dist: ${mib(total)} in all`)
  for (const [part, { files, bytes, inlineCssBytes }] of Object.entries(figures)) {
    if (files === 0) continue
    const perPage = PAGES.includes(part as SitePart)
      ? `, ${kib(bytes / files)} a page of which inline CSS ${kib(inlineCssBytes / files)}`
      : ''
    line(`  ${part}: ${files} files, ${mib(bytes)}${perPage}`)
  }

  const server = await startStaticServer(outDir, process.env.PLENARY_BASE || '/')
  const browser = await launchBrowser()
  try {
    const visit = await measureFirstVisit(browser, server.url, outDir)
    line(
      `first visit of /: JS ${visit.jsKiB.toFixed(1)} KiB gzip in ${visit.js.length} files, CSS ${visit.cssKiB.toFixed(1)} KiB gzip (inline and linked)`,
    )
  } finally {
    await browser.close()
    await server.close()
  }
} finally {
  if (process.env.BENCH_KEEP === '1') line(`kept: ${outDir}`)
  else rmSync(outDir, { recursive: true, force: true })
}
