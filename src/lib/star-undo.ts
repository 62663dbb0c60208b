/**
 * The latest unstar that can still be undone. The star button offers it; the shell's notices show it for a few
 * seconds. Kept apart from the star store because it is a moment of UI, not saved state.
 */
import { useSyncExternalStore } from 'react'
import { starLink } from './star-link'
import { starStore, type StarEntry } from './star-store'

export interface UndoOffer {
  /** Changes with every offer, so a second unstar restarts the notice. */
  key: number
  title: string
  entry: StarEntry
}

let offer: UndoOffer | null = null
let nextKey = 1
const listeners = new Set<() => void>()

function emit() {
  for (const listener of listeners) listener()
}

export function subscribeUndo(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function currentUndoOffer(): UndoOffer | null {
  return offer
}

/** Unstars the talk and offers to put it back. */
export function unstarWithUndo(talkId: string, title: string) {
  const entry = starStore.unstar(talkId)
  if (!entry) return
  offer = { key: nextKey++, title, entry }
  emit()
}

export function undoUnstar(key: number) {
  if (!offer || offer.key !== key) return
  starStore.restore([offer.entry])
  offer = null
  emit()
}

export function dismissUndo(key: number) {
  if (!offer || offer.key !== key) return
  offer = null
  emit()
}

export function useUndoOffer(): UndoOffer | null {
  return useSyncExternalStore(subscribeUndo, currentUndoOffer, () => null)
}

starLink.undo = { subscribe: subscribeUndo, current: currentUndoOffer, unstarWithUndo }
starLink.arrived()
