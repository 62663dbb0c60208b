import { useEffect, useRef } from 'react'
import { formatDayShort } from '../../lib/format-time'
import { useLocale } from '../../lib/time-display'
import type { OperatorKey } from './query-operators'
import { SEARCH_INPUT_ID } from './search-ids'
import type { ActiveFilter } from './search-scope'
import { KEY_LABELS, type Choice } from './search-vocabulary'

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** "Room", "Speaker": a filter's name on a chip. */
export const keyName = (key: OperatorKey) => capital(KEY_LABELS[key].one)

/** A choice as the page shows it: a day as "Sat, Jan 30", anything else by its name. */
export function choiceLabel(key: OperatorKey, choice: Choice, locale: string): string {
  return key === 'day' ? formatDayShort(choice.value, locale) : choice.label
}

/** What a chip says a filter is: what it means when it means one thing, else what was written. */
export function filterValueLabel(filter: ActiveFilter, locale: string): string {
  const [only, ...others] = filter.matches
  if (only && others.length === 0) return choiceLabel(filter.key, only, locale)
  if (filter.key === 'by' && only)
    return `${filter.written} (${filter.matches.length} ${KEY_LABELS.by.many})`
  return filter.written
}

/**
 * The filters in force, each a button that removes it: "Remove filter Room: Janson" to a screen reader, "Room:
 * Janson ×" on screen. After one goes, focus moves to the next chip (or the previous, or the search box), so a
 * keyboard user is not dropped at the top of the page.
 */
export function FilterChips({
  filters,
  onRemove,
}: {
  filters: readonly ActiveFilter[]
  onRemove: (key: OperatorKey) => void
}) {
  const locale = useLocale()
  const list = useRef<HTMLUListElement>(null)
  // The place of a chip removed while it had focus, until the list is drawn without it.
  const refocus = useRef<number | null>(null)
  useEffect(() => {
    const index = refocus.current
    if (index === null) return
    refocus.current = null
    const left = [...(list.current?.querySelectorAll('button') ?? [])]
    const next = left[Math.min(index, left.length - 1)] ?? document.getElementById(SEARCH_INPUT_ID)
    next?.focus()
  }, [filters])
  if (filters.length === 0) return null

  const remove = (index: number) => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])]
    if (buttons[index] === document.activeElement) refocus.current = index
    onRemove(filters[index]!.key)
  }

  return (
    <ul ref={list} className="search-chips" aria-label="Filters in force">
      {filters.map((filter, index) => {
        const name = `${keyName(filter.key)}: ${filterValueLabel(filter, locale)}`
        return (
          <li key={filter.key}>
            {/* The name says what pressing does; it holds the visible words (WCAG 2.5.3). */}
            <button
              type="button"
              className="search-chip"
              aria-label={`Remove filter ${name}`}
              data-unmatched={filter.matches.length === 0 || undefined}
              onClick={() => remove(index)}
            >
              {keyName(filter.key)}: <bdi>{filterValueLabel(filter, locale)}</bdi>
              <svg
                className="search-chip__x"
                viewBox="0 0 16 16"
                aria-hidden="true"
                focusable="false"
              >
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
