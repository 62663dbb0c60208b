import { useOutline } from '../../data/outline-context'
import { useLocale } from '../../lib/time-display'

const formats = new Map<string, Intl.DateTimeFormat>()

/** "November 26, 2026": a calendar date has no zone, so it is read and written in UTC. */
export function formatAsOf(date: string, locale: string): string {
  let format = formats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    })
    formats.set(locale, format)
  }
  return format.format(new Date(`${date}T00:00:00Z`))
}

/** The date the schedule data is from (the dataset's `asOf`), in the reader's words once hydrated. */
export function ScheduleAsOf() {
  const { asOf } = useOutline()
  const locale = useLocale()
  return <time dateTime={asOf}>{formatAsOf(asOf, locale)}</time>
}
