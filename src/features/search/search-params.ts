/**
 * The search's state lives in the URL, so a search link opens the same results: `q` (the query, as typed), `kind`
 * (a talk kind, or absent for all) and `starred=1` (starred talks only). Anything else in a hand-made URL is
 * ignored rather than trusted: an unknown kind means all kinds.
 */
import { TALK_KINDS, type TalkKind } from '../../data/types'
import { paths } from '../../lib/paths'

export interface SearchState {
  query: string
  kind: TalkKind | null
  starredOnly: boolean
}

const KINDS: ReadonlySet<string> = new Set(TALK_KINDS)

export function isTalkKind(value: string | null): value is TalkKind {
  return value !== null && KINDS.has(value)
}

/** From a URL's search part ("?q=..." or a URLSearchParams). Malformed % escapes decode to U+FFFD, never throw. */
export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const kind = params.get('kind')
  return {
    query: params.get('q') ?? '',
    kind: isTalkKind(kind) ? kind : null,
    starredOnly: params.get('starred') === '1',
  }
}

/** The search page's URL (without the base path) for a state; empty parts are left out. */
export function searchHref({
  query = '',
  kind = null,
  starredOnly = false,
}: Partial<SearchState>): string {
  const params = new URLSearchParams()
  if (query !== '') params.set('q', query)
  if (kind) params.set('kind', kind)
  if (starredOnly) params.set('starred', '1')
  const search = params.toString()
  return search ? `${paths.search.path}?${search}` : paths.search.path
}
