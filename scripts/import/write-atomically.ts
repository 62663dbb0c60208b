import { renameSync, rmSync, writeFileSync } from 'node:fs'

/**
 * Writes to a temporary name beside the target, then renames it over the target: a reader (or a failed run) never
 * sees half a file, and a failure while writing leaves the old file as it was.
 */
export function writeAtomically(path: string, text: string) {
  const temporary = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, text)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
