/**
 * The search's state lives in the URL, so a search link opens the same results: the schedule's filters (`day`,
 * `room`, `track`, `type`: src/lib/schedule-filters.ts, shared with the timeline), `by` (a speaker, as written), `q`
 * (the query, as typed), `kind` (a talk kind, or absent for all) and `starred=1` (starred talks only). Anything else
 * in a hand-made URL is ignored rather than trusted: an unknown kind means all kinds; a filter the conference does
 * not have is shown as such by the page.
 */
import { TALK_KINDS, type TalkKind } from '../../data/types'
import { paths } from '../../lib/paths'
import {
  NO_FILTERS,
  readScheduleFilters,
  writeScheduleFilters,
  type ScheduleFilters,
} from '../../lib/schedule-filters'

export interface SearchState {
  query: string
  kind: TalkKind | null
  starredOnly: boolean
  filters: ScheduleFilters
  /** Talks by speakers with this name (or a word of it: `smith`). */
  by: string | null
}

export const NO_SEARCH: SearchState = {
  query: '',
  kind: null,
  starredOnly: false,
  filters: NO_FILTERS,
  by: null,
}

/** Longer than any real room, track, type or speaker's name: a hostile URL's or query's essay goes no further. */
export const MAX_FILTER_VALUE = 200

const KINDS: ReadonlySet<string> = new Set(TALK_KINDS)

export function isTalkKind(value: string | null): value is TalkKind {
  return value !== null && KINDS.has(value)
}

/** From a URL's search part ("?q=..." or a URLSearchParams). Malformed % escapes decode to U+FFFD, never throw. */
export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const kind = params.get('kind')
  const by = params.get('by')?.trim().slice(0, MAX_FILTER_VALUE)
  return {
    query: params.get('q') ?? '',
    kind: isTalkKind(kind) ? kind : null,
    starredOnly: params.get('starred') === '1',
    filters: readScheduleFilters(params),
    by: by ? by : null,
  }
}

/** The search page's URL (without the base path) for a state; empty parts are left out. Filters come first. */
export function searchHref(state: Partial<SearchState>): string {
  const { query = '', kind = null, starredOnly = false, filters = NO_FILTERS, by = null } = state
  const params = writeScheduleFilters(new URLSearchParams(), filters)
  if (by) params.set('by', by)
  if (query !== '') params.set('q', query)
  if (kind) params.set('kind', kind)
  if (starredOnly) params.set('starred', '1')
  const search = params.toString()
  return search ? `${paths.search.path}?${search}` : paths.search.path
}
