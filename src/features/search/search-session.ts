/**
 * One loaded index and the searches run on it: what the worker does, written as plain functions so the same code
 * runs in the worker and, where there is no Worker (tests, very old browsers), on the page.
 */
import { search, type SearchOutcome } from './engine/search-engine'
import type { SearchAsset } from './engine/search-asset'
import { buildSearchIndex, type SearchIndex } from './engine/search-index'

export interface SearchSession {
  datasetVersion: string
  run(query: string): SearchOutcome
}

export async function openSearchSession(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<SearchSession> {
  const response = await fetchImpl(url)
  if (!response.ok) throw new Error(`Could not load the search index (${response.status}).`)
  const index: SearchIndex = buildSearchIndex((await response.json()) as SearchAsset)
  return { datasetVersion: index.datasetVersion, run: (query) => search(index, query) }
}
