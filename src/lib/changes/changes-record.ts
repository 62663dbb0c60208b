/**
 * The record of schedule changes this browser noticed (localStorage `plenary:changes`): the one owner of that key.
 *
 * - `starred`: every change to a talk the attendee starred, newest first, each with the versions compared, when it
 *   was noticed and whether the attendee has seen it (opened the talk, or "Mark all as seen"). Capped, oldest dropped.
 * - `others`: the latest comparison's changes to every other talk, replaced by the next comparison.
 * - `notice`: how many starred talks changed since the attendee last looked; the header shows it until dismissed or
 *   /changes is visited. changes-record-key.ts reads it on every page without loading this module.
 *
 * Faults never reach the UI as exceptions: an unreadable value is copied to CHANGES_BACKUP_KEY and the record starts
 * clean (`faults.recovered`, said on /changes); storage that refuses to read or write keeps the record in memory for
 * this tab (`faults.memoryOnly`, said by the views). Another tab's change arrives through the `storage` event.
 *
 * Loaded lazily: by the notice, /changes, the agenda, a talk page with changes to mark, and the checker
 * (src/lib/changes/check-for-changes.ts), which calls recordChanges.
 */
import { useClientStore } from '../client-store'
import { createStore } from '../create-store'
import type { ChangedTalk, FoundChanges, TalkChange } from './change-types'
import { CHANGES_KEY } from './changes-record-key'

export { CHANGES_KEY }
// The record's changes in words (changes-record-words.ts) come with it: every view that reads the record says them,
// and one chunk for both keeps one file name fewer in every first visit's JS.
export { changeMark, changeWords, mainChange, type ChangeWords } from './changes-record-words'
export const CHANGES_BACKUP_KEY = 'plenary:changes:backup'
export const RECORD_VERSION = 1
/** Starred changes kept: years of a conference's updates, and far below any storage quota. */
export const MAX_STARRED_CHANGES = 200

/** A change to a starred talk, as recorded. */
export interface RecordedChange extends ChangedTalk {
  fromVersion: string
  toVersion: string
  noticedAt: number
  seen: boolean
}

/** The latest comparison's changes to the other talks. */
export interface OtherChanges {
  fromVersion: string
  toVersion: string
  noticedAt: number
  talks: ChangedTalk[]
}

export interface ChangesRecord {
  version: typeof RECORD_VERSION
  starred: RecordedChange[]
  others: OtherChanges | null
  /** How many starred talks the pending notice names; 0 when none is pending. */
  notice: number
}

export interface ChangesFaults {
  /** The stored value could not be read; it was kept under this key (null if even that failed). */
  recovered: { backupKey: string | null } | null
  /** Storage refuses this record: it lasts until the tab closes. */
  memoryOnly: boolean
}

export interface ChangesState {
  record: ChangesRecord
  faults: ChangesFaults
}

const EMPTY: ChangesRecord = { version: RECORD_VERSION, starred: [], others: null, notice: 0 }
const NO_FAULTS: ChangesFaults = { recovered: null, memoryOnly: false }

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function isSpan(value: unknown): boolean {
  return isObject(value) && isString(value.start) && isString(value.end)
}

function isChange(value: unknown): value is TalkChange {
  if (!isObject(value)) return false
  const nullableString = (v: unknown) => v === null || isString(v)
  switch (value.kind) {
    case 'time':
      return isSpan(value.from) && isSpan(value.to)
    case 'room':
      return nullableString(value.from) && nullableString(value.to)
    case 'title':
      return isString(value.from) && isString(value.to)
    case 'id':
      return isString(value.from)
    case 'cancelled':
    case 'reinstated':
    case 'removed':
    case 'added':
      return true
    default:
      return false
  }
}

function isChangedTalk(value: unknown): value is ChangedTalk {
  return (
    isObject(value) &&
    isString(value.talkId) &&
    isString(value.title) &&
    Array.isArray(value.changes) &&
    value.changes.every(isChange)
  )
}

function isComparison(value: Record<string, unknown>): boolean {
  return (
    isString(value.fromVersion) && isString(value.toVersion) && typeof value.noticedAt === 'number'
  )
}

/** Reads a stored value: null (nothing stored) is the empty record; undefined means unreadable. */
export function parseChangesRecord(raw: string | null): ChangesRecord | undefined {
  if (raw === null) return EMPTY
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return undefined
  }
  if (!isObject(value) || value.version !== RECORD_VERSION) return undefined
  const { starred, others, notice } = value
  const starredOk =
    Array.isArray(starred) &&
    starred.every(
      (entry) =>
        isChangedTalk(entry) &&
        isComparison(entry as unknown as Record<string, unknown>) &&
        typeof (entry as unknown as Record<string, unknown>).seen === 'boolean',
    )
  const othersOk =
    others === null ||
    (isObject(others) &&
      isComparison(others) &&
      Array.isArray(others.talks) &&
      others.talks.every(isChangedTalk))
  if (!starredOk || !othersOk || typeof notice !== 'number') return undefined
  return value as unknown as ChangesRecord
}

/** Talks (by id) with unseen changes. */
function unseenTalkCount(starred: readonly RecordedChange[]): number {
  return new Set(starred.filter((entry) => !entry.seen).map((entry) => entry.talkId)).size
}

/** The record after a comparison: pure, for the store below. */
export function withFound(record: ChangesRecord, found: FoundChanges): ChangesRecord {
  const { fromVersion, toVersion, noticedAt } = found
  // A renamed talk's earlier entries follow it to its current id, so they link and mark the same talk.
  const renamed = new Map<string, string>()
  for (const talk of found.starred)
    for (const change of talk.changes)
      if (change.kind === 'id') renamed.set(change.from, talk.talkId)
  const earlier = record.starred.map((entry) =>
    renamed.has(entry.talkId) ? { ...entry, talkId: renamed.get(entry.talkId)! } : entry,
  )
  const fresh = found.starred.map((talk): RecordedChange => ({
    ...talk,
    fromVersion,
    toVersion,
    noticedAt,
    seen: false,
  }))
  const starred = [...fresh, ...earlier].slice(0, MAX_STARRED_CHANGES)
  return {
    version: RECORD_VERSION,
    starred,
    others: { fromVersion, toVersion, noticedAt, talks: found.others },
    notice: fresh.length > 0 ? unseenTalkCount(starred) : record.notice,
  }
}

/** Marks seen the changes of the talks `isSeen` picks; the pending notice shrinks with them. */
function withSeen(record: ChangesRecord, isSeen: (talkId: string) => boolean): ChangesRecord {
  if (!record.starred.some((entry) => !entry.seen && isSeen(entry.talkId))) return record
  const starred = record.starred.map((entry) =>
    !entry.seen && isSeen(entry.talkId) ? { ...entry, seen: true } : entry,
  )
  return { ...record, starred, notice: Math.min(record.notice, unseenTalkCount(starred)) }
}

let state: ChangesState | null = null
const changes = createStore(null, () => {
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
})

function onStorage(event: StorageEvent) {
  // key is null when another tab cleared all storage.
  if (event.key !== CHANGES_KEY && event.key !== null) return
  if (state === null || event.storageArea === null) return
  state = load(state.faults)
  changes.emit()
}

function backUp(store: Storage, raw: string): string | null {
  try {
    const existing = store.getItem(CHANGES_BACKUP_KEY)
    const key =
      existing === null || existing === raw
        ? CHANGES_BACKUP_KEY
        : `${CHANGES_BACKUP_KEY}:${new Date().toISOString()}`
    store.setItem(key, raw)
    return key
  } catch {
    return null
  }
}

function load(faults: ChangesFaults): ChangesState {
  const store = storage()
  let raw: string | null = null
  try {
    raw = store ? store.getItem(CHANGES_KEY) : null
  } catch {
    return { record: EMPTY, faults: { ...faults, memoryOnly: true } }
  }
  if (!store) return { record: EMPTY, faults: { ...faults, memoryOnly: true } }
  const record = parseChangesRecord(raw)
  if (record) return { record, faults }
  // Unreadable: keep it aside before anything overwrites it, then start clean. If it cannot be kept aside, write
  // nothing over it (memory only).
  const backupKey = backUp(store, raw!)
  const recovered = { recovered: { backupKey }, memoryOnly: backupKey === null }
  if (backupKey !== null) return save(EMPTY, recovered).state
  return { record: EMPTY, faults: recovered }
}

function current(): ChangesState {
  state ??= load(NO_FAULTS)
  return state
}

/** Writes the record; on refusal it stays in memory for this tab, and says so. */
function save(
  record: ChangesRecord,
  faults: ChangesFaults,
): { state: ChangesState; saved: boolean } {
  let saved = false
  // A record that could not be backed up is never written over.
  if (!(faults.recovered && faults.recovered.backupKey === null))
    try {
      const store = storage()
      if (store) {
        store.setItem(CHANGES_KEY, JSON.stringify(record))
        saved = true
      }
    } catch {
      // Disabled or full: memory only, below.
    }
  return { state: { record, faults: { ...faults, memoryOnly: !saved } }, saved }
}

function update(next: (record: ChangesRecord) => ChangesRecord): boolean {
  const now = current()
  const record = next(now.record)
  if (record === now.record) return true
  const result = save(record, now.faults)
  state = result.state
  changes.emit()
  // The shell's notice check (changes-record-key.ts) reads storage rather than this module: tell it, as another tab
  // would. (Its storageArea is null, which onStorage below ignores: this tab's state is already current.)
  window.dispatchEvent(new StorageEvent('storage', { key: CHANGES_KEY }))
  return result.saved
}

/** Keeps what a comparison found. False when storage refused it (it is then kept for this tab only). */
export function recordChanges(found: FoundChanges): boolean {
  return update((record) => withFound(record, found))
}

/** The attendee opened the talk's page: its changes are seen. */
export function markTalkSeen(talkId: string) {
  update((record) => withSeen(record, (id) => id === talkId))
}

export function markAllSeen() {
  update((record) => withSeen(record, () => true))
}

/** The notice goes until the next comparison finds changes to starred talks. */
export function dismissChangesNotice() {
  update((record) => (record.notice === 0 ? record : { ...record, notice: 0 }))
}

/** The record and its faults; null on the server and while hydrating. */
export function useChangesRecord(): ChangesState | null {
  return useClientStore(changes.subscribe, current, () => null)
}

/** How many starred talks the pending notice names; 0 on the server, while hydrating and when none is pending. */
export function useChangesNotice(): number {
  return useClientStore(
    changes.subscribe,
    () => current().record.notice,
    () => 0,
  )
}

const NO_UNSEEN: ReadonlyMap<string, TalkChange[]> = new Map()
let unseenOf: {
  starred: readonly RecordedChange[]
  unseen: ReadonlyMap<string, TalkChange[]>
} | null = null

/** The unseen changes of each starred talk, newest first (the agenda's marks); empty on the server. */
export function useUnseenChanges(): ReadonlyMap<string, TalkChange[]> {
  return useClientStore(
    changes.subscribe,
    () => {
      const { starred } = current().record
      if (unseenOf?.starred !== starred) {
        const unseen = new Map<string, TalkChange[]>()
        for (const entry of starred)
          if (!entry.seen)
            unseen.set(entry.talkId, [...(unseen.get(entry.talkId) ?? []), ...entry.changes])
        unseenOf = { starred, unseen: unseen.size === 0 ? NO_UNSEEN : unseen }
      }
      return unseenOf.unseen
    },
    () => NO_UNSEEN,
  )
}

/** For tests: forget this tab's copy, as a new page load would. */
export function resetChangesRecordForTests() {
  state = null
  unseenOf = null
}
