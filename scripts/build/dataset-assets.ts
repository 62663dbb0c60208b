import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { conferenceDays, outlineOf, type DatasetOutline } from '../../src/data/dataset-outline'
import { dayIndex } from '../../src/data/day-index'
import type { Dataset } from '../../src/data/types'
import { migrateDataset } from '../dataset/migrate-dataset'
import { assertDataset } from '../dataset/validate-dataset'
import { splitDataset } from './split-dataset'
import { buildSearchAsset } from '../../src/features/search/engine/search-asset'

/** The dataset a build bundles: PLENARY_DATASET names another conference's file, with no code change. */
export const DEFAULT_DATASET = 'data/neurips-2018.json'

export function datasetPath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.PLENARY_DATASET || DEFAULT_DATASET)
}

/** The dataset file, brought up to the current schema and checked field by field. */
export function readDataset(path: string): Dataset {
  return assertDataset(migrateDataset(JSON.parse(readFileSync(path, 'utf8'))), path)
}

export interface DataAsset {
  /** Relative to the app's base URL; content-hashed, so browsers may cache it forever. */
  fileName: string
  source: string
}

export interface DatasetAssets {
  schedule: DataAsset
  /** One index file per day when there are several days (src/data/day-index.ts); none for a one-day dataset. */
  days: DataAsset[]
  details: DataAsset[]
  outline: DatasetOutline
  /** How many talks the busiest day has: the app's bundle leaves out the long list when no day needs it. */
  longestDay: number
}

/**
 * Splits the dataset into what the first screen needs and what loads on demand: the schedule index (everything but
 * abstracts, descriptions and biographies, about a tenth of the bytes), the same cut by day for the timeline of a
 * many-day conference, and the details files, which a talk or author page fetches one at a time.
 */
export function datasetAssets(dataset: Dataset): DatasetAssets {
  const details: DataAsset[] = []
  const { schedule } = splitDataset(dataset, (index, chunk) => {
    const asset = hashedAsset(`data/details/${index}`, JSON.stringify(chunk))
    details.push(asset)
    return asset.fileName
  })
  const dates = conferenceDays(schedule)
  const dayIndexes = dates.length > 1 ? dates.map((date) => dayIndex(schedule, date)) : [schedule]
  const days =
    dates.length > 1
      ? dayIndexes.map((index, i) => hashedAsset(`data/days/${dates[i]}`, JSON.stringify(index)))
      : []
  const scheduleAsset = hashedAsset('data/schedule', JSON.stringify(schedule))
  const outline = outlineOf(
    schedule,
    scheduleAsset.fileName,
    (date) => days[dates.indexOf(date)]!.fileName,
  )
  const longestDay = Math.max(0, ...dayIndexes.map((index) => index.talks.length))
  return { schedule: scheduleAsset, days, details, outline, longestDay }
}

/**
 * What search loads when it is first used (src/features/search/engine/search-asset.ts): titles, author names and
 * the abstracts as postings lists. Content-hashed like the others.
 */
export function searchIndexAsset(dataset: Dataset): DataAsset {
  return hashedAsset('data/search', JSON.stringify(buildSearchAsset(dataset)))
}

function hashedAsset(stem: string, source: string): DataAsset {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10)
  return { fileName: `${stem}.${hash}.json`, source }
}
