import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * Real published schedules, kept outside the repo (../shared/data beside it, or PLENARY_SHARED_DATA): tests read
 * them there when they exist (CI has them) and never copy them in. `sharedDataFile` says plainly, once per file,
 * when a test suite skips because a file is missing.
 */
export const SHARED_DATA_DIR =
  process.env.PLENARY_SHARED_DATA ?? resolve(import.meta.dirname, '../../../shared/data')

export function sharedDataFile(name: string, suite: string): string | null {
  const path = join(SHARED_DATA_DIR, name)
  if (existsSync(path)) return path
  console.warn(
    `${suite}: SKIPPED, ${name} is not in ${SHARED_DATA_DIR} (set PLENARY_SHARED_DATA to its folder)`,
  )
  return null
}
