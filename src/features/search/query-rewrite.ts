/**
 * How the header's box learns what the conference's rooms, tracks and speakers are without loading them itself: the
 * search page, which has the schedule, lends it a rewrite (moving finished operators out of the query into the URL:
 * search-scope.ts `moveOperators`) while it is shown. Kept tiny: the box is in every page's first load.
 */
import type { SearchState } from './search-params'

type Rewrite = (state: SearchState, final: boolean) => SearchState

let current: Rewrite | null = null
const listeners = new Set<() => void>()

export function rewriteQuery(state: SearchState, final: boolean): SearchState {
  return current ? current(state, final) : state
}

/** Lends the rewrite (null takes it back) and tells the box, which applies it to what is typed already. */
export function lendQueryRewrite(rewrite: Rewrite | null): void {
  current = rewrite
  if (rewrite) for (const listener of listeners) listener()
}

export function onQueryRewrite(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
