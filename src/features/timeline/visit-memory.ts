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
 * when the document itself was opened fresh, and only the first time: later POPs to it are Back.
 */
export function isFreshVisit(locationKey: string, navigationType: NavigationType): boolean {
  if (navigationType !== 'POP') return true
  if (locationKey !== 'default' || firstEntrySeen) return false
  firstEntrySeen = true
  return documentNavigationType() === 'navigate'
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
