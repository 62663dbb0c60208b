import { formatDayShort } from '../../lib/format-time'
import { paths } from '../../lib/paths'
import { Link } from '../../components/link'

/** The conference days as links (?day=), so a day can be bookmarked and Back returns to the previous one. */
export function DayPicker({
  dates,
  selected,
  today,
  search,
  locale,
}: {
  /** The conference days, "2018-12-04". */
  dates: readonly string[]
  selected: string
  today: string | null
  /** The current search params; the day link keeps the others (the track filter). */
  search: URLSearchParams
  locale: string
}) {
  return (
    <nav aria-label="Conference days" className="day-picker">
      <ul className="day-picker__list">
        {dates.map((date) => {
          const params = new URLSearchParams(search)
          params.set('day', date)
          params.delete('now')
          return (
            <li key={date}>
              <Link
                to={`${paths.timeline.href()}?${params}`}
                className="day-picker__day"
                aria-current={date === selected ? 'true' : undefined}
              >
                <span suppressHydrationWarning>{formatDayShort(date, locale)}</span>
                {date === today && (
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
