/**
 * The attendee's starred talks: the one module that owns their localStorage key.
 *
 * Stored as a versioned record, `{ version: 1, starred: [{ id, at }] }`, so a later format can migrate rather than
 * guess. Every fault keeps what the user picked:
 * - a value that is not JSON or has an unknown version is copied to a backup key before anything is written, then
 *   the store starts clean and says so once (`faults.recovered`);
 * - when storage is disabled or full (`setItem` throws, as in private browsing or at quota) the stars live in memory
 *   for the session and `faults.memoryOnly` is set, so the UI can say they will not survive closing the tab;
 * - ids that the current dataset no longer has are kept: the store never looks at the dataset.
 *
 * React reads it through `useClientStore` (./client-store.ts). Nothing touches `window` until a client render or a
 * call asks, because the app is also rendered on the server (prerendering), where the snapshot is always "no stars";
 * a page that hydrates shows the reader's stars in the render that follows, which yields to the browser.
 */
import { useClientStore } from './client-store'
import { STORAGE_KEY, starLink } from './star-link'

export { STORAGE_KEY }
/** Where an unreadable value is kept. If that key is taken by an older, different copy, a timestamp is appended. */
export const BACKUP_KEY = 'plenary:stars:backup'
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

export interface StarFaults {
  /** Set when the stored value could not be read; it was kept under `backupKey` (null if even that failed). */
  recovered: { backupKey: string | null; reason: 'corrupt' | 'unknown-version' } | null
  /** Stars cannot be saved (storage disabled or full): they last until this tab closes. */
  memoryOnly: boolean
}

interface State {
  entries: ReadonlyMap<string, number>
  ids: ReadonlySet<string>
  faults: StarFaults
  /** The stored value is unreadable and could not be copied aside: writing would destroy it, so nothing is written. */
  blocked: boolean
}

const EMPTY_IDS: ReadonlySet<string> = new Set()
const NO_FAULTS: StarFaults = { recovered: null, memoryOnly: false }

let state: State | null = null
const listeners = new Set<() => void>()
let listeningToOtherTabs = false

function storage(): Storage | null {
  // Reading `window.localStorage` itself throws when the browser blocks site data.
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

type Parsed =
  { ok: true; entries: Map<string, number> } | { ok: false; reason: 'corrupt' | 'unknown-version' }

/** Reads a stored value. Exported for the backup restore, which accepts the same record. */
export function parseStarRecord(raw: string | null): Parsed {
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

function serialize(entries: ReadonlyMap<string, number>): string {
  const record: StarRecord = {
    version: RECORD_VERSION,
    starred: [...entries].map(([id, at]) => ({ id, at })),
  }
  return JSON.stringify(record)
}

function makeState(
  entries: ReadonlyMap<string, number>,
  faults: StarFaults,
  blocked = false,
): State {
  const previous = state
  const sameIds =
    previous !== null &&
    previous.ids.size === entries.size &&
    [...entries.keys()].every((id) => previous.ids.has(id))
  return {
    entries,
    // Keep the old set when the ids did not change, so components reading it do not re-render.
    ids: sameIds ? previous.ids : entries.size === 0 ? EMPTY_IDS : new Set(entries.keys()),
    faults: previous && sameFaults(previous.faults, faults) ? previous.faults : { ...faults },
    blocked,
  }
}

function sameFaults(a: StarFaults, b: StarFaults): boolean {
  return (
    a.memoryOnly === b.memoryOnly &&
    a.recovered?.backupKey === b.recovered?.backupKey &&
    a.recovered?.reason === b.recovered?.reason
  )
}

/** Copies an unreadable value aside without overwriting an earlier, different copy. Returns the key, or null. */
function backUp(store: Storage, raw: string): string | null {
  try {
    const existing = store.getItem(BACKUP_KEY)
    if (existing === null || existing === raw) {
      store.setItem(BACKUP_KEY, raw)
      return BACKUP_KEY
    }
    const key = `${BACKUP_KEY}:${new Date().toISOString()}`
    store.setItem(key, raw)
    return key
  } catch {
    return null
  }
}

/** Loads from storage, recovering from a bad value. `previous` is this tab's state, if it has one. */
function load(previous: State | null): State {
  const store = storage()
  let raw: string | null
  try {
    raw = store ? store.getItem(STORAGE_KEY) : null
  } catch {
    raw = null
  }
  const parsed = parseStarRecord(raw)
  const faults: StarFaults = { ...(previous?.faults ?? NO_FAULTS) }
  if (parsed.ok) return makeState(parsed.entries, faults)
  const backupKey = store && raw !== null ? backUp(store, raw) : null
  faults.recovered = { backupKey, reason: parsed.reason }
  const keep = previous?.entries ?? new Map<string, number>()
  if (backupKey === null) return makeState(keep, { ...faults, memoryOnly: true }, true)
  return persist(keep, faults)
}

/** Writes the entries; if storage refuses, keeps them in memory and says so. */
function persist(entries: ReadonlyMap<string, number>, faults: StarFaults): State {
  const store = storage()
  let saved = false
  if (store)
    try {
      store.setItem(STORAGE_KEY, serialize(entries))
      saved = true
    } catch {
      saved = false
    }
  return makeState(entries, { ...faults, memoryOnly: !saved })
}

function current(): State {
  if (state === null) state = load(null)
  return state
}

function emit() {
  for (const listener of listeners) listener()
}

function onStorage(event: StorageEvent) {
  // key is null when another tab cleared all storage.
  if (event.key !== STORAGE_KEY && event.key !== null) return
  if (state === null) return
  const mine = state
  let next = load(mine)
  if (mine.faults.memoryOnly && !next.blocked) {
    // This tab could not save its stars: keep them beside what the other tab saved, and try saving again.
    const merged = new Map(next.entries)
    for (const [id, at] of mine.entries) if (!merged.has(id)) merged.set(id, at)
    next = persist(merged, next.faults)
  }
  if (next !== mine) {
    state = next
    emit()
  }
}

/**
 * Applies a change to the latest stored value, not only this tab's copy, so edits from two tabs both count. When
 * this tab runs from memory its own copy is the truth (storage holds an older value that it could not overwrite).
 */
function update(change: (entries: Map<string, number>) => void) {
  const mine = current()
  const base = mine.faults.memoryOnly ? mine : load(mine)
  const entries = new Map(base.entries)
  change(entries)
  state = base.blocked ? makeState(entries, base.faults, true) : persist(entries, base.faults)
  emit()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (!listeningToOtherTabs && typeof window !== 'undefined') {
    window.addEventListener('storage', onStorage)
    listeningToOtherTabs = true
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && listeningToOtherTabs) {
      window.removeEventListener('storage', onStorage)
      listeningToOtherTabs = false
    }
  }
}

function getIds(): ReadonlySet<string> {
  return current().ids
}

function getServerIds(): ReadonlySet<string> {
  return EMPTY_IDS
}

function getFaults(): StarFaults {
  return current().faults
}

function getServerFaults(): StarFaults {
  return NO_FAULTS
}

export const starStore = {
  subscribe,
  getStarredIds: getIds,
  isStarred: (talkId: string) => current().ids.has(talkId),
  /** Ids with the time each was starred, oldest first (insertion order). */
  getEntries: (): StarEntry[] => [...current().entries].map(([id, at]) => ({ id, at })),
  getFaults,
  star(talkId: string) {
    if (current().ids.has(talkId)) return
    update((entries) => {
      if (!entries.has(talkId)) entries.set(talkId, Date.now())
    })
  },
  /** Returns the removed entry, so an Undo can put it back with its original time. */
  unstar(talkId: string): StarEntry | null {
    const at = current().entries.get(talkId)
    if (at === undefined) return null
    update((entries) => {
      entries.delete(talkId)
    })
    return { id: talkId, at }
  },
  /** Returns true when the talk is starred afterwards. */
  toggle(talkId: string): boolean {
    if (current().ids.has(talkId)) {
      starStore.unstar(talkId)
      return false
    }
    starStore.star(talkId)
    return true
  },
  /** Adds ids without removing any (shared links, restores). Returns how many were new. */
  starMany(ids: Iterable<string>): number {
    const now = Date.now()
    return starStore.restore([...ids].map((id) => ({ id, at: now })))
  },
  /** Puts entries back with their own times (Undo, backup restore); existing stars keep theirs. */
  restore(list: Iterable<StarEntry>): number {
    const fresh = [...list].filter((entry) => entry.id !== '' && !current().ids.has(entry.id))
    if (fresh.length === 0) return 0
    let added = 0
    update((entries) => {
      for (const { id, at } of fresh)
        if (!entries.has(id)) {
          entries.set(id, at)
          added++
        }
    })
    return added
  },
  /** The user has read the recovery notice: it is shown once. */
  dismissRecovered() {
    const now = current()
    if (!now.faults.recovered) return
    state = makeState(now.entries, { ...now.faults, recovered: null }, now.blocked)
    emit()
  },
}

/** The starred talk ids; an empty set on the server and during hydration. */
export function useStarredIds(): ReadonlySet<string> {
  return useClientStore(subscribe, getIds, getServerIds)
}

export function useIsStarred(talkId: string): boolean {
  return useClientStore(
    subscribe,
    () => current().ids.has(talkId),
    () => false,
  )
}

export function useStarFaults(): StarFaults {
  return useClientStore(subscribe, getFaults, getServerFaults)
}

/** Forgets the in-memory copy, as a fresh page load would. For tests. */
export function resetStarStoreForTests() {
  state = null
  emit()
}

// The talk rows' star buttons and the notices, which load the store only when needed (star-loader.ts), follow it
// from now on, also when another route loaded it.
starLink.store = starStore
starLink.arrived()
