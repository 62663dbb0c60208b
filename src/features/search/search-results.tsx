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

/** Results shown at first and added by each "Show more". */
export const PAGE_SIZE = 20

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/**
 * The ranked results of the URL's query: talks that match every word, then (under their own heading) those that
 * match some, after the kind and starred filters. A count that screen readers hear as it changes; an empty state
 * that suggests near terms and the way back to the timeline.
 */
export function SearchResults({ state, model }: { state: SearchState; model: ScheduleModel }) {
  const { query, kind, starredOnly } = state
  const answer = useSearchAnswer(query)
  const starred = useStarredIds()
  const outcome = answer.data?.outcome

  const { all, some } = useMemo(() => {
    const all: ScheduleTalk[] = []
    const some: ScheduleTalk[] = []
    if (!outcome) return { all, some }
    const talks = model.schedule.talks
    outcome.order.forEach((position, rank) => {
      const talk = talks[position]
      if (!talk || (kind && talk.kind !== kind) || (starredOnly && !starred.has(talk.id))) return
      ;(rank < outcome.allCount ? all : some).push(talk)
    })
    return { all, some }
  }, [outcome, model, kind, starredOnly, starred])
  const marks = useMemo(() => new Set(outcome?.marks), [outcome])
  const acronyms = outcome?.initials ?? []

  // A new search or filter starts again from the first page.
  const pagingKey = `${query}\n${kind}\n${starredOnly}`
  const [paging, setPaging] = useState({ key: pagingKey, shown: PAGE_SIZE })
  if (paging.key !== pagingKey) setPaging({ key: pagingKey, shown: PAGE_SIZE })
  const shown = paging.key === pagingKey ? paging.shown : PAGE_SIZE

  const mismatch = answer.data && answer.data.datasetVersion !== model.schedule.version
  const total = all.length + some.length
  const multiWord = (outcome?.words.length ?? 0) > 1
  const scope = [kind && `${kindLabel(kind).toLowerCase()}s`, starredOnly && 'starred']
    .filter(Boolean)
    .join(', ')

  let summary: string
  if (answer.isError) summary = 'Search could not load.'
  else if (mismatch) summary = 'The search index is out of date.'
  else if (!outcome) summary = 'Searching…'
  else if (total === 0) summary = `No talks match “${shorten(query)}”${scope ? ` (${scope})` : ''}.`
  else if (!multiWord || some.length === 0)
    summary = `${plural(total, 'talk matches', 'talks match')}${multiWord ? ' every word' : ''}${scope ? ` (${scope})` : ''}.`
  else if (all.length === 0)
    summary = `No talk matches every word; ${plural(some.length, 'talk matches', 'talks match')} some${scope ? ` (${scope})` : ''}.`
  else
    summary = `${plural(all.length, 'talk matches', 'talks match')} every word, ${some.length.toLocaleString('en-US')} more match some${scope ? ` (${scope})` : ''}.`

  const visibleAll = all.slice(0, shown)
  const visibleSome = some.slice(0, Math.max(0, shown - all.length))
  const item = (talk: ScheduleTalk) => (
    <SearchResult key={talk.id} talk={talk} model={model} marks={marks} acronyms={acronyms} />
  )

  return (
    <div className="search-results" aria-busy={answer.isFetching}>
      <p id={SEARCH_SUMMARY_ID} className="search-results__summary" role="status" tabIndex={-1}>
        {summary}
      </p>
      {answer.isError && (
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
      {outcome && !mismatch && total === 0 && (
        <SearchEmpty state={state} suggestions={outcome.suggestions} filtered={Boolean(scope)} />
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
  suggestions,
  filtered,
}: {
  state: SearchState
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
          <Link to={searchHref({ query: state.query })}>Search all talks</Link> instead of only the
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
