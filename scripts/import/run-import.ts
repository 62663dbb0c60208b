import { existsSync, readFileSync } from 'node:fs'
import type { Dataset } from '../../src/data/types'
import { migrateDataset } from '../dataset/migrate-dataset'
import { assertDataset, validateDataset } from '../dataset/validate-dataset'
import { applyCorrections } from './corrections'
import { buildDataset } from './build-dataset'
import type { IdMap } from './id-map'
import { parseSessionPage } from './parse-session-page'
import type { ImportConfig } from './read-import-config'
import { writeAtomically } from './write-atomically'

/**
 * The whole import: read, parse, correct, build, validate, then write the dataset and the id map. Nothing is written
 * unless every step succeeded, and each file is written to a temporary name and renamed, so a failure never leaves a
 * partial file behind.
 */
export function runImport(config: ImportConfig): Dataset {
  const printed = applyCorrections(
    parseSessionPage(readFileSync(config.source, 'utf8')),
    config.corrections,
  )
  const idMap: IdMap = existsSync(config.idMap) ? readJson(config.idMap) : { talks: [] }
  const existing = existsSync(config.output) ? readExistingDataset(config.output) : undefined
  const { dataset, idMap: nextIdMap } = buildDataset(printed, config, idMap, existing)

  const problems = validateDataset(dataset)
  if (problems.length > 0)
    throw new Error(`the imported dataset is invalid:\n  ${problems.join('\n  ')}`)

  writeAtomically(config.output, `${JSON.stringify(dataset, null, 2)}\n`)
  writeAtomically(config.idMap, `${JSON.stringify(nextIdMap, null, 2)}\n`)
  return dataset
}

/** The dataset being added to, brought up to the current schema first (its ids are kept). */
function readExistingDataset(path: string): Dataset {
  return assertDataset(migrateDataset(readJson<unknown>(path)), `${path} exists but`)
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}
