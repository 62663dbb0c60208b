import { Link } from 'react-router-dom'
import { formatDayShort } from '../../lib/format-time'
import { paths } from '../../lib/paths'
import type { DayPlan } from './timeline-plan'

/** The conference days as links (?day=), so a day can be bookmarked and Back returns to the previous one. */
export function DayPicker({
  days,
  selected,
  today,
  search,
  locale,
}: {
  days: readonly DayPlan[]
  selected: string
  today: string | null
  /** The current search params; the day link keeps the others (the track filter). */
  search: URLSearchParams
  locale: string
}) {
  return (
    <nav aria-label="Conference days" className="day-picker">
      <ul className="day-picker__list">
        {days.map((day) => {
          const params = new URLSearchParams(search)
          params.set('day', day.date)
          params.delete('now')
          return (
            <li key={day.date}>
              <Link
                to={`${paths.timeline.href()}?${params}`}
                className="day-picker__day"
                aria-current={day.date === selected ? 'true' : undefined}
              >
                <span suppressHydrationWarning>{formatDayShort(day.date, locale)}</span>
                {day.date === today && (
                  <>
                    <span className="visually-hidden">, </span>
                    <span className="day-picker__today">Today</span>
                  </>
                )}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
