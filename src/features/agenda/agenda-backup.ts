/**
 * The agenda as a file: a JSON backup to keep or move to another device, and the reader that restores one. Restoring
 * merges, so a backup never removes stars made since.
 */
import { formatBytes, MAX_BACKUP_BYTES } from '../../lib/stars/star-bounds'
import { readEntries, type StarEntry } from '../../lib/stars/star-record'

export const BACKUP_FORMAT = 'plenary-agenda'

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

export type ReadBackup =
  | {
      ok: true
      entries: StarEntry[]
      /** entries that could not be read, skipped */ unreadable: number
    }
  | { ok: false; message: string }

/** Why a file of this size is refused, or null when it may be a backup. Checked before the file is read. */
export function backupSizeProblem(bytes: number): string | null {
  return bytes > MAX_BACKUP_BYTES
    ? `The file is ${formatBytes(bytes)}: a backup is at most ${formatBytes(MAX_BACKUP_BYTES)}.`
    : null
}

/**
 * Reads a backup file's text. Accepts this app's backup, the raw stored record (`{ version: 1, starred }`, e.g. a
 * copy kept after a fault), and a plain list of ids. A record without a version is read as version 1 (the only one
 * there has been). A bad entry is skipped and counted; it never costs the others.
 */
export function readBackup(text: string): ReadBackup {
  const notBackup = { ok: false as const, message: 'This file is not a Plenary agenda backup.' }
  // UTF-8 bytes, as the limit and the file's size are counted.
  const tooBig = backupSizeProblem(new TextEncoder().encode(text).length)
  if (tooBig) return { ok: false, message: tooBig }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return notBackup
  }
  const now = Date.now()
  if (Array.isArray(value)) {
    const ids = value.filter((id): id is string => typeof id === 'string' && id.trim() !== '')
    if (ids.length === 0 && value.length > 0) return notBackup
    return {
      ok: true,
      entries: ids.map((id) => ({ id: id.trim(), at: now })),
      unreadable: value.length - ids.length,
    }
  }
  if (typeof value !== 'object' || value === null) return notBackup
  const record = value as Record<string, unknown>
  if (!Array.isArray(record.starred)) return notBackup
  const version = record.version ?? 1
  if (typeof version === 'number' && Number.isInteger(version) && version > 1)
    return {
      ok: false,
      message: `This backup is format version ${version}, made by a newer version of Plenary; this one reads version 1.`,
    }
  if (version !== 1)
    return {
      ok: false,
      message: `This backup’s version (${JSON.stringify(version).slice(0, 40)}) is not one Plenary knows: it reads version 1.`,
    }
  const read = readEntries(record.starred)!
  if (read.entries.size === 0 && read.rejected.length > 0) return notBackup
  return {
    ok: true,
    entries: [...read.entries].map(([id, at]) => ({ id, at: at || now })),
    unreadable: read.rejected.length,
  }
}
