/**
 * Times as people read them, always through Intl.DateTimeFormat with an explicit IANA zone: no hand-made offsets.
 * Formatters are cached because building one is far costlier than using it, and a long timeline formats thousands.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

/** `name` identifies the options, so a lookup costs one string join, not a JSON.stringify per call. */
function formatter(
  name: string,
  locale: string | undefined,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${name}|${locale ?? ''}|${timeZone}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone })
    formatters.set(key, format)
  }
  return format
}

function timeWithZone(timeZone: string, locale: string | undefined): Intl.DateTimeFormat {
  return formatter('time-zone', locale, timeZone, {
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  })
}

// Parallel tracks share time slots, so a timeline formats the same range many times: keep the strings.
const ranges = new Map<string, string>()
const RANGE_CACHE_LIMIT = 20_000

/**
 * "12:50 – 1:05 PM PST" (or "12:50–13:05 PST" in a 24-hour locale). A range that crosses midnight in the zone keeps
 * the same short form ("11:50 PM – 12:05 AM"): formatRange would spell out both dates.
 */
export function formatTimeRange(
  start: string,
  end: string,
  timeZone: string,
  locale?: string,
  /** False under a heading that names the zone already ("12:50 – 1:05 PM"). */
  withZone = true,
): string {
  const key = `${start}|${end}|${timeZone}|${locale ?? ''}|${withZone ? 'z' : ''}`
  let text = ranges.get(key)
  if (text === undefined) {
    const format = withZone
      ? timeWithZone(timeZone, locale)
      : formatter('time', locale, timeZone, { hour: 'numeric', minute: '2-digit' })
    const parts = format.formatRangeToParts(new Date(start), new Date(end))
    // Intl adds the dates only when the range crosses midnight in the zone.
    text = parts.some((part) => part.type === 'day')
      ? `${formatTime(start, timeZone, locale)} – ${format.format(new Date(end))}`
      : parts.map((part) => part.value).join('')
    if (ranges.size >= RANGE_CACHE_LIMIT) ranges.clear()
    ranges.set(key, text)
  }
  return text
}

/** "12:50 PM" in the zone, without a zone label. */
export function formatTime(instant: string | number, timeZone: string, locale?: string): string {
  return formatter('time', locale, timeZone, { hour: 'numeric', minute: '2-digit' }).format(
    new Date(instant),
  )
}

/** The zone's short name at an instant, in the locale's words: "PST", "GMT+1", "MEZ". */
export function zoneName(instant: string | number, timeZone: string, locale?: string): string {
  // The time formatter names the zone too: one formatter fewer to build (each costs milliseconds).
  const parts = timeWithZone(timeZone, locale).formatToParts(new Date(instant))
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
}

/** Year, month, day, hour and minute of an instant in a zone, through one cached formatter per zone. */
function wallParts(instant: string | number, timeZone: string): Intl.DateTimeFormatPart[] {
  return formatter('wall', 'en-US', timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant))
}

/** The calendar date ("2018-12-04") that an instant falls on in a zone. */
export function calendarDate(instant: string | number, timeZone: string): string {
  const parts = wallParts(instant, timeZone)
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')}`
}

/** Whole days from one calendar date to another: "2018-12-04" -> "2018-12-05" is 1. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/**
 * How many calendar days an instant's date in `displayZone` lies after its date in `conferenceZone`: 1 for a
 * Tuesday-afternoon talk in San Francisco seen from Tokyo (Wednesday morning), -1 the other way round, 0 mostly.
 */
export function dayShift(instant: string, conferenceZone: string, displayZone: string): number {
  if (conferenceZone === displayZone) return 0
  return daysBetween(calendarDate(instant, conferenceZone), calendarDate(instant, displayZone))
}

/** "+1 day", "−1 day", "+2 days"; empty for 0. */
export function formatDayShift(shift: number): string {
  if (shift === 0) return ''
  const sign = shift > 0 ? '+' : '\u2212'
  const days = Math.abs(shift)
  return `${sign}${days} ${days === 1 ? 'day' : 'days'}`
}

/** Whether two zones show the same wall time at an instant (Vancouver and Los Angeles do). */
export function sameWallTime(instant: string | number, zoneA: string, zoneB: string): boolean {
  if (zoneA === zoneB) return true
  const text = (timeZone: string) =>
    wallParts(instant, timeZone)
      .map((part) => part.value)
      .join('')
  return text(zoneA) === text(zoneB)
}

/** A conference day ("2018-12-04") as "Tuesday, December 4, 2018". Calendar dates have no zone: read them in UTC. */
export function formatDay(date: string, locale?: string): string {
  return formatter('day', locale, 'UTC', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`))
}

/** A conference day for a compact picker: "Tue, Dec 4". */
export function formatDayShort(date: string, locale?: string): string {
  return formatter('day-short', locale, 'UTC', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(new Date(`${date}T00:00:00Z`))
}

export function durationMinutes(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000)
}

/** "15 min", "1 h", "1 h 30 min": a talk's length, or the free time before one in the agenda. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}
