/**
 * The stars themselves: this tab's copy of the stored record, how a fault is recovered from, other tabs' changes,
 * and the Undo offered after an unstar. Loaded on demand by stars.ts, the module's public API, which passes in the
 * storage keys it owns; this file imports nothing of stars.ts (a lazy module importing back the module that loads
 * it makes the bundler split that one out of the initial JS into an extra chunk: rolldown/rolldown#10731).
 *
 * Every fault keeps what the user picked:
 * - a value that is not JSON or has an unknown version is copied to a backup key before anything is written, then
 *   the store starts clean and says so once (`faults.recovered`);
 * - when storage is disabled or full (`setItem` throws, as in private browsing or at quota) the stars live in memory
 *   for the session and `faults.memoryOnly` is set, so the UI can say they will not survive closing the tab;
 * - ids that the current dataset no longer has are kept: the store never looks at the dataset.
 *
 * Nothing touches `window` until a call asks.
 */
import { createStore } from '../create-store'
import { parseStarRecord, serializeStarRecord, type StarEntry } from './star-record'

export interface StarFaults {
  /** Set when the stored value could not be read; it was kept under `backupKey` (null if even that failed). */
  recovered: { backupKey: string | null; reason: 'corrupt' | 'unknown-version' } | null
  /** Stars cannot be saved (storage disabled or full): they last until this tab closes. */
  memoryOnly: boolean
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
}

export type StarStore = ReturnType<typeof createStarStore>

const EMPTY_IDS: ReadonlySet<string> = new Set()
const NO_FAULTS: StarFaults = { recovered: null, memoryOnly: false }

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
    a.recovered?.backupKey === b.recovered?.backupKey &&
    a.recovered?.reason === b.recovered?.reason
  )
}

/**
 * The store over `key`; an unreadable value is copied to `backupKey` (or, if that key holds an older, different
 * copy, to `backupKey` with a timestamp appended). Called once, by stars.ts.
 */
export function createStarStore(key: string, backupKey: string) {
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
    if (parsed.ok) return makeState(parsed.entries, faults)
    const kept = store && raw !== null ? backUp(store, raw) : null
    faults.recovered = { backupKey: kept, reason: parsed.reason }
    const keep = previous?.entries ?? new Map<string, number>()
    if (kept === null) return makeState(keep, { ...faults, memoryOnly: true }, true)
    return persist(keep, faults)
  }

  /** Writes the entries; if storage refuses, keeps them in memory and says so. */
  function persist(entries: ReadonlyMap<string, number>, faults: StarFaults): State {
    const store = storage()
    let saved = false
    if (store)
      try {
        store.setItem(key, serializeStarRecord(entries))
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
      next = persist(merged, next.faults)
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
    state = base.blocked ? makeState(entries, base.faults, true) : persist(entries, base.faults)
    changes.emit()
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
    /** Adds ids without removing any (shared links, restores). Returns how many were new. */
    starMany(ids: Iterable<string>): number {
      const now = Date.now()
      return stars.restore([...ids].map((id) => ({ id, at: now })))
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
