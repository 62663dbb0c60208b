/**
 * What every talk row needs of the stars, without the star store itself in the initial JS. The store (parsing,
 * versioning, recovery, cross-tab merging: star-store.ts) and the Undo offer (star-undo.ts) load the first time there
 * is something for them to do: stars or an unreadable value already saved in this browser, another tab saving stars,
 * a star being pressed, or another route (agenda, search results, a keyboard shortcut) loading the store. Until then
 * a visitor has no stars and no faults, which is exactly what this module says.
 */
import { useClientStore } from './client-store'
import { STORAGE_KEY, starLink, type UndoApi } from './star-link'
import type { StarFaults, starStore } from './star-store'
import type { UndoOffer } from './star-undo'

const listeners = new Set<() => void>()
let loading: Promise<unknown> | null = null
let followingStore = false
let followingUndo = false
let watchingStorage = false
const NO_FAULTS: StarFaults = { recovered: null, memoryOnly: false }

function emit() {
  for (const listener of listeners) listener()
}

/** Loads the store and the Undo offer; star-undo.ts imports the store. Both announce themselves in star-link.ts. */
export function loadStars(): Promise<unknown> {
  loading ??= import('./star-undo').catch((error: unknown) => {
    // A failed chunk load (offline) may work on the next try.
    loading = null
    throw error
  })
  return loading
}

function loadQuietly() {
  loadStars().catch(() => {})
}

function follow() {
  const { store, undo } = starLink
  if (store && !followingStore) {
    followingStore = true
    store.subscribe(emit)
  }
  if (undo && !followingUndo) {
    followingUndo = true
    undo.subscribe(emit)
  }
  // The store came with another route: a star button unstars through the Undo offer, so it comes too.
  if (store && !undo) loadQuietly()
  emit()
}

starLink.arrived = follow
follow()

function savedStarsExist(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null
  } catch {
    return false
  }
}

function onStorage(event: StorageEvent) {
  if (event.key === STORAGE_KEY) loadQuietly()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (!starLink.store) {
    // Checked on every subscription: a page may have saved stars without the store since the last check.
    if (savedStarsExist()) loadQuietly()
    else if (!watchingStorage) {
      watchingStorage = true
      window.addEventListener('storage', onStorage)
    }
  }
  return () => {
    listeners.delete(listener)
  }
}

export function useIsStarred(talkId: string): boolean {
  return useClientStore(
    subscribe,
    () => starLink.store?.isStarred(talkId) ?? false,
    () => false,
  )
}

export function useStarFaults(): StarFaults {
  return useClientStore(
    subscribe,
    () => starLink.store?.getFaults() ?? NO_FAULTS,
    () => NO_FAULTS,
  )
}

export function useUndoOffer(): UndoOffer | null {
  return useClientStore(
    subscribe,
    () => starLink.undo?.current() ?? null,
    () => null,
  )
}

/** Stars the talk, or unstars it offering Undo; loads the store first if need be (at once when it is here). */
export function toggleStar(talkId: string, title: string, starred: boolean) {
  const act = (store: typeof starStore, undo: UndoApi) => {
    if (starred) undo.unstarWithUndo(talkId, title)
    else store.star(talkId)
  }
  if (starLink.store && starLink.undo) act(starLink.store, starLink.undo)
  else
    loadStars().then(
      () => act(starLink.store!, starLink.undo!),
      () => {},
    )
}
