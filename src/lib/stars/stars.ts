/**
 * The attendee's starred talks: the one API for reading and changing them, and the owner of their localStorage keys.
 *
 * This part is in every page's initial JS, so it stays small: the store itself (parsing, recovery, cross-tab merging,
 * Undo: star-store.ts) loads the first time there is something for it to do: stars or an unreadable value already
 * saved in this browser, another tab saving stars, a star being pressed, or a route that reads the stars as it
 * renders (the agenda and the search results: see src/app/router.tsx) or changes them (the `s` key). Until then a
 * visitor has no stars and no faults, which is exactly what the hooks say.
 *
 * React reads the stars through `useClientStore` (../client-store.ts): no stars on the server and while hydrating; a
 * page that hydrates shows the reader's stars in the render that follows, which yields to the browser.
 */
import { useClientStore } from '../client-store'
import { createStore } from '../create-store'
import type { AddResult, SetAside, StarFaults, StarStore, UndoOffer } from './star-store'

export type { StarEntry } from './star-record'
export type { AddResult, SetAside, StarFaults, StarStore, UndoOffer }

export const STORAGE_KEY = 'plenary:stars'
/** Where an unreadable value is kept. */
export const BACKUP_KEY = 'plenary:stars:backup'
/** Where entries that could not be read are kept, apart from the good ones. */
export const SET_ASIDE_KEY = 'plenary:stars:set-aside'

const NO_STARS: ReadonlySet<string> = new Set()
const NO_FAULTS: StarFaults = { recovered: null, memoryOnly: false, storageFull: false }

/** The store once loaded, announced again with each of its changes. */
const loaded = createStore<StarStore | null>(null)
let loading: Promise<StarStore> | null = null
let watchingStorage = false

/** The store, loading it if need be. Its changes reach the hooks below from then on. */
export function loadStars(): Promise<StarStore> {
  loading ??= import('./star-store').then(
    ({ createStarStore }) => {
      const store = createStarStore(STORAGE_KEY, BACKUP_KEY, SET_ASIDE_KEY)
      store.subscribe(loaded.emit)
      loaded.set(store)
      return store
    },
    (error: unknown) => {
      // A failed chunk load (offline) may work on the next try.
      loading = null
      throw error
    },
  )
  return loading
}

/** Runs `act` with the store: at once when it is here, else once it has loaded (not at all if it cannot load). */
export function withStars(act: (store: StarStore) => void) {
  const store = loaded.get()
  if (store) act(store)
  else loadStars().then(act, () => {})
}

/** Stars the talk, or unstars it offering Undo. */
export function toggleStar(talkId: string, title: string, starred: boolean) {
  withStars((store) => {
    if (starred) store.unstarWithUndo(talkId, title)
    else store.star(talkId)
  })
}

/**
 * Moves the stars of talks the source renamed to their current ids ([previous id, current id]), for the
 * schedule-change check (src/lib/changes/check-for-changes.ts). Rejects when storage did not take it, so the check
 * leaves the version unseen and moves them again on the next load.
 */
export async function renameStars(pairs: readonly (readonly [from: string, to: string])[]) {
  const store = await loadStars()
  if (!store.renameStars(pairs)) throw new Error('The moved stars could not be saved')
}

function savedStarsExist(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null
  } catch {
    return false
  }
}

function onStorage(event: StorageEvent) {
  if (event.key === STORAGE_KEY) loadStars().catch(() => {})
}

function subscribe(listener: () => void): () => void {
  const unsubscribe = loaded.subscribe(listener)
  if (!loaded.get()) {
    // Checked on every subscription: a page may have saved stars without the store since the last check.
    if (savedStarsExist()) loadStars().catch(() => {})
    else if (!watchingStorage) {
      watchingStorage = true
      window.addEventListener('storage', onStorage)
    }
  }
  return unsubscribe
}

/** The starred talk ids; an empty set on the server and during hydration. */
export function useStarredIds(): ReadonlySet<string> {
  return useClientStore(
    subscribe,
    () => loaded.get()?.getStarredIds() ?? NO_STARS,
    () => NO_STARS,
  )
}

export function useIsStarred(talkId: string): boolean {
  return useClientStore(
    subscribe,
    () => loaded.get()?.isStarred(talkId) ?? false,
    () => false,
  )
}

export function useStarFaults(): StarFaults {
  return useClientStore(
    subscribe,
    () => loaded.get()?.getFaults() ?? NO_FAULTS,
    () => NO_FAULTS,
  )
}

export function useUndoOffer(): UndoOffer | null {
  return useClientStore(
    subscribe,
    () => loaded.get()?.getUndoOffer() ?? null,
    () => null,
  )
}

/** Any reading of the loaded store, for the views that load with it (the agenda); `fallback` until it is here. */
export function useStarStore<T>(read: (store: StarStore) => T, fallback: T): T {
  return useClientStore(
    subscribe,
    () => {
      const store = loaded.get()
      return store ? read(store) : fallback
    },
    () => fallback,
  )
}
