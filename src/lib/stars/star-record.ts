/**
 * How the stars are written down: a versioned record, `{ version: 1, starred: [{ id, at }] }`, so a later format can
 * migrate rather than guess. Pure, for the store (star-store.ts) and for the agenda's backup files, which accept the
 * same entries.
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
  { ok: true; entries: Map<string, number> } | { ok: false; reason: 'corrupt' | 'unknown-version' }

/** Reads a stored value; null (nothing stored) is an empty record. */
export function parseStarRecord(raw: string | null): ParsedRecord {
  if (raw === null) return { ok: true, entries: new Map() }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { ok: false, reason: 'corrupt' }
  }
  if (!isObject(value) || !('version' in value)) return { ok: false, reason: 'corrupt' }
  if (value.version !== RECORD_VERSION) return { ok: false, reason: 'unknown-version' }
  const entries = entriesFrom(value.starred)
  return entries ? { ok: true, entries } : { ok: false, reason: 'corrupt' }
}

/** `[{ id, at }]` -> map; null when the shape is wrong. Tolerates a missing or bad `at` (uses 0). */
export function entriesFrom(list: unknown): Map<string, number> | null {
  if (!Array.isArray(list)) return null
  const entries = new Map<string, number>()
  for (const item of list) {
    if (!isObject(item) || typeof item.id !== 'string' || item.id === '') return null
    const at = typeof item.at === 'number' && Number.isFinite(item.at) ? item.at : 0
    if (!entries.has(item.id)) entries.set(item.id, at)
  }
  return entries
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
