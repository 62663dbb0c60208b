import { dayOfTalk } from './schedule-model'
import type { ScheduleIndex } from './types'

/**
 * One day of the schedule index, in the same shape: that day's sessions, its talks and those talks' authors. The
 * timeline of a many-day conference loads one of these instead of the whole index (a fifth of the bytes to fetch,
 * parse and index for a five-day conference). The build writes them; offline, the app cuts one from the schedule.
 */
export function dayIndex(schedule: ScheduleIndex, date: string): ScheduleIndex {
  const sessions = schedule.sessions.filter((session) => session.day === date)
  const sessionById = new Map(schedule.sessions.map((s) => [s.id, s]))
  const talks = schedule.talks.filter((talk) => dayOfTalk(talk, schedule, sessionById) === date)
  const authorIds = new Set(talks.flatMap((talk) => talk.authorIds))
  const roomIds = new Set([...talks, ...sessions].flatMap((item) => item.roomId ?? []))
  return {
    ...schedule,
    rooms: schedule.rooms.filter((room) => roomIds.has(room.id)),
    sessions,
    talks,
    authors: schedule.authors.filter((author) => authorIds.has(author.id)),
  }
}
