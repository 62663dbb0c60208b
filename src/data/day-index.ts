import type { ScheduleIndex } from './types'

/** The conference days that have sessions, in order ("2018-12-04"). */
export function conferenceDays(schedule: ScheduleIndex): string[] {
  return [...new Set(schedule.sessions.map((session) => session.day))].sort()
}

/**
 * One day of the schedule index, in the same shape: that day's sessions, their talks and those talks' authors. The
 * timeline of a many-day conference loads one of these instead of the whole index (a fifth of the bytes to fetch,
 * parse and index for a five-day conference). The build writes them; offline, the app cuts one from the schedule.
 */
export function dayIndex(schedule: ScheduleIndex, date: string): ScheduleIndex {
  const sessions = schedule.sessions.filter((session) => session.day === date)
  const sessionIds = new Set(sessions.map((session) => session.id))
  const talks = schedule.talks.filter((talk) => sessionIds.has(talk.sessionId))
  const authorIds = new Set(talks.flatMap((talk) => talk.authorIds))
  return {
    ...schedule,
    sessions,
    talks,
    authors: schedule.authors.filter((author) => authorIds.has(author.id)),
  }
}
