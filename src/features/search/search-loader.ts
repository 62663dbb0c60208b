/**
 * The only piece of search in the initial JS: a few lines that load the rest (search-client.ts, the engine and
 * Fuse.js, and the index; search-typing.tsx, what the header's box does with what is typed) the first time search
 * is used. The header's box calls `prefetchSearch` when it gets focus, so the index is usually ready by the time the
 * first word is typed.
 */
import type { SearchClient } from './search-client'
import type { SearchTyping } from './search-typing'

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

let typing: Promise<typeof SearchTyping> | null = null

export function loadSearchTyping(): Promise<typeof SearchTyping> {
  typing ??= import('./search-typing').then(
    (loaded) => loaded.SearchTyping,
    (error: unknown) => {
      typing = null
      throw error
    },
  )
  return typing
}

/** Forgets the loaded client, as a fresh page load would. For tests. */
export function resetSearchClientForTests(): void {
  client = null
}
