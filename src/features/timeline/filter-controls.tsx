/**
 * The parts of the timeline's filters that only show once a reader uses them: the selects (the disclosure opened),
 * the chips and the notes (a filter set). Loaded on demand, in their own chunk: the first visit of `/` carries only
 * the "Filters" toggle (timeline-filters.tsx).
 */
import { useId } from 'react'
import { Link } from '../../components/link'
import type { ScheduleFilterValues } from '../../data/types'
import { formatDay, formatDayShort } from '../../lib/format-time'
import { paths } from '../../lib/paths'
import { daysMatching, unknownFilterKeys } from '../../lib/schedule-filter-checks'
import type { ScheduleFilters } from '../../lib/schedule-filters'
import type { ValueFilter } from './timeline-filters'
import type { SessionPlan } from './timeline-plan'

const LABEL = { room: 'Room', track: 'Track', type: 'Type' } as const
const ALL = { room: 'All rooms', track: 'All tracks', type: 'All types' } as const

type ValueFilters = Pick<ScheduleFilters, ValueFilter>
type OnChange = (filters: Partial<ValueFilters>) => void

export type FilterPartProps =
  | ({ part: 'selects' } & Parameters<typeof FilterSelects>[0])
  | ({ part: 'chips' } & Parameters<typeof FilterChips>[0])
  | ({ part: 'unknown' } & Parameters<typeof UnknownFiltersNote>[0])
  | ({ part: 'empty' } & Parameters<typeof FilteredDayEmpty>[0])
  | ({ part: 'count' } & Parameters<typeof MatchCount>[0])

/** One lazy component for the chunk's parts: each lazy wrapper would cost the first visit's JS a few bytes more. */
export default function FilterPart(props: FilterPartProps) {
  switch (props.part) {
    case 'selects':
      return <FilterSelects {...props} />
    case 'chips':
      return <FilterChips {...props} />
    case 'unknown':
      return <UnknownFiltersNote {...props} />
    case 'empty':
      return <FilteredDayEmpty {...props} />
    case 'count':
      return <MatchCount {...props} />
  }
}

/** What a filter did, for the page's status line: a screen reader hears it as the list changes. */
function MatchCount({ sessions }: { sessions: readonly SessionPlan[] }) {
  const count = sessions.reduce((sum, plan) => sum + plan.talks.length, 0)
  return `${count} matching ${count === 1 ? 'talk' : 'talks'} this day`
}

function optionsOf(values: ScheduleFilterValues) {
  return {
    room: values.rooms.map((room) => ({ value: room.id, label: room.name })),
    track: values.tracks.map((track) => ({ value: track, label: track })),
    type: values.types.map((type) => ({ value: type, label: type })),
  }
}

/** A labelled native select per filter offered: compact on a phone even with fifty rooms. */
function FilterSelects({
  values,
  offered,
  filters,
  onChange,
}: {
  values: ScheduleFilterValues
  offered: readonly ValueFilter[]
  filters: ValueFilters
  onChange: OnChange
}) {
  const id = useId()
  const options = optionsOf(values)
  return (
    <div className="timeline-filters__panel">
      {offered.map((key) => (
        <div key={key} className="timeline-filters__field">
          <label htmlFor={`${id}-${key}`} className="timeline-filters__label">
            {LABEL[key]}
          </label>
          <select
            id={`${id}-${key}`}
            className="timeline-filters__select"
            value={filters[key] ?? ''}
            onChange={(event) => onChange({ [key]: event.target.value || null })}
          >
            <option value="">{ALL[key]}</option>
            {options[key].map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  )
}

/** Each active filter as a chip that removes it. */
function FilterChips({
  values,
  active,
  filters,
  onChange,
}: {
  values: ScheduleFilterValues
  active: readonly ValueFilter[]
  filters: ValueFilters
  onChange: OnChange
}) {
  const options = optionsOf(values)
  return (
    <ul className="timeline-filters__chips" aria-label="Active filters">
      {active.map((key) => {
        const value = filters[key]!
        const label = options[key].find((option) => option.value === value)?.label ?? value
        return (
          <li key={key}>
            <button
              type="button"
              className="timeline-filters__chip"
              onClick={() => onChange({ [key]: null })}
            >
              <span className="timeline-filters__chip-kind">{LABEL[key]}</span> {label}
              <span className="visually-hidden">, remove</span>
              <span aria-hidden="true" className="timeline-filters__chip-x">
                ×
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}

/** A link's filters the conference does not have (a stale or hand-made link) are off: says so. */
function UnknownFiltersNote({ given, known }: { given: ScheduleFilters; known: ScheduleFilters }) {
  // The day falls back to today's or the first without a word, as it always has (src/lib/conference-day.ts).
  const keys = unknownFilterKeys(given, known).filter((key) => key !== 'day')
  if (keys.length === 0) return null
  const many = keys.length > 1
  return (
    <p className="timeline-filters__note">
      The {keys.join(' and ')} in this link {many ? 'are' : 'is'} not one of this conference’s, so{' '}
      {many ? 'those filters are' : 'that filter is'} off.
    </p>
  )
}

/**
 * The day shown has no talk passing the filters: says so, and links to the days that do have one (keeping the
 * filters), rather than leave the reader to try each day.
 */
function FilteredDayEmpty({
  date,
  values,
  filters,
  search,
  locale,
  onChange,
}: {
  date: string
  values: ScheduleFilterValues
  filters: ValueFilters
  /** The current search params; each day's link keeps the filters. */
  search: URLSearchParams
  locale: string
  onChange: OnChange
}) {
  const otherDays = daysMatching(values, filters).filter((day) => day !== date)
  return (
    <div className="filtered-day-empty">
      <p>No talks match the filters on {formatDay(date, locale)}.</p>
      {otherDays.length > 0 ? (
        <nav aria-label="Days with matching talks">
          <p className="filtered-day-empty__lead">Matching talks are on:</p>
          <ul className="filtered-day-empty__days">
            {otherDays.map((day) => {
              const params = new URLSearchParams(search)
              params.set('day', day)
              params.delete('now')
              return (
                <li key={day}>
                  <Link
                    to={`${paths.timeline.href()}?${params}`}
                    className="filtered-day-empty__day"
                  >
                    {formatDayShort(day, locale)}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
      ) : (
        <p>No day has talks that match all of them.</p>
      )}
      <button
        type="button"
        className="filtered-day-empty__clear"
        onClick={() => onChange({ room: null, track: null, type: null })}
      >
        Clear filters
      </button>
    </div>
  )
}
