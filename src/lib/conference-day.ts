/**
 * Which conference day the timeline shows, and when a day begins and ends at the venue. One rule for the timeline
 * (src/features/timeline/timeline-page.tsx), the prerendered page and its hydration (src/app/entry-server.tsx,
 * src/app/prerendered.ts) and the day preload script of the prerendered timeline (src/app/page-head.ts). The venue's
 * date at an instant is `calendarDate(instant, conference.timeZone)` (src/lib/format-time.ts), for all of them.
 */
import { calendarDate } from './format-time'

/**
 * The day the timeline shows: the one asked for (?day=) when the conference has it, else today when it is a
 * conference day, else the first. `today` is the venue's date; null without a clock (prerendering).
 *
 * Self-contained, in the JavaScript of any browser (no imports, no closure, nothing newer than ES5 once its types are
 * stripped): the day preload script runs this function's own source, so it picks a day exactly as the app will.
 */
export function timelineDay(
  dates: readonly string[],
  asked: string | null,
  today: string | null,
): string | undefined {
  if (asked !== null && dates.indexOf(asked) >= 0) return asked
  if (today !== null && dates.indexOf(today) >= 0) return today
  return dates[0]
}

const DAY_MS = 86_400_000

/**
 * The instants, in epoch milliseconds, between which `calendarDate(instant, timeZone)` is `date`: the clock compared
 * with these gives the venue's day without Intl (the preload script cannot afford its set-up, see page-head.ts).
 * Found by bisecting calendarDate itself, so the two agree on every instant, across a change of clocks too.
 */
export function venueDayBounds(date: string, timeZone: string): { start: number; end: number } {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)
  return { start: dayStart(date, timeZone), end: dayStart(next, timeZone) }
}

/** The first instant whose venue date is `date` or later. */
function dayStart(date: string, timeZone: string): number {
  // Zones are at most 14 hours from UTC: a day before UTC's midnight the venue is on an earlier date, a day after it
  // on this date or a later one.
  const midnightUtc = Date.parse(`${date}T00:00:00Z`)
  let before = midnightUtc - DAY_MS
  let after = midnightUtc + DAY_MS
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2)
    if (calendarDate(middle, timeZone) < date) before = middle
    else after = middle
  }
  return after
}
