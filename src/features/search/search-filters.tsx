import { useId, useState } from 'react'
import { kindLabel } from '../../components/kind-badge'
import type { TalkKind } from '../../data/types'
import { useLocale } from '../../lib/time-display'
import { choiceLabel, keyName } from './filter-chips'
import type { OperatorKey } from './query-operators'
import { isTalkKind, type SearchState } from './search-params'
import type { ActiveFilter } from './search-scope'
import { KEY_LABELS, type SearchVocabulary } from './search-vocabulary'

/** The timeline's filters, in its order; the speaker is the "by:" operator's alone (too many for a list). */
const SELECTS = ['day', 'room', 'track', 'type'] as const

/**
 * Kind, day, room, track, type and "starred only": they narrow the results and live in the URL like the query. A
 * select is shown only where the conference has more than one value. On a phone they fold behind a "Filters" button
 * (the results are what matters there; the chips show what is in force); on a wider screen they are always open.
 */
export function SearchFilters({
  state,
  kinds,
  vocabulary,
  filters,
  onChange,
  onChoose,
}: {
  state: SearchState
  kinds: readonly TalkKind[]
  vocabulary: SearchVocabulary
  filters: readonly ActiveFilter[]
  onChange: (next: SearchState) => void
  onChoose: (key: OperatorKey, value: string | null) => void
}) {
  const id = useId()
  const locale = useLocale()
  const [open, setOpen] = useState(false)
  const selects = SELECTS.filter((key) => vocabulary[key].length > 1)
  const inForce = filters.filter((f) => f.key !== 'by').length + (state.kind ? 1 : 0)
  const chosen = (key: OperatorKey) => {
    const filter = filters.find((f) => f.key === key)
    return filter?.matches.length === 1 ? filter.matches[0]!.value : ''
  }

  return (
    <div className="search-filters">
      {(selects.length > 0 || kinds.length > 1) && (
        <button
          type="button"
          className="search-filters__toggle"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen(!open)}
        >
          Filters{inForce > 0 && ` (${inForce})`}
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d={open ? 'M4 10l4-4 4 4' : 'M4 6l4 4 4-4'} />
          </svg>
        </button>
      )}
      <div id={`${id}-panel`} className="search-filters__panel" data-open={open}>
        {kinds.length > 1 && (
          <div className="search-filters__field">
            <label htmlFor={`${id}-kind`}>Kind</label>
            <select
              id={`${id}-kind`}
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
        {selects.map((key) => (
          <div key={key} className="search-filters__field">
            <label htmlFor={`${id}-${key}`}>{keyName(key)}</label>
            <select
              id={`${id}-${key}`}
              value={chosen(key)}
              onChange={(event) => onChoose(key, event.currentTarget.value || null)}
            >
              <option value="">All {KEY_LABELS[key].many}</option>
              {vocabulary[key].map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choiceLabel(key, choice, locale)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
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
