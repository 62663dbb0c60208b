/**
 * The agenda as a file: a JSON backup to keep or move to another device, and the reader that restores one. Restoring
 * merges, so a backup never removes stars made since.
 */
import { entriesFrom, type StarEntry } from '../../lib/stars/star-record'

export const BACKUP_FORMAT = 'plenary-agenda'
/** A backup is a few kilobytes; anything much larger is not one. */
const MAX_BYTES = 5 * 1024 * 1024

export interface AgendaBackup {
  format: typeof BACKUP_FORMAT
  version: 1
  conference: string
  exportedAt: string
  /** Titles help a person reading the file; restoring uses only id and at. */
  starred: (StarEntry & { title?: string })[]
}

export function makeBackup(
  entries: readonly StarEntry[],
  conferenceId: string,
  titleOf: (id: string) => string | undefined,
  now = new Date(),
): AgendaBackup {
  return {
    format: BACKUP_FORMAT,
    version: 1,
    conference: conferenceId,
    exportedAt: now.toISOString(),
    starred: entries.map(({ id, at }) => {
      const title = titleOf(id)
      return title ? { id, at, title } : { id, at }
    }),
  }
}

export function backupFileName(conferenceId: string, now = new Date()): string {
  return `${conferenceId}-agenda-${now.toISOString().slice(0, 10)}.json`
}

export type ReadBackup = { ok: true; entries: StarEntry[] } | { ok: false; message: string }

/**
 * Reads a backup file's text. Accepts this app's backup, the raw stored record (`{ version: 1, starred }`, e.g. a
 * copy kept after a fault), and a plain list of ids.
 */
export function readBackup(text: string): ReadBackup {
  const notBackup = { ok: false as const, message: 'This file is not a Plenary agenda backup.' }
  if (text.length > MAX_BYTES) return notBackup
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return notBackup
  }
  if (Array.isArray(value)) {
    if (!value.every((id) => typeof id === 'string')) return notBackup
    return {
      ok: true,
      entries: value.filter(Boolean).map((id: string) => ({ id, at: Date.now() })),
    }
  }
  if (typeof value !== 'object' || value === null) return notBackup
  const record = value as Record<string, unknown>
  if (!Array.isArray(record.starred)) return notBackup
  if (record.version !== 1)
    return {
      ok: false,
      message: 'This backup was made by a newer version of Plenary and cannot be read here.',
    }
  const entries = entriesFrom(record.starred)
  if (!entries) return notBackup
  const now = Date.now()
  return { ok: true, entries: [...entries].map(([id, at]) => ({ id, at: at || now })) }
}
