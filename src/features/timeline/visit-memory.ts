/**
 * Telling a fresh visit of the timeline from a return to it, and where the reader was. Router location keys name
 * history entries, so a position saved under one is found again when Back returns to that entry.
 */
import type { NavigationType } from 'react-router-dom'

const positions = new Map<string, number>()
let firstEntrySeen = false

function documentNavigationType(): string {
  const entry = performance.getEntriesByType('navigation')[0] as
    PerformanceNavigationTiming | undefined
  return entry?.type ?? 'navigate'
}

/**
 * A link or a typed address is fresh; Back and Forward are not. The page's first entry ("default" key, POP) is fresh
 * when the document itself was opened fresh, and only until the timeline has arrived there (`arrivedAt`): later POPs
 * to it are Back. Pure, so a render may ask.
 */
export function isFreshVisit(locationKey: string, navigationType: NavigationType): boolean {
  if (navigationType !== 'POP') return true
  if (locationKey !== 'default' || firstEntrySeen) return false
  return documentNavigationType() === 'navigate'
}

/** The timeline has arrived at this history entry (and scrolled where a fresh visit or a return should). */
export function arrivedAt(locationKey: string) {
  if (locationKey === 'default') firstEntrySeen = true
}

export function rememberScroll(locationKey: string, top: number) {
  positions.set(locationKey, top)
}

export function savedScroll(locationKey: string): number | undefined {
  return positions.get(locationKey)
}

/** For tests: forget the page's history. */
export function resetVisitMemory() {
  positions.clear()
  firstEntrySeen = false
}
