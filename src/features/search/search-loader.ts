/**
 * The only piece of search in the initial JS: a few lines that load the rest (search-client.ts, the engine and
 * Fuse.js, and the index) the first time search is used. The header's box calls `prefetchSearch` when it gets
 * focus, so the index is usually ready by the time the first word is typed.
 */
import type { SearchClient } from './search-client'

let client: Promise<SearchClient> | null = null

export function loadSearchClient(): Promise<SearchClient> {
  client ??= import('./search-client')
    .then(({ createSearchClient }) => createSearchClient())
    .catch((error: unknown) => {
      // A failed chunk load (offline) may work on the next try.
      client = null
      throw error
    })
  return client
}

export function prefetchSearch(): void {
  loadSearchClient().then(
    (loaded) => loaded.warm(),
    () => {},
  )
}

/** Forgets the loaded client, as a fresh page load would. For tests. */
export function resetSearchClientForTests(): void {
  client = null
}
