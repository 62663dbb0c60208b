import { dayShift, formatDayShift, formatTime, formatTimeRange, zoneName } from '../lib/format-time'
import { useTimeDisplay } from '../lib/time-display'
import './talk-time.css'

/**
 * A talk's time range as a <time> that machines can read too, in the zone the viewer chose (the conference's until
 * hydration), labelled with the zone. When the chosen zone puts the talk on another calendar day than the
 * conference's, it says so ("+1 day"), because talks stay grouped by conference day.
 *
 * `timeZone` is the conference's zone; `inZone` pins another one (the talk page shows both). The text is formatted by
 * Intl, whose output varies between ICU versions, so hydration accepts the prerendered text as it is.
 */
export function TalkTime({
  start,
  end,
  timeZone,
  inZone,
  zoneApart = false,
}: {
  start: string
  /** Without an end, the start alone (a block of talks starting together is headed by it). */
  end?: string
  timeZone: string
  inZone?: string
  /**
   * The zone's name in an element of its own (.talk-time__zone), so that a list whose sticky heading names the zone
   * can hide it on each row (src/features/timeline/timeline.css).
   */
  zoneApart?: boolean
}) {
  const display = useTimeDisplay(timeZone)
  const zone = inZone ?? display.timeZone
  const shift = dayShift(start, timeZone, zone)
  return (
    <span className="talk-time">
      {/* Intl's spacing differs between the build's ICU and each browser's ("1:05\u202fPM" vs "1:05 PM"). */}
      <time dateTime={start} suppressHydrationWarning>
        {end === undefined
          ? `${formatTime(start, zone, display.locale)} ${zoneName(start, zone, display.locale)}`
          : formatTimeRange(start, end, zone, display.locale, !zoneApart)}
        {zoneApart && end !== undefined && (
          <span className="talk-time__zone"> {zoneName(start, zone, display.locale)}</span>
        )}
      </time>
      {shift !== 0 && (
        <>
          {' '}
          <span className="talk-time__shift">{formatDayShift(shift)}</span>
        </>
      )}
    </span>
  )
}
