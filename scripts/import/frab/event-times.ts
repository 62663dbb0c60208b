import { isInstant } from '../../dataset/dataset-schema'
import { toZonedIso, wallTimeToEpoch } from '../../../src/lib/zoned-time'
import { SourceError } from '../import-error'
import type { SourceDay, SourceEvent } from './source-schedule'

const DURATION = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/
const WALL_TIME = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** "00:50", "01:30:00", "8:00", "30:00" (hours may pass 24: a hackathon runs for days) -> milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text)
  if (!match) return undefined
  const [, hours, minutes, seconds] = match
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds ?? 0)) * 1000
}

/**
 * An event's start and end as instants with the venue's offset. The start is the event's own `date` (a full ISO
 * instant) when it has one; else the day's date and the wall time `start` in the venue's zone, on the next calendar
 * date when it is before the day's start (frab days run past midnight: FOSDEM's change at 09:00, 36C3's at 04:00).
 * The end is the start plus `duration`, or the event's `end` instant.
 */
export function eventTimes(
  event: SourceEvent,
  day: SourceDay,
  timeZone: string,
  dayChange: string | undefined,
): { start: string; end: string } {
  const startEpoch = startOf(event, day, timeZone, dayChange)
  let endEpoch: number
  if (event.duration !== undefined) {
    const duration = parseDuration(event.duration)
    if (duration === undefined)
      throw new SourceError(
        event.at('duration'),
        `duration "${event.duration}" is not a duration (hh:mm or hh:mm:ss)`,
      )
    endEpoch = startEpoch + duration
  } else if (event.end !== undefined) {
    if (!isInstant(event.end))
      throw new SourceError(
        event.at('end'),
        `end "${event.end}" is not an ISO 8601 instant with offset`,
      )
    endEpoch = Date.parse(event.end)
  } else {
    throw new SourceError(event.at(), 'no duration (or end): required')
  }
  if (endEpoch <= startEpoch)
    throw new SourceError(event.at('duration'), 'the event ends before it starts, or lasts no time')
  return { start: toZonedIso(startEpoch, timeZone), end: toZonedIso(endEpoch, timeZone) }
}

function startOf(
  event: SourceEvent,
  day: SourceDay,
  timeZone: string,
  dayChange: string | undefined,
): number {
  if (event.date !== undefined) {
    if (!isInstant(event.date))
      throw new SourceError(
        event.at('date'),
        `date "${event.date}" is not an ISO 8601 instant with offset, like 2026-01-31T09:30:00+01:00`,
      )
    return Date.parse(event.date)
  }
  if (event.start === undefined) throw new SourceError(event.at(), 'no date or start: required')
  const start = minutesOfWallTime(event.start)
  if (start === undefined)
    throw new SourceError(event.at('start'), `start "${event.start}" is not a time like 09:30`)
  const date = day.date ? DATE.exec(day.date) : null
  if (!date)
    throw new SourceError(
      day.at('date'),
      `the day's date "${day.date ?? ''}" is not a date like 2026-01-31, and event ${event.at()} has only a start time`,
    )
  // The day's own start (an instant in XML and JSON alike) wins over the conference's day change.
  const dayStart =
    minutesOfWallTime(
      day.start && isInstant(day.start) ? day.start.slice(11, 16) : (day.start ?? ''),
    ) ??
    minutesOfWallTime(dayChange ?? '') ??
    0
  return wallTimeToEpoch(
    {
      year: Number(date[1]),
      month: Number(date[2]),
      // Date.UTC rolls day 32 over into the next month, so the next calendar date needs no calendar maths here.
      day: Number(date[3]) + (start < dayStart ? 1 : 0),
      hour: Math.floor(start / 60),
      minute: start % 60,
    },
    timeZone,
  )
}

function minutesOfWallTime(text: string): number | undefined {
  const match = WALL_TIME.exec(text)
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined
}
