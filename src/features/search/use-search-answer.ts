import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { loadSearchClient } from './search-loader'

/**
 * The ranked answer to a query, from the search worker. Derived from the URL's query: nothing is stored but the
 * cache of recent answers (so Back shows results at once). While the next answer is on its way the previous one
 * stays on screen, so results do not flash empty between keystrokes.
 */
export function useSearchAnswer(query: string) {
  return useQuery({
    queryKey: ['search', query],
    queryFn: async () => (await loadSearchClient()).search(query),
    enabled: query.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: 1,
  })
}
