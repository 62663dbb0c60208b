/**
 * The filters a search runs under, from the URL's parameters and the query's operators together, and the changes a
 * chip, a select or the search box make to them. Pure functions of the state and the conference's vocabulary.
 *
 * An operator in the query wins over the URL's filter of the same key (it was written later); the last of several
 * alike wins. A filter that means nothing at this conference keeps its place: the page says so, and no talk passes.
 */
import { dayOfTalk, roomOfTalk, type ScheduleModel } from '../../data/schedule-model'
import type { TalkSummary } from '../../data/types'
import {
  OPERATOR_KEYS,
  parseQuery,
  withoutOperators,
  type OperatorKey,
  type WrittenOperator,
} from './query-operators'
import type { SearchState } from './search-params'
import { resolveValue, type Choice, type SearchVocabulary } from './search-vocabulary'

export interface ActiveFilter {
  key: OperatorKey
  /** As written, in the URL or after the operator's colon. */
  written: string
  /** The operator in the query it comes from; null when it is the URL's. */
  operator: WrittenOperator | null
  /** What it means here: none (say so), one, or several (talks of any of them pass). */
  matches: Choice[]
}

export interface SearchScope {
  /** What the engine searches for: the query without its operators. */
  text: string
  filters: ActiveFilter[]
}

function urlValue(state: SearchState, key: OperatorKey): string | null {
  return key === 'by' ? state.by : state.filters[key]
}

export function searchScope(state: SearchState, vocabulary: SearchVocabulary): SearchScope {
  const { operators, text } = parseQuery(state.query)
  const filters: ActiveFilter[] = []
  for (const key of OPERATOR_KEYS) {
    // `room:` alone is being typed: not yet a filter, and nothing to complain about.
    const operator = operators.findLast((op) => op.key === key && op.value !== '') ?? null
    const written = operator?.value ?? urlValue(state, key)
    if (written === null) continue
    filters.push({ key, written, operator, matches: resolveValue(written, vocabulary[key]) })
  }
  return { text, filters }
}

/** Whether a talk passes every filter. */
export function passesFilters(
  model: ScheduleModel,
  filters: readonly ActiveFilter[],
): (talk: TalkSummary) => boolean {
  const allowed = new Map(filters.map((f) => [f.key, new Set(f.matches.map((m) => m.value))]))
  const value: Record<OperatorKey, (talk: TalkSummary) => (string | undefined)[]> = {
    day: (talk) => [dayOfTalk(talk, model.schedule, model.sessionById)],
    room: (talk) => [roomOfTalk(model, talk)?.id],
    track: (talk) => [talk.track],
    type: (talk) => [talk.type],
    by: (talk) => talk.authorIds.map((id) => model.authorById.get(id)?.name),
  }
  return (talk) =>
    [...allowed].every(([key, values]) =>
      value[key](talk).some((v) => v !== undefined && values.has(v)),
    )
}

function withFilter(state: SearchState, key: OperatorKey, value: string | null): SearchState {
  return key === 'by'
    ? { ...state, by: value }
    : { ...state, filters: { ...state.filters, [key]: value } }
}

function withoutKeyInQuery(query: string, key: OperatorKey): string {
  return withoutOperators(
    query,
    parseQuery(query).operators.filter((op) => op.key === key),
  )
}

/** The state with this filter gone, from the URL and the query alike. */
export function removeFilter(state: SearchState, key: OperatorKey): SearchState {
  return withFilter({ ...state, query: withoutKeyInQuery(state.query, key) }, key, null)
}

/** The state with this key set to one value (a select, a "did you mean"), in the URL; the query's own goes. */
export function chooseFilter(
  state: SearchState,
  key: OperatorKey,
  value: string | null,
): SearchState {
  return withFilter({ ...state, query: withoutKeyInQuery(state.query, key) }, key, value)
}

/**
 * What the search box does as the attendee types: each finished operator that means something here moves out of
 * the query into the URL, where a chip shows it. `final` (Enter) moves an operator still at the end of the query
 * too. A room, track, type or day moves only when it means exactly one (its id or published name goes to the URL);
 * an unknown or ambiguous one stays in the query, where the page says what is wrong with it.
 */
export function moveOperators(
  state: SearchState,
  vocabulary: SearchVocabulary,
  final: boolean,
): SearchState {
  const moved: WrittenOperator[] = []
  let next = state
  for (const operator of parseQuery(state.query).operators) {
    if (operator.value === '' || !(operator.complete || final)) continue
    const matches = resolveValue(operator.value, vocabulary[operator.key])
    if (matches.length === 0 || (matches.length > 1 && operator.key !== 'by')) continue
    // Several speakers called Smith: the URL keeps "smith", which means all of them.
    next = withFilter(next, operator.key, matches.length === 1 ? matches[0]!.value : operator.value)
    moved.push(operator)
  }
  return moved.length === 0 ? state : { ...next, query: withoutOperators(state.query, moved) }
}
