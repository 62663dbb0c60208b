import { createHash } from 'node:crypto'
import type { Dataset } from '../../src/data/types'

/**
 * A dataset's version: the date its source was captured and a hash of its content, so it changes whenever the
 * content does (the app compares it to notice a new schedule) and stays the same when an import changes nothing.
 * Every writer of a dataset (both importers, `npm run dataset:edit`) derives it here.
 */
export function datasetVersion(content: Omit<Dataset, 'version'>): string {
  const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 8)
  return `${content.asOf}.${hash}`
}
