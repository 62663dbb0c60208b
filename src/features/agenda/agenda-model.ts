import { dayOfTalk, type ScheduleModel } from '../../data/schedule-model'
import type { ScheduleTalk, Session, TalkSummary } from '../../data/types'

export interface AgendaItem {
  talk: ScheduleTalk
  session: Session | undefined
  /** Free minutes between the end of everything earlier that day and this talk's start; 0 when back to back. */
  gapBeforeMinutes: number
  /** Other talks in the agenda that overlap this one, in time order. */
  clashesWith: TalkSummary[]
}

export interface AgendaDay {
  /** The venue-local date, "2018-12-04". */
  date: string
  items: AgendaItem[]
}

export interface Agenda {
  days: AgendaDay[]
  /** Starred ids that the schedule does not have (any more): kept, and shown as such. */
  missingIds: string[]
  talkCount: number
  /** Pairs of overlapping talks. */
  clashCount: number
}

/**
 * The starred talks by day in time order, with the gaps between them and the clashes among them. Linear in the
 * number of starred talks (plus the overlaps found), never in the size of the schedule.
 */
export function buildAgenda(model: ScheduleModel, ids: Iterable<string>): Agenda {
  const talks: ScheduleTalk[] = []
  const missingIds: string[] = []
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) continue
    seen.add(id)
    const talk = model.talkById.get(id)
    if (talk) talks.push(talk)
    else missingIds.push(id)
  }
  const timed = talks
    .map((talk) => ({ talk, start: Date.parse(talk.start), end: Date.parse(talk.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.talk.id.localeCompare(b.talk.id))

  const clashes = new Map<string, TalkSummary[]>()
  let clashCount = 0
  // Sweep in start order, keeping the talks still running: each one that is still running overlaps the next.
  let running: typeof timed = []
  for (const current of timed) {
    // A cancelled talk takes no time: it clashes with nothing.
    if (current.talk.status === 'cancelled') {
      clashes.set(current.talk.id, [])
      continue
    }
    running = running.filter((other) => other.end > current.start)
    for (const other of running) {
      clashes.get(other.talk.id)!.push(current.talk)
      clashCount++
    }
    clashes.set(
      current.talk.id,
      running.map((other) => other.talk),
    )
    running.push(current)
  }

  const days = new Map<string, AgendaDay>()
  const latestEndOf = new Map<string, number>()
  for (const { talk, start, end } of timed) {
    const session = talk.sessionId ? model.sessionById.get(talk.sessionId) : undefined
    const date = dayOfTalk(talk, model.schedule, model.sessionById)
    let day = days.get(date)
    if (!day) {
      day = { date, items: [] }
      days.set(date, day)
    }
    const latestEnd = latestEndOf.get(date) ?? start
    day.items.push({
      talk,
      session,
      gapBeforeMinutes: Math.max(0, Math.round((start - latestEnd) / 60_000)),
      clashesWith: clashes.get(talk.id) ?? [],
    })
    if (talk.status !== 'cancelled') latestEndOf.set(date, Math.max(latestEnd, end))
  }
  return {
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    missingIds,
    talkCount: talks.length,
    clashCount,
  }
}
