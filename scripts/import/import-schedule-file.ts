import { readFileSync } from 'node:fs'
import {
  buildScheduleDataset,
  type ScheduleImport,
  type ScheduleImportOptions,
} from './frab/build-schedule-dataset'
import { readFrabXml } from './frab/read-frab-xml'
import { parseJsonText, readScheduleJson } from './frab/read-schedule-json'
import type { SourceSchedule } from './frab/source-schedule'
import { SourceError } from './import-error'

export type SourceFormat = SourceSchedule['format'] | 'import config'

/**
 * What a file is, from its content rather than its name: frab XML (starts with `<`), the schedule JSON
 * (`{ "schedule": ... }`) or an import config for a session page (`{ "source": ... }`).
 */
export function detectFormat(text: string): SourceFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('<')) return 'frab XML'
  if (start.startsWith('{')) {
    const value = parseJsonText(text)
    if (typeof value === 'object' && value !== null) {
      if ('schedule' in value) return 'schedule JSON'
      if ('source' in value) return 'import config'
    }
  }
  throw new SourceError(
    'the file',
    'is not a schedule: expected frab XML (<schedule>), schedule JSON ({ "schedule": { "conference": ... } }) or an import config ({ "source": ... })',
  )
}

/** Reads and converts a frab XML or schedule JSON file; writes nothing. */
export function importScheduleFile(
  path: string,
  options: ScheduleImportOptions = {},
): ScheduleImport & { format: SourceSchedule['format'] } {
  const text = readFileSync(path, 'utf8')
  const format = detectFormat(text)
  if (format === 'import config')
    throw new SourceError(path, 'is an import config, not a schedule: run it without --out')
  const source =
    format === 'frab XML'
      ? readFrabXml(text.replace(/^\uFEFF/, ''))
      : readScheduleJson(parseJsonText(text))
  return { ...buildScheduleDataset(source, options), format }
}
