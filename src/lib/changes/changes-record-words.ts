import type { ChangedTalk, TalkChange } from './change-types'
import { calendarDate, formatDayShort, formatTime, formatTimeRange } from '../format-time'

/**
 * A schedule change in words, for /changes and the agenda's marks: one rule, so both say the same thing. Times are
 * in the zone the reader chose (the venue's unless they picked their own), through src/lib/format-time.ts.
 */
export interface ChangeWords {
  /** "Time", "Room", "Cancelled"... */
  label: string
  /** What it was and what it is now, for a change that has both. */
  was?: string
  now?: string
}

const NO_ROOM = 'No room'

/** "Tue, Dec 2, 10:00 – 10:30 AM PST": the day too, since a talk can move to another day. */
function when(span: { start: string; end: string }, timeZone: string, locale?: string): string {
  const day = formatDayShort(calendarDate(span.start, timeZone), locale)
  return `${day}, ${formatTimeRange(span.start, span.end, timeZone, locale)}`
}

export function changeWords(change: TalkChange, timeZone: string, locale?: string): ChangeWords {
  switch (change.kind) {
    case 'time':
      return {
        label: 'Time',
        was: when(change.from, timeZone, locale),
        now: when(change.to, timeZone, locale),
      }
    case 'room':
      return { label: 'Room', was: change.from ?? NO_ROOM, now: change.to ?? NO_ROOM }
    case 'title':
      return { label: 'Title', was: change.from, now: change.to }
    case 'cancelled':
      return { label: 'Cancelled' }
    case 'reinstated':
      return { label: 'Back on the schedule' }
    case 'removed':
      return { label: 'No longer in the schedule' }
    case 'added':
      return { label: 'New in the schedule' }
    case 'id':
      return { label: 'New link (the old one still leads here)' }
  }
}

/** The most telling change first: what stops the attendee going, then what sends them elsewhere. */
const WEIGHT: Record<TalkChange['kind'], number> = {
  cancelled: 0,
  removed: 1,
  time: 2,
  room: 3,
  reinstated: 4,
  added: 5,
  title: 6,
  id: 7,
}

/** The change that sums a talk up: /changes groups the other talks by it. */
export function mainChange(talk: ChangedTalk): TalkChange['kind'] {
  return talk.changes.reduce<TalkChange['kind']>(
    (best, change) => (WEIGHT[change.kind] < WEIGHT[best] ? change.kind : best),
    talk.changes[0]?.kind ?? 'id',
  )
}

/**
 * The agenda's compact mark: "Changed: moved to 1:00 PM", "Changed: now in Room 220 E", "Changed: cancelled". The most telling change
 * alone (the talk page and /changes have the rest).
 */
export function changeMark(
  changes: readonly TalkChange[],
  timeZone: string,
  locale?: string,
): string {
  const main = mainChange({ talkId: '', title: '', changes: [...changes] })
  const change = changes.find((c) => c.kind === main)
  switch (change?.kind) {
    case 'time': {
      const time = formatTime(change.to.start, timeZone, locale)
      const day = calendarDate(change.to.start, timeZone)
      return day === calendarDate(change.from.start, timeZone)
        ? `Changed: moved to ${time}`
        : `Changed: moved to ${formatDayShort(day, locale)}, ${time}`
    }
    case 'room':
      return change.to ? `Changed: now in ${change.to}` : 'Changed: room'
    case 'title':
      return 'Changed: title'
    case 'cancelled':
      return 'Changed: cancelled'
    case 'removed':
      return 'Changed: no longer in the schedule'
    case 'reinstated':
      return 'Changed: back on the schedule'
    default:
      return 'Changed'
  }
}
