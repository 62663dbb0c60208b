import { lazy, Suspense, useState } from 'react'
import type { ScheduleFilterValues } from '../../data/types'
import type { ScheduleFilters } from '../../lib/schedule-filters'
import './timeline-filters.css'

export type ValueFilter = 'room' | 'track' | 'type'

/** The selects, chips and notes: their own chunk, loaded when first shown (filter-controls.tsx). */
export const FilterPart = lazy(() => import('./filter-controls'))

/**
 * Which filters the conference offers: only those with a choice to make. A type alone is not worth a control: a
 * one-room session (the bundled NeurIPS one: orals and spotlights) is short enough to read through, and its phone's
 * first screen belongs to the talks; the search page still filters by type.
 */
export function offeredFilters(values: ScheduleFilterValues): ValueFilter[] {
  const offered = (['room', 'track', 'type'] as const).filter((key) => values[`${key}s`].length > 1)
  return offered.some((key) => key !== 'type') ? offered : []
}

/**
 * The room, track and type filters, compact on a phone where the first screen belongs to the talks: one "Filters"
 * disclosure (a native <details>, usable by keyboard and announced as expanded or collapsed) holding a select per
 * filter, and each active filter as a small chip that removes it. The values are the whole conference's, whatever
 * day is shown. The selects and chips load when first needed (filter-controls.tsx).
 */
export function TimelineFilters({
  values,
  offered,
  filters,
  onChange,
}: {
  values: ScheduleFilterValues
  /** `offeredFilters(values)` */
  offered: readonly ValueFilter[]
  filters: Pick<ScheduleFilters, ValueFilter>
  onChange: (filters: Partial<Pick<ScheduleFilters, ValueFilter>>) => void
}) {
  const [open, setOpen] = useState(false)
  if (offered.length === 0) return null
  const active = offered.filter((key) => filters[key] !== null)
  return (
    <div className="timeline-filters">
      <details
        className="timeline-filters__disclosure"
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary className="timeline-filters__toggle">
          Filters
          {active.length > 0 && (
            <span className="timeline-filters__count">
              {active.length}
              <span className="visually-hidden"> active</span>
            </span>
          )}
        </summary>
        {open && (
          <Suspense>
            <FilterPart
              part="selects"
              values={values}
              offered={offered}
              filters={filters}
              onChange={onChange}
            />
          </Suspense>
        )}
      </details>
      {active.length > 0 && (
        <Suspense>
          <FilterPart
            part="chips"
            values={values}
            active={active}
            filters={filters}
            onChange={onChange}
          />
        </Suspense>
      )}
    </div>
  )
}
