import { useId } from 'react'
import { kindLabel } from '../../components/kind-badge'
import type { TalkKind } from '../../data/types'
import { isTalkKind, type SearchState } from './search-params'

/** Kind and "starred only": they narrow the results and live in the URL like the query. */
export function SearchFilters({
  state,
  kinds,
  onChange,
}: {
  state: SearchState
  kinds: readonly TalkKind[]
  onChange: (next: SearchState) => void
}) {
  const kindId = useId()
  return (
    <div className="search-filters">
      {kinds.length > 1 && (
        <div className="search-filters__field">
          <label htmlFor={kindId}>Kind</label>
          <select
            id={kindId}
            value={state.kind ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value
              onChange({ ...state, kind: isTalkKind(value) ? value : null })
            }}
          >
            <option value="">All kinds</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </div>
      )}
      <label className="search-filters__check">
        <input
          type="checkbox"
          checked={state.starredOnly}
          onChange={(event) => onChange({ ...state, starredOnly: event.currentTarget.checked })}
        />
        Starred only
      </label>
    </div>
  )
}
