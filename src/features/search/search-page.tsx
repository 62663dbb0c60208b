import { useCallback, useEffect, useMemo } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { PageTitle } from '../../components/page-title'
import type { TalkKind } from '../../data/types'
import { useSchedule } from '../../data/use-schedule'
import { FilterChips } from './filter-chips'
import type { OperatorKey } from './query-operators'
import { lendQueryRewrite } from './query-rewrite'
import { SearchFilters } from './search-filters'
import { readSearchState, searchHref, type SearchState } from './search-params'
import { SearchResults } from './search-results'
import { chooseFilter, moveOperators, removeFilter, searchScope } from './search-scope'
import { searchVocabulary } from './search-vocabulary'
import './search-page.css'

const KIND_ORDER: TalkKind[] = [
  'keynote',
  'invited',
  'tutorial',
  'oral',
  'spotlight',
  'poster',
  'other',
]

/**
 * /search?room=...&q=...&kind=...&starred=1: everything shown is derived from the URL. The query is typed in the
 * header's box (search-box.tsx), which is on every page; this page shows the filters, the chips of those in force
 * (from the URL and from operators in the query: search-scope.ts) and the results.
 */
export function SearchPage() {
  const model = useSchedule()
  const location = useLocation()
  const navigate = useNavigate()
  const state = useMemo(() => readSearchState(location.search), [location.search])
  const vocabulary = searchVocabulary(model)
  const scope = useMemo(() => searchScope(state, vocabulary), [state, vocabulary])
  const kinds = useMemo(() => {
    const present = new Set(model.talks.map((t) => t.kind))
    return KIND_ORDER.filter((kind) => present.has(kind))
  }, [model])

  // While this page is shown, the header's box moves finished operators into the URL as they are typed.
  useEffect(() => {
    lendQueryRewrite((next, final) => moveOperators(next, vocabulary, final))
    return () => lendQueryRewrite(null)
  }, [vocabulary])

  // Filters refine the search in place: no history entry per toggle.
  const change = useCallback(
    (next: SearchState) => navigate(searchHref(next), { replace: true }),
    [navigate],
  )
  const choose = (key: OperatorKey, value: string | null) => change(chooseFilter(state, key, value))
  const query = state.query.trim()
  const anything =
    scope.text.trim() !== '' || scope.filters.length > 0 || state.kind || state.starredOnly

  return (
    <section className="search-page" aria-labelledby="search-title">
      <PageTitle
        title={
          query ? `${query.length > 60 ? `${query.slice(0, 60)}…` : query} · Search` : 'Search'
        }
        site={model.schedule.conference.name}
      />
      <h1 id="search-title">Search</h1>
      <SearchFilters
        state={state}
        kinds={kinds}
        vocabulary={vocabulary}
        filters={scope.filters}
        onChange={change}
        onChoose={choose}
      />
      <FilterChips filters={scope.filters} onRemove={(key) => change(removeFilter(state, key))} />
      {anything ? (
        <SearchResults
          state={state}
          scope={scope}
          model={model}
          vocabulary={vocabulary}
          onChoose={choose}
        />
      ) : (
        <SearchPrompt
          example={vocabulary.room.length > 1 ? vocabulary.room[0]!.label : undefined}
        />
      )}
    </section>
  )
}

function SearchPrompt({ example }: { example: string | undefined }) {
  return (
    <div className="search-prompt">
      <p>
        Type in the search box above: part of a title, a topic, or a speaker’s name. Typos are fine,
        words can come in any order, and acronyms such as ODE or GAN work too.
      </p>
      <p>
        Narrow it with <code>room:</code>, <code>track:</code>, <code>type:</code>,{' '}
        <code>day:</code> or <code>by:</code> (a speaker)
        {example && (
          <>
            , for example <code>room:{/\s/.test(example) ? `"${example}"` : example}</code>
          </>
        )}
        .
      </p>
      <p className="search-prompt__keys">
        Press <kbd>/</kbd> on any page to search, <kbd>Esc</kbd> to clear.
      </p>
    </div>
  )
}
