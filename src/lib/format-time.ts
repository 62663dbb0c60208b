/**
 * Times as people read them, always through Intl.DateTimeFormat with an explicit IANA zone: no hand-made offsets.
 * Formatters are cached because building one is far costlier than using it, and a long timeline formats thousands.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, format)
  }
  return format
}

/** "12:50 – 1:05 PM PST" (or "12:50–13:05 PST" in a 24-hour locale). */
export function formatTimeRange(
  start: string,
  end: string,
  timeZone: string,
  locale?: string,
): string {
  return formatter(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).formatRange(new Date(start), new Date(end))
}

/** "12:50 PM" in the zone, without a zone label. */
export function formatTime(instant: string, timeZone: string, locale?: string): string {
  return formatter(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(
    new Date(instant),
  )
}

/** A conference day ("2018-12-04") as "Tuesday, December 4, 2018". Calendar dates have no zone: read them in UTC. */
export function formatDay(date: string, locale?: string): string {
  return formatter(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`))
}

export function durationMinutes(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000)
}
