/**
 * Wall-clock time in an IANA zone -> instant, with the offset taken from the zone's own rules through Intl, never
 * typed in. Used by the importer and the synthetic data generator.
 */

export interface WallTime {
  year: number
  month: number // 1-12
  day: number
  hour: number
  minute: number
}

/** The zone's offset from UTC, in minutes, at the given instant (PST is -480). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const parts = wallClock(timeZone).formatToParts(new Date(epochMs))
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  )
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000)
}

/** The epoch milliseconds of a wall time in a zone. In a DST gap or overlap it picks the earlier offset's reading. */
export function wallTimeToEpoch(wall: WallTime, timeZone: string): number {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  // Two passes settle the offset even when the first guess lands across a DST change.
  let epoch = naive - zoneOffsetMinutes(naive, timeZone) * 60_000
  epoch = naive - zoneOffsetMinutes(epoch, timeZone) * 60_000
  return epoch
}

/** ISO 8601 with the zone's offset at that instant: "2018-12-04T12:30:00-08:00". */
export function toZonedIso(epochMs: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(epochMs, timeZone)
  const local = new Date(epochMs + offset * 60_000).toISOString().slice(0, 19)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${local}${sign}${hh}:${mm}`
}

export function wallTimeToIso(wall: WallTime, timeZone: string): string {
  return toZonedIso(wallTimeToEpoch(wall, timeZone), timeZone)
}

/** The weekday of a calendar date, 0 = Sunday. Calendar dates have no zone. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

// One formatter per zone: building one costs far more than using it (an import of 883 talks spent 0.4 s here).
const wallClocks = new Map<string, Intl.DateTimeFormat>()

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    wallClocks.set(timeZone, format)
  }
  return format
}
