import { useMemo } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { PageTitle } from '../../components/page-title'
import type { TalkKind } from '../../data/types'
import { useSchedule } from '../../data/use-schedule'
import { SearchFilters } from './search-filters'
import { readSearchState, searchHref, type SearchState } from './search-params'
import { SearchResults } from './search-results'
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
 * /search?q=...&kind=...&starred=1: everything shown is derived from the URL. The query is typed in the header's
 * box (search-box.tsx), which is on every page; this page shows the filters and the results.
 */
export function SearchPage() {
  const model = useSchedule()
  const location = useLocation()
  const navigate = useNavigate()
  const state = readSearchState(location.search)
  const kinds = useMemo(() => {
    const present = new Set(model.talks.map((t) => t.kind))
    return KIND_ORDER.filter((kind) => present.has(kind))
  }, [model])
  const query = state.query.trim()

  // Filters refine the search in place: no history entry per toggle.
  const change = (next: SearchState) => navigate(searchHref(next), { replace: true })

  return (
    <section className="search-page" aria-labelledby="search-title">
      <PageTitle
        title={
          query ? `${query.length > 60 ? `${query.slice(0, 60)}…` : query} · Search` : 'Search'
        }
        site={model.schedule.conference.name}
      />
      <h1 id="search-title">Search</h1>
      <SearchFilters state={state} kinds={kinds} onChange={change} />
      {query === '' ? (
        <div className="search-prompt">
          <p>
            Type in the search box above: part of a title, a topic, or a speaker’s name. Typos are
            fine, words can come in any order, and acronyms such as ODE or GAN work too.
          </p>
          <p className="search-prompt__keys">
            Press <kbd>/</kbd> on any page to search, <kbd>Esc</kbd> to clear.
          </p>
        </div>
      ) : (
        <SearchResults state={state} model={model} />
      )}
    </section>
  )
}
