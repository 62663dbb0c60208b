/**
 * npm run bench:build -- <dataset.json> — what the build of a conference costs: builds the app with the dataset
 * (`vite build`, prerendering included) into a folder of its own under the system's temp folder, then prints the
 * build's time, the prerender's line (pages, bytes, time, inline CSS per page), what the site weighs by part (pages of
 * each kind, data, assets) and what a first visit to `/` loads (the JS and CSS, gzip, as `npm run budgets` counts).
 *
 * The dataset: the argument (a dataset, or a frab XML / schedule JSON file, imported first and timed), else
 * PLENARY_DATASET, else FOSDEM 2026 from ../shared/data when it is there. Settings (environment): PLENARY_BASE (base
 * path, as for the build), BENCH_KEEP=1 (keep the built folder and print where it is).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { launchBrowser } from '../../tests/e2e/support/browser'
import { startStaticServer } from '../../tests/e2e/support/static-server'
import { measureFirstVisit } from '../budgets/measure-first-visit'
import { importScheduleFile } from '../import/import-schedule-file'
import { sharedDataFile } from '../../tests/support/shared-data'
import { PAGES, siteFigures, type SitePart } from './site-figures'

const line = (text: string) => console.log(`bench:build ${text}`)
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MiB`
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

const outDir = mkdtempSync(join(tmpdir(), 'plenary-bench-build-'))
// Apart from the build's folder, which the build empties first.
const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-data-'))
const given =
  process.argv[2] ??
  process.env.PLENARY_DATASET ??
  sharedDataFile('fosdem-2026-schedule.xml', 'bench:build')
if (!given) {
  console.error(
    'usage: npm run bench:build -- <dataset.json | schedule.xml | schedule.json>   (or PLENARY_DATASET=<dataset.json>)',
  )
  process.exit(2)
}
const datasetFile = importedIfSchedule(resolve(given))
const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as {
  conference: { name: string }
  talks: unknown[]
  authors: unknown[]
}
line(
  `dataset: ${dataset.conference.name}, ${dataset.talks.length} talks, ${dataset.authors.length} authors (${datasetFile})`,
)
line(`machine: load average ${loadavg()[0]!.toFixed(2)} (two busy cores double the times)`)

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
  rmSync(dataDir, { recursive: true, force: true })
}

/** A dataset as it is; a published schedule imported into the build folder first, with the import's time. */
function importedIfSchedule(file: string): string {
  if (!existsSync(file)) throw new Error(`bench:build: no file at ${file}`)
  if (/"schemaVersion"/.test(readFileSync(file, 'utf8').slice(0, 200))) return file
  const started = performance.now()
  const { dataset } = importScheduleFile(file)
  line(`import: ${((performance.now() - started) / 1000).toFixed(2)} s (${file}, in process)`)
  const imported = join(dataDir, 'dataset.json')
  writeFileSync(imported, JSON.stringify(dataset))
  return imported
}
