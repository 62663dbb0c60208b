import { useEffect, useRef, type ReactNode } from 'react'
import { closestMatches } from '../../lib/closest-matches'
import { useLocale } from '../../lib/time-display'
import { choiceLabel } from './filter-chips'
import { SEARCH_SUMMARY_ID } from './search-ids'
import type { OperatorKey } from './query-operators'
import type { ActiveFilter } from './search-scope'
import { KEY_LABELS, type Choice, type SearchVocabulary } from './search-vocabulary'

interface Note {
  key: OperatorKey
  text: ReactNode
  choices: Choice[]
}

/** Choices offered at most for an ambiguous value; the selects have them all. */
const MAX_CHOICES = 8

/** What the search cannot do with a filter as written: a name the conference does not have, or one that could be several. */
export function unmatchedMessage(filter: ActiveFilter): string {
  return `No ${KEY_LABELS[filter.key].one} called “${filter.written}”.`
}

/**
 * Under the summary: for a filter that means nothing here, the names closest to it; for a room, track, type or day
 * that could be several, those, to pick one. Each is a button that sets the filter to it.
 */
export function FilterNotes({
  filters,
  vocabulary,
  onChoose,
}: {
  filters: readonly ActiveFilter[]
  vocabulary: SearchVocabulary
  onChoose: (key: OperatorKey, value: string) => void
}) {
  const locale = useLocale()
  // A choice made takes its note away: focus goes on to the summary of the new results, not to the page's top.
  const chose = useRef(false)
  useEffect(() => {
    if (!chose.current) return
    chose.current = false
    document.getElementById(SEARCH_SUMMARY_ID)?.focus()
  }, [filters])
  const notes = filters.flatMap((filter): Note[] => {
    const { key, matches, written } = filter
    const names = KEY_LABELS[key]
    if (matches.length === 0) {
      const near = closestMatches(written, vocabulary[key], (c) => c.label)
      return [
        {
          key,
          text:
            near.length > 0
              ? `Did you mean one of these ${names.many}?`
              : `Pick a ${names.one} from the filters, or remove this one.`,
          choices: near,
        },
      ]
    }
    if (matches.length > 1 && key !== 'by')
      return [
        {
          key,
          text: (
            <>
              “<bdi>{written}</bdi>” could be {matches.length} {names.many}. Which one?
            </>
          ),
          choices: matches.slice(0, MAX_CHOICES),
        },
      ]
    return []
  })
  if (notes.length === 0) return null

  const button = (key: OperatorKey, choice: Choice) => (
    <li key={choice.value}>
      <button
        type="button"
        className="search-note__choice"
        onClick={() => {
          chose.current = true
          onChoose(key, choice.value)
        }}
      >
        {choiceLabel(key, choice, locale)}
      </button>
    </li>
  )
  return (
    <div className="search-notes">
      {notes.map(({ key, text, choices }) => (
        <div key={key} className="search-note">
          <p>{text}</p>
          {choices.length > 0 && (
            <ul className="search-note__choices">{choices.map((c) => button(key, c))}</ul>
          )}
        </div>
      ))}
    </div>
  )
}
