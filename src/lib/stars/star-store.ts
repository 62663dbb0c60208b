/**
 * The stars themselves: this tab's copy of the stored record, how a fault is recovered from, other tabs' changes,
 * and the Undo offered after an unstar. Loaded on demand by stars.ts, the module's public API, which passes in the
 * storage keys it owns; this file imports nothing of stars.ts (a lazy module importing back the module that loads
 * it makes the bundler split that one out of the initial JS into an extra chunk: rolldown/rolldown#10731).
 *
 * Every fault keeps what the user picked:
 * - a value that is not JSON or has an unknown version is copied to a backup key before anything is written, then
 *   the store starts clean and says so once (`faults.recovered`);
 * - entries that cannot be read in an otherwise good record are set aside under `setAsideKey`, and the good ones
 *   kept; the agenda offers to restore whatever is set aside (`getSetAside`);
 * - when storage is disabled or full (`setItem` throws, as in private browsing or at quota) a star lives in memory
 *   for the session and `faults.memoryOnly` is set (`storageFull` at quota), so the UI can say it will not survive
 *   closing the tab; a bulk add (restore, shared link) that cannot be saved is not made at all, and says so;
 * - ids that the current dataset no longer has are kept: the store never looks at the dataset (the agenda checks what
 *   arrives from a file or a link before it gets here).
 *
 * Nothing touches `window` until a call asks.
 */
import { createStore } from '../create-store'
import { MAX_STARS } from './star-bounds'
import { parseStarRecord, serializeStarRecord, type StarEntry } from './star-record'

export interface StarFaults {
  /**
   * Set when the stored value could not be read (whole, or `count` of its entries); what could not be read was kept
   * under `backupKey` (null if even that failed).
   */
  recovered: {
    backupKey: string | null
    reason: 'corrupt' | 'unknown-version' | 'bad-entries'
    count?: number
  } | null
  /** Stars cannot be saved (storage disabled or full): they last until this tab closes. */
  memoryOnly: boolean
  /** The last write failed because storage is full (QuotaExceededError), rather than disabled. */
  storageFull: boolean
}

/** A copy of unreadable star data kept in this browser: the key it is under and its text. */
export interface SetAside {
  key: string
  raw: string
}

/** What a bulk add did. `saved` is false when storage refused it: then nothing was added. */
export interface AddResult {
  added: number
  /** Ids not added because the agenda holds MAX_STARS already. */
  overLimit: number
  saved: boolean
}

/** The latest unstar that can still be undone: a moment of UI, not saved state. */
export interface UndoOffer {
  /** Changes with every offer, so a second unstar restarts the notice. */
  key: number
  title: string
  entry: StarEntry
}

interface State {
  entries: ReadonlyMap<string, number>
  ids: ReadonlySet<string>
  faults: StarFaults
  /** The stored value is unreadable and could not be copied aside: writing would destroy it, so nothing is written. */
  blocked: boolean
  setAside: readonly SetAside[]
}

export type StarStore = ReturnType<typeof createStarStore>

const EMPTY_IDS: ReadonlySet<string> = new Set()
const NO_FAULTS: StarFaults = { recovered: null, memoryOnly: false, storageFull: false }
const NONE_SET_ASIDE: readonly SetAside[] = []

function storage(): Storage | null {
  // Reading `window.localStorage` itself throws when the browser blocks site data.
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

function sameFaults(a: StarFaults, b: StarFaults): boolean {
  return (
    a.memoryOnly === b.memoryOnly &&
    a.storageFull === b.storageFull &&
    a.recovered?.count === b.recovered?.count &&
    a.recovered?.backupKey === b.recovered?.backupKey &&
    a.recovered?.reason === b.recovered?.reason
  )
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  )
}

/**
 * The store over `key`; an unreadable value is copied to `backupKey` (or, if that key holds an older, different
 * copy, to `backupKey` with a timestamp appended), unreadable entries to `setAsideKey`. Called once, by stars.ts.
 */
export function createStarStore(key: string, backupKey: string, setAsideKey: string) {
  let state: State | null = null
  let offer: UndoOffer | null = null
  let nextOfferKey = 1
  // Tells stars.ts about every change; hears other tabs while it listens.
  const changes = createStore(null, () => {
    if (typeof window === 'undefined') return () => {}
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  })

  function makeState(
    entries: ReadonlyMap<string, number>,
    faults: StarFaults,
    blocked = false,
    setAside = state?.setAside ?? NONE_SET_ASIDE,
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
      setAside,
    }
  }

  /** The copies of unreadable data kept in this browser, oldest key first. */
  function readSetAside(store: Storage | null): readonly SetAside[] {
    if (!store) return NONE_SET_ASIDE
    const found: SetAside[] = []
    try {
      for (let i = 0; i < store.length; i++) {
        const name = store.key(i)
        if (name === null || (name !== setAsideKey && !name.startsWith(backupKey))) continue
        const raw = store.getItem(name)
        if (raw !== null) found.push({ key: name, raw })
      }
    } catch {
      return NONE_SET_ASIDE
    }
    if (found.length === 0) return NONE_SET_ASIDE
    found.sort((a, b) => a.key.localeCompare(b.key))
    const same =
      state !== null &&
      state.setAside.length === found.length &&
      found.every((f, i) => state!.setAside[i]?.key === f.key && state!.setAside[i]?.raw === f.raw)
    return same ? state!.setAside : found
  }

  /** Adds unreadable entries to the set-aside list (never replacing what is there). Returns false if it failed. */
  function setEntriesAside(store: Storage, rejected: unknown[]): boolean {
    try {
      let list: unknown[] = []
      const existing = store.getItem(setAsideKey)
      if (existing !== null) {
        const parsed: unknown = JSON.parse(existing)
        list = Array.isArray(parsed) ? parsed : [parsed]
      }
      store.setItem(setAsideKey, JSON.stringify([...list, ...rejected]))
      return true
    } catch {
      return false
    }
  }

  /** Copies an unreadable value aside without overwriting an earlier, different copy. Returns the key, or null. */
  function backUp(store: Storage, raw: string): string | null {
    try {
      const existing = store.getItem(backupKey)
      if (existing === null || existing === raw) {
        store.setItem(backupKey, raw)
        return backupKey
      }
      const stamped = `${backupKey}:${new Date().toISOString()}`
      store.setItem(stamped, raw)
      return stamped
    } catch {
      return null
    }
  }

  /** Loads from storage, recovering from a bad value. `previous` is this tab's state, if it has one. */
  function load(previous: State | null): State {
    const store = storage()
    let raw: string | null
    try {
      raw = store ? store.getItem(key) : null
    } catch {
      raw = null
    }
    const parsed = parseStarRecord(raw)
    const faults: StarFaults = { ...(previous?.faults ?? NO_FAULTS) }
    if (parsed.ok && parsed.rejected.length === 0)
      return makeState(parsed.entries, faults, false, readSetAside(store))
    if (parsed.ok) {
      // Some entries are bad: set them aside, keep the good ones.
      const count = parsed.rejected.length
      if (!store || !setEntriesAside(store, parsed.rejected)) {
        const recovered = { backupKey: null, reason: 'bad-entries' as const, count }
        return makeState(parsed.entries, { ...faults, recovered, memoryOnly: true }, true)
      }
      faults.recovered = { backupKey: setAsideKey, reason: 'bad-entries', count }
      return persist(parsed.entries, faults, readSetAside(store)).state
    }
    const kept = store && raw !== null ? backUp(store, raw) : null
    faults.recovered = { backupKey: kept, reason: parsed.reason }
    const keep = previous?.entries ?? new Map<string, number>()
    if (kept === null) return makeState(keep, { ...faults, memoryOnly: true }, true)
    return persist(keep, faults, readSetAside(store)).state
  }

  /**
   * Writes the entries and says whether storage took them. On failure the stored value is as it was (setItem is
   * all or nothing); the returned state keeps the entries in memory and says so.
   */
  function persist(
    entries: ReadonlyMap<string, number>,
    faults: StarFaults,
    setAside?: readonly SetAside[],
  ): { state: State; saved: boolean } {
    const store = storage()
    let saved = false
    let full = false
    if (store)
      try {
        store.setItem(key, serializeStarRecord(entries))
        saved = true
      } catch (error) {
        full = isQuotaError(error)
      }
    const next = makeState(
      entries,
      { ...faults, memoryOnly: !saved, storageFull: full },
      false,
      setAside,
    )
    return { state: next, saved }
  }

  function current(): State {
    if (state === null) state = load(null)
    return state
  }

  function onStorage(event: StorageEvent) {
    // key is null when another tab cleared all storage.
    if (event.key !== key && event.key !== null) return
    if (state === null) return
    const mine = state
    let next = load(mine)
    if (mine.faults.memoryOnly && !next.blocked) {
      // This tab could not save its stars: keep them beside what the other tab saved, and try saving again.
      const merged = new Map(next.entries)
      for (const [id, at] of mine.entries) if (!merged.has(id)) merged.set(id, at)
      next = persist(merged, next.faults).state
    }
    if (next !== mine) {
      state = next
      changes.emit()
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
    state = base.blocked
      ? makeState(entries, base.faults, true)
      : persist(entries, base.faults).state
    changes.emit()
  }

  /**
   * A bulk change that is saved or not made: when storage refuses it, this tab keeps what it had (and says the
   * storage is full), so nothing is ever reported as added that a reload would lose.
   */
  function updateAll(change: (entries: Map<string, number>) => void): boolean {
    const mine = current()
    const base = mine.faults.memoryOnly ? mine : load(mine)
    const entries = new Map(base.entries)
    change(entries)
    if (base.blocked) return false
    const { state: next, saved } = persist(entries, base.faults)
    state = saved
      ? next
      : makeState(base.entries, { ...next.faults, memoryOnly: base.faults.memoryOnly })
    changes.emit()
    return saved
  }

  function setOffer(next: UndoOffer | null) {
    offer = next
    changes.emit()
  }

  const stars = {
    subscribe: changes.subscribe,
    getStarredIds: (): ReadonlySet<string> => current().ids,
    isStarred: (talkId: string) => current().ids.has(talkId),
    /** Ids with the time each was starred, oldest first (insertion order). */
    getEntries: (): StarEntry[] => [...current().entries].map(([id, at]) => ({ id, at })),
    getFaults: (): StarFaults => current().faults,
    /** Copies of unreadable star data kept in this browser (see the module comment). */
    getSetAside: (): readonly SetAside[] => current().setAside,
    getUndoOffer: () => offer,
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
        stars.unstar(talkId)
        return false
      }
      stars.star(talkId)
      return true
    },
    /** Adds ids without removing any (shared links, restores), all saved or none. */
    starMany(ids: Iterable<string>): AddResult {
      const now = Date.now()
      return stars.restore([...ids].map((id) => ({ id, at: now })))
    },
    /**
     * Puts entries back with their own times (Undo, backup restore); existing stars keep theirs. Adds up to
     * MAX_STARS in all, and only if storage takes them: otherwise nothing (`saved: false`).
     */
    restore(list: Iterable<StarEntry>): AddResult {
      const fresh = [...list].filter((entry) => entry.id !== '' && !current().ids.has(entry.id))
      if (fresh.length === 0) return { added: 0, overLimit: 0, saved: true }
      let added = 0
      let overLimit = 0
      const saved = updateAll((entries) => {
        for (const { id, at } of fresh)
          if (entries.has(id)) continue
          else if (entries.size >= MAX_STARS) overLimit++
          else {
            entries.set(id, at)
            added++
          }
      })
      return saved ? { added, overLimit, saved } : { added: 0, overLimit: 0, saved }
    },
    /** Unstars all of these at once (the agenda's "remove" for talks gone from the schedule). Returns them. */
    unstarMany(ids: Iterable<string>): StarEntry[] {
      const removed: StarEntry[] = []
      const wanted = new Set(ids)
      update((entries) => {
        for (const id of wanted) {
          const at = entries.get(id)
          if (at === undefined) continue
          removed.push({ id, at })
          entries.delete(id)
        }
      })
      return removed
    },
    /**
     * Moves stars to the new ids of talks the source renamed ([previous id, current id]), each keeping its place and
     * the time it was starred; when the new id is starred already, the old star just goes. One write. Returns
     * whether storage took it (true when there was nothing to move): when not, the move holds in this tab only, and
     * the schedule-change check, which leaves the version unseen, moves them again on the next load.
     */
    renameStars(pairs: Iterable<readonly [from: string, to: string]>): boolean {
      const renames = new Map<string, string>()
      for (const [from, to] of pairs) if (from !== to && to !== '') renames.set(from, to)
      const mine = current()
      const base = mine.faults.memoryOnly ? mine : load(mine)
      if (![...renames.keys()].some((from) => base.entries.has(from))) return true
      const entries = new Map<string, number>()
      for (const [id, at] of base.entries) {
        const to = renames.get(id)
        if (to === undefined) entries.set(id, at)
        else if (!base.entries.has(to) && !entries.has(to)) entries.set(to, at)
      }
      const { state: next, saved } = base.blocked
        ? { state: makeState(entries, base.faults, true), saved: false }
        : persist(entries, base.faults)
      state = next
      changes.emit()
      return saved
    },
    /** Forgets a set-aside copy (after it was restored, or on the attendee's word). */
    discardSetAside(keys: Iterable<string>) {
      const store = storage()
      if (!store) return
      for (const name of keys)
        if (name === setAsideKey || name.startsWith(backupKey))
          try {
            store.removeItem(name)
          } catch {
            // Storage went away: the copy stays, and is offered again.
          }
      const now = current()
      state = makeState(now.entries, now.faults, now.blocked, readSetAside(store))
      changes.emit()
    },
    /** Unstars the talk and offers to put it back (the star button's and the `s` key's way of unstarring). */
    unstarWithUndo(talkId: string, title: string) {
      const entry = stars.unstar(talkId)
      if (entry) setOffer({ key: nextOfferKey++, title, entry })
    },
    undoUnstar(offerKey: number) {
      if (!offer || offer.key !== offerKey) return
      stars.restore([offer.entry])
      setOffer(null)
    },
    dismissUndo(offerKey: number) {
      if (offer?.key === offerKey) setOffer(null)
    },
    /** The user has read the recovery notice: it is shown once. */
    dismissRecovered() {
      const now = current()
      if (!now.faults.recovered) return
      state = makeState(now.entries, { ...now.faults, recovered: null }, now.blocked)
      changes.emit()
    },
    /** Forgets the in-memory copy, as a fresh page load would. For tests. */
    resetForTests() {
      state = null
      offer = null
      changes.emit()
    },
  }
  return stars
}
