import { cachedBy } from '../lib/cached-by'
import { calendarDate } from '../lib/format-time'
import { epochOf } from '../lib/instant'
import type { Author, Room, ScheduleIndex, ScheduleTalk, Session, TalkSummary } from './types'

/** Look-ups over the schedule index, built once per loaded schedule (O(n)), shared by every view. */
export interface ScheduleModel {
  schedule: ScheduleIndex
  /** All talks by start, then in the source's order. */
  talks: ScheduleTalk[]
  talkById: Map<string, ScheduleTalk>
  sessionById: Map<string, Session>
  roomById: Map<string, Room>
  authorById: Map<string, Author>
  /** Built on first use: the timeline never asks. */
  readonly talksByAuthor: Map<string, ScheduleTalk[]>
}

export const scheduleModel = cachedBy(buildModel)

function buildModel(schedule: ScheduleIndex): ScheduleModel {
  const talks = schedule.talks
    .map((talk) => ({ talk, start: epochOf(talk.start) }))
    .sort((a, b) => a.start - b.start)
    .map(({ talk }) => talk)
  let talksByAuthor: Map<string, ScheduleTalk[]> | undefined
  return {
    schedule,
    talks,
    talkById: new Map(talks.map((t) => [t.id, t])),
    sessionById: new Map(schedule.sessions.map((s) => [s.id, s])),
    roomById: new Map(schedule.rooms.map((r) => [r.id, r])),
    authorById: new Map(schedule.authors.map((a) => [a.id, a])),
    get talksByAuthor() {
      return (talksByAuthor ??= indexByAuthor(talks))
    },
  }
}

function indexByAuthor(talks: readonly ScheduleTalk[]): Map<string, ScheduleTalk[]> {
  const byAuthor = new Map<string, ScheduleTalk[]>()
  for (const talk of talks)
    for (const id of talk.authorIds) {
      const list = byAuthor.get(id)
      if (list) list.push(talk)
      else byAuthor.set(id, [talk])
    }
  return byAuthor
}

/** The names of a talk's authors, in printed order. */
export function authorNames(model: ScheduleModel, talk: TalkSummary): string[] {
  return talk.authorIds.map((id) => model.authorById.get(id)?.name ?? id)
}

/**
 * The conference day a talk belongs to: the day the source lists it under (its own `day`, else its session's),
 * else the venue's date of its start. One rule for the timeline, the agenda, search and the build's day files.
 */
export function dayOfTalk(
  talk: Pick<TalkSummary, 'day' | 'sessionId' | 'start'>,
  schedule: Pick<ScheduleIndex, 'sessions' | 'conference'>,
  sessionById?: ReadonlyMap<string, Session>,
): string {
  if (talk.day) return talk.day
  if (talk.sessionId) {
    const session = sessionById
      ? sessionById.get(talk.sessionId)
      : schedule.sessions.find((s) => s.id === talk.sessionId)
    if (session) return session.day
  }
  return calendarDate(talk.start, schedule.conference.timeZone)
}

/** Where a talk is: its room, else its session's. */
export function roomOfTalk(model: ScheduleModel, talk: TalkSummary): Room | undefined {
  const roomId = talk.roomId ?? (talk.sessionId && model.sessionById.get(talk.sessionId)?.roomId)
  return roomId ? model.roomById.get(roomId) : undefined
}
