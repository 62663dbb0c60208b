/**
 * How the stars are written down: a versioned record, `{ version: 1, starred: [{ id, at }] }`, so a later format can
 * migrate rather than guess. Pure, for the store (star-store.ts) and for the agenda's backup files, which accept the
 * same entries.
 *
 * Entries are read one by one: a bad entry is returned apart (`rejected`) so the store can set it aside, and never
 * costs the good ones.
 */
export const RECORD_VERSION = 1

export interface StarEntry {
  id: string
  /** When it was starred, epoch milliseconds. */
  at: number
}

export interface StarRecord {
  version: typeof RECORD_VERSION
  starred: StarEntry[]
}

export type ParsedRecord =
  | { ok: true; entries: Map<string, number>; rejected: unknown[] }
  | { ok: false; reason: 'corrupt' | 'unknown-version' }

/** Reads a stored value; null (nothing stored) is an empty record. */
export function parseStarRecord(raw: string | null): ParsedRecord {
  if (raw === null) return { ok: true, entries: new Map(), rejected: [] }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { ok: false, reason: 'corrupt' }
  }
  if (!isObject(value) || !('version' in value)) return { ok: false, reason: 'corrupt' }
  if (value.version !== RECORD_VERSION) return { ok: false, reason: 'unknown-version' }
  const read = readEntries(value.starred)
  return read ? { ok: true, ...read } : { ok: false, reason: 'corrupt' }
}

/**
 * `[{ id, at }]` -> the good entries as a map, and the bad ones as they were; null when it is not a list at all.
 * Tolerates a missing or bad `at` (uses 0).
 */
export function readEntries(
  list: unknown,
): { entries: Map<string, number>; rejected: unknown[] } | null {
  if (!Array.isArray(list)) return null
  const entries = new Map<string, number>()
  const rejected: unknown[] = []
  for (const item of list) {
    if (!isObject(item) || typeof item.id !== 'string' || item.id.trim() === '') {
      rejected.push(item)
      continue
    }
    const at = typeof item.at === 'number' && Number.isFinite(item.at) ? item.at : 0
    if (!entries.has(item.id)) entries.set(item.id, at)
  }
  return { entries, rejected }
}

/** `[{ id, at }]` -> map; null when the shape is wrong anywhere. For files, where a bad entry means a bad file. */
export function entriesFrom(list: unknown): Map<string, number> | null {
  const read = readEntries(list)
  return read && read.rejected.length === 0 ? read.entries : null
}

/**
 * Whatever star ids can still be read from a value set aside (a whole unreadable record, or a list of bad entries):
 * ids of entries, plain strings, and, in text that is no longer JSON (a write cut short), every `"id":"..."`.
 * The caller decides which of them the schedule knows.
 */
export function salvageIds(raw: string): string[] {
  const ids = new Set<string>()
  const visit = (value: unknown, depth: number) => {
    if (depth > 3) return
    if (typeof value === 'string' && value.trim() !== '') ids.add(value.trim())
    else if (typeof value === 'number' && Number.isFinite(value)) ids.add(String(value))
    else if (Array.isArray(value)) for (const item of value) visit(item, depth + 1)
    else if (isObject(value)) {
      if ('id' in value) visit(value.id, depth + 1)
      else if ('starred' in value) visit(value.starred, depth + 1)
    }
  }
  try {
    visit(JSON.parse(raw), 0)
  } catch {
    for (const match of raw.matchAll(/"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
      try {
        visit(JSON.parse(`"${match[1]}"`), 0)
      } catch {
        // An escape cut in half: that id is lost with the rest of the write.
      }
    }
  }
  return [...ids]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function serializeStarRecord(entries: ReadonlyMap<string, number>): string {
  const record: StarRecord = {
    version: RECORD_VERSION,
    starred: [...entries].map(([id, at]) => ({ id, at })),
  }
  return JSON.stringify(record)
}
