/**
 * What this browser last saw of the schedule: the digest of that version (to compare the next one with) and its
 * version string (for the watch on every page load, src/lib/changes/change-watch.ts, which reads it synchronously).
 *
 * The digest of a large conference is hundreds of kilobytes, so it goes to Cache Storage when the browser has it
 * (its quota is far larger, and it is not read on every page); else, or when that fails, to localStorage. Each copy
 * says when it was kept, so a stale copy left in the other place (a failed clean-up) never wins.
 *
 * Storage that is missing, blocked, full or corrupt never throws out of here: a read gives null (the checker then
 * treats the visit as a first one), a write says it failed (the checker then leaves the old version seen and tries
 * again on the next load). Nothing here is the attendee's own data: a lost digest only costs one comparison.
 */
import type { ScheduleDigest, TalkDigest } from './change-types'

/** The Cache Storage cache holding the digest: one entry. */
export const SEEN_SCHEDULE_CACHE = 'plenary-seen-schedule'
/** The cache entry's key: a URL, as Cache Storage wants one; nothing is ever fetched from it. */
export const SEEN_SCHEDULE_URL = '/plenary-seen-schedule.json'
/** Where the digest goes when Cache Storage is missing or refuses it. */
export const SEEN_SCHEDULE_KEY = 'plenary:seen-schedule'
/** The version last seen. change-watch.ts spells the same key itself (see there why); a test holds them equal. */
export const SEEN_VERSION_KEY = 'plenary:seen-version'

const FORMAT = 1

interface KeptDigest {
  format: typeof FORMAT
  /** Epoch milliseconds: the newer of two copies wins. */
  keptAt: number
  schedule: ScheduleDigest
}

/** The version this browser last saw, or null (never, or storage blocked). */
export function readSeenVersion(): string | null {
  try {
    return localStorage.getItem(SEEN_VERSION_KEY)
  } catch {
    return null
  }
}

/** Keeps the version seen; false when storage refused it. */
export function keepSeenVersion(version: string): boolean {
  try {
    localStorage.setItem(SEEN_VERSION_KEY, version)
    return true
  } catch {
    return false
  }
}

/** The digest of the version last seen, or null when there is none that can be read. */
export async function readSeenSchedule(): Promise<ScheduleDigest | null> {
  const [cached, stored] = await Promise.all([readCached(), Promise.resolve(readStored())])
  const newest =
    cached && stored ? (cached.keptAt >= stored.keptAt ? cached : stored) : (cached ?? stored)
  return newest?.schedule ?? null
}

/** Keeps the digest of the version now seen, replacing the last one; false when no storage took it. */
export async function keepSeenSchedule(digest: ScheduleDigest): Promise<boolean> {
  const kept: KeptDigest = { format: FORMAT, keptAt: Date.now(), schedule: digest }
  const text = JSON.stringify(kept)
  if (await putCached(text)) {
    forgetStored()
    return true
  }
  try {
    localStorage.setItem(SEEN_SCHEDULE_KEY, text)
  } catch {
    return false
  }
  await deleteCached()
  return true
}

function cacheStorage(): CacheStorage | null {
  try {
    return typeof caches === 'undefined' ? null : caches
  } catch {
    return null
  }
}

async function readCached(): Promise<KeptDigest | null> {
  const storage = cacheStorage()
  if (!storage) return null
  try {
    const cache = await storage.open(SEEN_SCHEDULE_CACHE)
    const response = await cache.match(SEEN_SCHEDULE_URL)
    return response ? parseKept(await response.text()) : null
  } catch {
    return null
  }
}

async function putCached(text: string): Promise<boolean> {
  const storage = cacheStorage()
  if (!storage) return false
  try {
    const cache = await storage.open(SEEN_SCHEDULE_CACHE)
    const headers = { 'content-type': 'application/json' }
    await cache.put(SEEN_SCHEDULE_URL, new Response(text, { headers }))
    return true
  } catch {
    return false
  }
}

async function deleteCached(): Promise<void> {
  try {
    await (await cacheStorage()?.open(SEEN_SCHEDULE_CACHE))?.delete(SEEN_SCHEDULE_URL)
  } catch {
    // The copy left there is older than the one just kept, so it is never read.
  }
}

function readStored(): KeptDigest | null {
  try {
    return parseKept(localStorage.getItem(SEEN_SCHEDULE_KEY))
  } catch {
    return null
  }
}

function forgetStored() {
  try {
    localStorage.removeItem(SEEN_SCHEDULE_KEY)
  } catch {
    // As above: older, never read.
  }
}

/** A kept digest, checked whole (it may be cut short, hand-edited or from a later format); null if anything is off. */
function parseKept(text: string | null): KeptDigest | null {
  if (text === null) return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (!isObject(value) || value.format !== FORMAT || typeof value.keptAt !== 'number') return null
  const schedule = value.schedule
  if (!isObject(schedule) || typeof schedule.version !== 'string') return null
  if (!Array.isArray(schedule.talks) || !schedule.talks.every(isTalkDigest)) return null
  return value as unknown as KeptDigest
}

function isTalkDigest(value: unknown): value is TalkDigest {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    typeof value.start === 'string' &&
    typeof value.end === 'string' &&
    (value.room === null || typeof value.room === 'string') &&
    typeof value.cancelled === 'boolean' &&
    (value.formerIds === undefined ||
      (Array.isArray(value.formerIds) && value.formerIds.every((id) => typeof id === 'string')))
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
