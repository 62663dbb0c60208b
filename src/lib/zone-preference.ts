/**
 * Which zone the viewer wants times in: the conference's (default) or their own. The one module that owns its
 * localStorage key. SSR-safe: nothing touches `window` until a client render or a call asks, and the server snapshot
 * is always the conference's zone.
 */
import { useClientStore } from './client-store'
import { createStore } from './create-store'

export type ZoneChoice = 'conference' | 'viewer'

export const ZONE_STORAGE_KEY = 'plenary:time-zone'

// Used when storage is blocked (private mode, disabled site data): the choice then lasts for this page.
let memoryChoice: ZoneChoice | null = null

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

function read(): ZoneChoice {
  if (memoryChoice) return memoryChoice
  try {
    return storage()?.getItem(ZONE_STORAGE_KEY) === 'viewer' ? 'viewer' : 'conference'
  } catch {
    return 'conference'
  }
}

// The choice itself is read from storage; the store only says when it changed (here or in another tab).
const changes = createStore(null, () => {
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
})

function onStorage(event: StorageEvent) {
  if (event.key === ZONE_STORAGE_KEY || event.key === null) changes.emit()
}

export function setZoneChoice(choice: ZoneChoice) {
  memoryChoice = null
  try {
    const store = storage()
    if (!store) throw new Error('no storage')
    if (choice === 'viewer') store.setItem(ZONE_STORAGE_KEY, 'viewer')
    else store.removeItem(ZONE_STORAGE_KEY)
  } catch {
    memoryChoice = choice
  }
  changes.emit()
}

/** The remembered choice; "conference" on the server and during hydration. */
export function useZoneChoice(): ZoneChoice {
  return useClientStore(changes.subscribe, read, () => 'conference')
}

/** Forgets an in-memory choice; for tests. */
export function resetZoneChoiceForTests() {
  memoryChoice = null
  changes.emit()
}
