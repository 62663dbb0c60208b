/**
 * What the service worker downloads up front. The shell (the app's code and styles, `/`, the empty shell page, icons,
 * the web manifest) and the schedule index are always precached: with them every view works offline, because a page
 * that is not cached is rendered by the shell from the schedule. Beyond that, the prerendered talk and author pages,
 * the day files, the details files and the search index are precached only while they are small (one session: under a
 * megabyte). At conference scale they are hundreds of megabytes, far too much to push onto a phone on venue Wi-Fi:
 * then they are left to the runtime cache, which keeps them once they have been used (a day never opened is cut from
 * the schedule offline: src/data/dataset-queries.ts).
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Bytes (uncompressed) of pages and data a first visit may download beyond the shell and the schedule. */
export const EXTRAS_BUDGET_BYTES = 5 * 1024 * 1024

/** The files beyond the shell and schedule, as globs relative to the build folder. */
export const EXTRAS_GLOBS = [
  'talks/**',
  'authors/**',
  'data/days/**',
  'data/details/**',
  'data/search.*.json',
]

export type PrecacheScope = 'everything' | 'shell'

/**
 * `override` (PLENARY_PRECACHE) forces a scope, e.g. to try the conference-scale behaviour on a small dataset.
 */
export function precacheScope(
  extrasBytes: number,
  override?: string,
  budget = EXTRAS_BUDGET_BYTES,
): PrecacheScope {
  if (override === 'everything' || override === 'shell') return override
  if (override)
    throw new Error(`PLENARY_PRECACHE must be "everything" or "shell", not "${override}"`)
  return extrasBytes <= budget ? 'everything' : 'shell'
}

function folderBytes(path: string): number {
  let total = 0
  let entries
  try {
    entries = readdirSync(path, { withFileTypes: true })
  } catch {
    return 0
  }
  for (const entry of entries) {
    const child = join(path, entry.name)
    total += entry.isDirectory() ? folderBytes(child) : statSync(child).size
  }
  return total
}

/** The size of what EXTRAS_GLOBS match in a build folder: sizes only, no reading (20,000 pages at 10,000 talks). */
export function extrasBytes(outDir: string): number {
  const search = readdirSync(join(outDir, 'data'), { withFileTypes: true })
    .filter((entry) => entry.isFile() && /^search\..+\.json$/.test(entry.name))
    .reduce((sum, entry) => sum + statSync(join(outDir, 'data', entry.name)).size, 0)
  return (
    folderBytes(join(outDir, 'talks')) +
    folderBytes(join(outDir, 'authors')) +
    folderBytes(join(outDir, 'data', 'days')) +
    folderBytes(join(outDir, 'data', 'details')) +
    search
  )
}

interface ManifestEntry {
  url: string
  revision: string | null
  size: number
}

/**
 * Workbox manifest transform: a prerendered page under the address the app links to, "talks/x/index.html" becoming
 * "talks/x", so a cold navigation to /talks/x finds it in the precache (Workbox's directoryIndex only covers a URL
 * ending in "/"). The root "index.html" stays: directoryIndex serves it for "/".
 */
export function pageUrlsAsLinked<T extends ManifestEntry>(entries: T[]): { manifest: T[] } {
  return {
    manifest: entries.map((entry) => {
      const page = /^(.+)\/index\.html$/.exec(entry.url)
      return page ? { ...entry, url: page[1]! } : entry
    }),
  }
}
