import { useMemo, useState } from 'react'
import { kindLabel } from '../../components/kind-badge'
import type { ScheduleModel } from '../../data/schedule-model'
import type { ScheduleTalk } from '../../data/types'
import { useStarredIds } from '../../lib/stars/stars'
import { paths } from '../../lib/paths'
import { SEARCH_SUMMARY_ID } from './search-ids'
import { searchHref, type SearchState } from './search-params'
import { SearchResult } from './search-result'
import { useSearchAnswer } from './use-search-answer'
import { Link } from '../../components/link'
import { useLocale } from '../../lib/time-display'
import { filterValueLabel, keyName } from './filter-chips'
import { FilterNotes, unmatchedMessage } from './filter-notes'
import type { OperatorKey } from './query-operators'
import { passesFilters, type SearchScope } from './search-scope'
import type { SearchVocabulary } from './search-vocabulary'

/** Results shown at first and added by each "Show more". */
export const PAGE_SIZE = 20

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/**
 * The ranked results of the URL's query: talks that match every word, then (under their own heading) those that
 * match some, after the filters (kind, starred, and those of the URL and the query's operators). Filters alone, with
 * no words, list every talk that passes them, in time order. A count that screen readers hear as it changes; an
 * empty state that suggests near terms, near names for a filter that means nothing, and the way back to the timeline.
 */
export function SearchResults({
  state,
  scope,
  model,
  vocabulary,
  onChoose,
}: {
  state: SearchState
  scope: SearchScope
  model: ScheduleModel
  vocabulary: SearchVocabulary
  onChoose: (key: OperatorKey, value: string) => void
}) {
  const { kind, starredOnly } = state
  const locale = useLocale()
  const text = scope.text
  const wordless = text.trim() === ''
  const answer = useSearchAnswer(text)
  const starred = useStarredIds()
  const outcome = wordless ? undefined : answer.data?.outcome

  const { all, some } = useMemo(() => {
    const all: ScheduleTalk[] = []
    const some: ScheduleTalk[] = []
    const passes = passesFilters(model, scope.filters)
    const shown = (talk: ScheduleTalk | undefined): talk is ScheduleTalk =>
      Boolean(talk) &&
      (!kind || talk!.kind === kind) &&
      (!starredOnly || starred.has(talk!.id)) &&
      passes(talk!)
    if (wordless) return { all: model.talks.filter(shown), some }
    if (!outcome) return { all, some }
    const talks = model.schedule.talks
    outcome.order.forEach((position, rank) => {
      const talk = talks[position]
      if (shown(talk)) (rank < outcome.allCount ? all : some).push(talk)
    })
    return { all, some }
  }, [outcome, wordless, model, kind, starredOnly, starred, scope.filters])
  const marks = useMemo(() => new Set(outcome?.marks), [outcome])
  const acronyms = outcome?.initials ?? []

  // A new search or filter starts again from the first page.
  const pagingKey = searchHref(state)
  const [paging, setPaging] = useState({ key: pagingKey, shown: PAGE_SIZE })
  if (paging.key !== pagingKey) setPaging({ key: pagingKey, shown: PAGE_SIZE })
  const shown = paging.key === pagingKey ? paging.shown : PAGE_SIZE

  const mismatch = !wordless && answer.data && answer.data.datasetVersion !== model.schedule.version
  const total = all.length + some.length
  const multiWord = (outcome?.words.length ?? 0) > 1
  const unmatched = scope.filters.find((f) => f.matches.length === 0)
  const narrowedBy = [
    ...scope.filters.map((f) => `${keyName(f.key)}: ${filterValueLabel(f, locale)}`),
    kind && `${kindLabel(kind).toLowerCase()}s`,
    starredOnly && 'starred',
  ]
    .filter(Boolean)
    .join(', ')
  const within = narrowedBy ? ` (${narrowedBy})` : ''

  let summary: string
  if (unmatched) summary = unmatchedMessage(unmatched)
  else if (wordless)
    summary =
      total === 0
        ? `No talks${within}.`
        : `${plural(total, 'talk', 'talks')}${within}, in time order.`
  else if (answer.isError) summary = 'Search could not load.'
  else if (mismatch) summary = 'The search index is out of date.'
  else if (!outcome) summary = 'Searching…'
  else if (total === 0) summary = `No talks match “${shorten(text.trim())}”${within}.`
  else if (!multiWord || some.length === 0)
    summary = `${plural(total, 'talk matches', 'talks match')}${multiWord ? ' every word' : ''}${within}.`
  else if (all.length === 0)
    summary = `No talk matches every word; ${plural(some.length, 'talk matches', 'talks match')} some${within}.`
  else
    summary = `${plural(all.length, 'talk matches', 'talks match')} every word, ${some.length.toLocaleString('en-US')} more match some${within}.`

  const visibleAll = all.slice(0, shown)
  const visibleSome = some.slice(0, Math.max(0, shown - all.length))
  const item = (talk: ScheduleTalk) => (
    <SearchResult key={talk.id} talk={talk} model={model} marks={marks} acronyms={acronyms} />
  )

  return (
    <div className="search-results" aria-busy={!wordless && answer.isFetching}>
      <p id={SEARCH_SUMMARY_ID} className="search-results__summary" role="status" tabIndex={-1}>
        {summary}
      </p>
      <FilterNotes filters={scope.filters} vocabulary={vocabulary} onChoose={onChoose} />
      {!wordless && answer.isError && (
        <p>
          {answer.error.message}{' '}
          <button
            type="button"
            className="search-results__more"
            onClick={() => void answer.refetch()}
          >
            Try again
          </button>
        </p>
      )}
      {mismatch && (
        <p>
          This page is older than the schedule it searches. Reload the page to search the current
          one.
        </p>
      )}
      {outcome && !mismatch && !unmatched && total === 0 && (
        <SearchEmpty
          state={state}
          text={text.trim()}
          suggestions={outcome.suggestions}
          filtered={Boolean(narrowedBy)}
        />
      )}
      {visibleAll.length > 0 && <ol className="search-results__list">{visibleAll.map(item)}</ol>}
      {visibleSome.length > 0 && (
        <>
          {multiWord && all.length > 0 && (
            <h2 className="search-results__heading">Matching some of the words</h2>
          )}
          <ol className="search-results__list">{visibleSome.map(item)}</ol>
        </>
      )}
      {total > shown && (
        <button
          type="button"
          className="search-results__more"
          onClick={() => setPaging({ key: pagingKey, shown: shown + PAGE_SIZE })}
        >
          Show more results ({(total - shown).toLocaleString('en-US')} left)
        </button>
      )}
    </div>
  )
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/** Nothing found: near spellings that do match, a way out of the filters, and the timeline. */
function SearchEmpty({
  state,
  text,
  suggestions,
  filtered,
}: {
  state: SearchState
  /** The query's words, without its operators. */
  text: string
  suggestions: readonly string[]
  filtered: boolean
}) {
  return (
    <div className="search-empty">
      {suggestions.length > 0 && (
        <>
          <h2 className="search-empty__heading">Did you mean</h2>
          <ul className="search-empty__suggestions">
            {suggestions.map((suggestion) => (
              <li key={suggestion}>
                <Link to={searchHref({ ...state, query: suggestion })}>{suggestion}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {filtered && (
        <p>
          <Link to={searchHref({ query: text })}>Search all talks</Link> instead of only the
          filtered ones.
        </p>
      )}
      <p>
        Try fewer or other words, or a speaker’s surname, or{' '}
        <Link to={paths.timeline.href()}>browse the timeline</Link>.
      </p>
    </div>
  )
}
