import { cachedBy } from '../lib/cached-by'
import { epochOf } from '../lib/instant'
import type { Author, ScheduleIndex, ScheduleSession, TalkSummary } from './types'

/** Look-ups over the schedule index, built once per loaded schedule (O(n)), shared by every view. */
export interface ScheduleModel {
  schedule: ScheduleIndex
  /** All talks by start, then session order. */
  talks: TalkSummary[]
  talkById: Map<string, TalkSummary>
  sessionById: Map<string, ScheduleSession>
  authorById: Map<string, Author>
  /** Built on first use: the timeline never asks. */
  readonly talksByAuthor: Map<string, TalkSummary[]>
}

export const scheduleModel = cachedBy(buildModel)

function buildModel(schedule: ScheduleIndex): ScheduleModel {
  const talks = schedule.talks
    .map((talk) => ({ talk, start: epochOf(talk.start) }))
    .sort((a, b) => a.start - b.start)
    .map(({ talk }) => talk)
  let talksByAuthor: Map<string, TalkSummary[]> | undefined
  return {
    schedule,
    talks,
    talkById: new Map(talks.map((t) => [t.id, t])),
    sessionById: new Map(schedule.sessions.map((s) => [s.id, s])),
    authorById: new Map(schedule.authors.map((a) => [a.id, a])),
    get talksByAuthor() {
      return (talksByAuthor ??= indexByAuthor(talks))
    },
  }
}

function indexByAuthor(talks: readonly TalkSummary[]): Map<string, TalkSummary[]> {
  const byAuthor = new Map<string, TalkSummary[]>()
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
