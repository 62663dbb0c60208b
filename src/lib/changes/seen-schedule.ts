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

/**
 * A digest as kept: each talk a row, each room name once, so 10,000 talks take about a quarter less room than the
 * digest written as objects would.
 */
interface KeptDigest {
  format: typeof FORMAT
  /** Epoch milliseconds: the newer of two copies wins. */
  keptAt: number
  version: string
  rooms: string[]
  talks: KeptTalk[]
}

/** A digest read back, with when it was kept. */
interface Seen {
  keptAt: number
  digest: ScheduleDigest
}

/** [id, title, start, end, index in `rooms` or -1 for none, 1 if cancelled else 0, former ids if any]. */
type KeptTalk =
  | [string, string, string, string, number, 0 | 1]
  | [string, string, string, string, number, 0 | 1, string[]]

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
  return newest?.digest ?? null
}

/** Keeps the digest of the version now seen, replacing the last one; false when no storage took it. */
export async function keepSeenSchedule(digest: ScheduleDigest): Promise<boolean> {
  const text = serializeSeen(digest, Date.now())
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

async function readCached(): Promise<Seen | null> {
  const storage = cacheStorage()
  if (!storage) return null
  try {
    const cache = await storage.open(SEEN_SCHEDULE_CACHE)
    const response = await cache.match(SEEN_SCHEDULE_URL)
    return response ? parseSeen(await response.text()) : null
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

function readStored(): Seen | null {
  try {
    return parseSeen(localStorage.getItem(SEEN_SCHEDULE_KEY))
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

/** The text kept for a digest (exported for the bench). */
export function serializeSeen(digest: ScheduleDigest, keptAt: number): string {
  const rooms: string[] = []
  const roomIndex = new Map<string, number>()
  const talks = digest.talks.map((talk): KeptTalk => {
    let room = -1
    if (talk.room !== null) {
      room = roomIndex.get(talk.room) ?? rooms.length
      if (room === rooms.length) {
        rooms.push(talk.room)
        roomIndex.set(talk.room, room)
      }
    }
    const row: KeptTalk = [talk.id, talk.title, talk.start, talk.end, room, talk.cancelled ? 1 : 0]
    return talk.formerIds ? [...row, talk.formerIds] : row
  })
  const kept: KeptDigest = { format: FORMAT, keptAt, version: digest.version, rooms, talks }
  return JSON.stringify(kept)
}

/**
 * A kept digest, checked whole (it may be cut short, hand-edited or from a later format); null if anything is off.
 * Exported for the bench.
 */
export function parseSeen(text: string | null): Seen | null {
  if (text === null) return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (!isObject(value) || value.format !== FORMAT || typeof value.keptAt !== 'number') return null
  const { version, rooms, talks } = value
  if (typeof version !== 'string' || !isStringList(rooms) || !Array.isArray(talks)) return null
  const digests: TalkDigest[] = []
  for (const row of talks) {
    const talk = talkOf(row, rooms)
    if (!talk) return null
    digests.push(talk)
  }
  return { keptAt: value.keptAt, digest: { version, talks: digests } }
}

function talkOf(row: unknown, rooms: string[]): TalkDigest | null {
  if (!Array.isArray(row) || (row.length !== 6 && row.length !== 7)) return null
  const [id, title, start, end, room, cancelled, formerIds] = row as unknown[]
  if (typeof id !== 'string' || typeof title !== 'string') return null
  if (typeof start !== 'string' || typeof end !== 'string') return null
  if (room !== -1 && (typeof room !== 'number' || rooms[room] === undefined)) return null
  if (cancelled !== 0 && cancelled !== 1) return null
  if (row.length === 7 && !isStringList(formerIds)) return null
  const talk: TalkDigest = {
    id,
    title,
    start,
    end,
    room: room === -1 ? null : rooms[room]!,
    cancelled: cancelled === 1,
  }
  if (row.length === 7) talk.formerIds = formerIds as string[]
  return talk
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
