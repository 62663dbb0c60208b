/** Messages between the page and the search worker (search.worker.ts). */
import type { SearchOutcome } from './engine/search-engine'

/**
 * Every request names the index's URL (absolute), so a worker whose first load failed (offline) loads it again on
 * the next request. `query: null` only loads: it warms the index up while the attendee is still typing.
 */
export interface SearchRequest {
  id: number
  url: string
  query: string | null
}

export type SearchReply =
  | { id: number; ok: true; datasetVersion: string; outcome: SearchOutcome | null }
  | { id: number; ok: false; error: string }
