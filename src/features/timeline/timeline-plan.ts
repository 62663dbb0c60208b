/**
 * The timeline's shape, derived from the schedule: conference days, each with its blocks in time order, each with
 * its talks. A block is a session where the data has sessions (parallel sessions by track); talks in no session
 * (a frab or pretalx schedule has none) are shown in blocks of the talks that start at the same time, a display
 * grouping only. Built once per loaded schedule; filtering by day, room, track and type is then a cheap pick from it.
 */
import { dayOfTalk, type ScheduleModel } from '../../data/schedule-model'
import type { ScheduleTalk } from '../../data/types'
import { cachedBy } from '../../lib/cached-by'
import { epochOf } from '../../lib/instant'
import { filterFacts, matchesFilters, type ScheduleFilters } from '../../lib/schedule-filters'

/** What heads a block: a session, or a start time shared by the talks under it. */
export interface TimelineBlock {
  id: string
  /** The session's title; null for a block of talks starting together, which its time heads. */
  title: string | null
  day: string
  track?: string
  roomId?: string
  start: string
  end: string
}

export interface SessionPlan {
  session: TimelineBlock
  talks: ScheduleTalk[]
}

export interface DayPlan {
  date: string
  sessions: SessionPlan[]
  talkCount: number
}

export interface TimelinePlan {
  /** The days with talks (the outline lists them all: src/data/dataset-outline.ts). */
  dayByDate: Map<string, DayPlan>
}

export const timelinePlan = cachedBy(buildPlan)

function buildPlan(model: ScheduleModel): TimelinePlan {
  const { schedule, sessionById } = model
  const bySession = new Map<string, SessionPlan>()
  const bySlot = new Map<string, SessionPlan>()
  // model.talks is already in time order, so each block's list comes out sorted.
  for (const talk of model.talks) {
    const session = talk.sessionId ? sessionById.get(talk.sessionId) : undefined
    if (session) {
      let plan = bySession.get(session.id)
      if (!plan) bySession.set(session.id, (plan = { session: { ...session }, talks: [] }))
      plan.talks.push(talk)
      continue
    }
    const day = dayOfTalk(talk, schedule, sessionById)
    const key = `${day} ${talk.start}`
    let plan = bySlot.get(key)
    if (!plan) {
      const block = {
        id: `at-${epochOf(talk.start)}`,
        title: null,
        day,
        start: talk.start,
        end: talk.end,
      }
      plan = { session: block, talks: [] }
      bySlot.set(key, plan)
    }
    if (epochOf(talk.end) > epochOf(plan.session.end)) plan.session.end = talk.end
    plan.talks.push(talk)
  }
  // Sort keys computed once: Date.parse and a numeric-aware collator inside the comparator cost tens of
  // milliseconds for a thousand sessions. The tracks come in natural order from the build ("Track 2" before
  // "Track 10": scripts/build/filter-values.ts).
  const trackRank = new Map(schedule.filterValues.tracks.map((track, i) => [track, i]))
  const blocks = [...bySession.values(), ...bySlot.values()]
    .map((plan) => ({
      plan,
      start: epochOf(plan.session.start),
      track: plan.session.track ? (trackRank.get(plan.session.track) ?? -1) : -1,
      title: plan.session.title ?? '',
    }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.track - b.track ||
        (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
    )
    .map(({ plan }) => plan)
  const dayByDate = new Map<string, DayPlan>()
  for (const plan of blocks) {
    let day = dayByDate.get(plan.session.day)
    if (!day) {
      day = { date: plan.session.day, sessions: [], talkCount: 0 }
      dayByDate.set(plan.session.day, day)
    }
    day.sessions.push(plan)
    day.talkCount += plan.talks.length
  }
  return { dayByDate }
}

/** The day's blocks with only the talks that pass the room, track and type filters (a block left empty goes). */
export function sessionsMatching(
  day: DayPlan,
  filters: Pick<ScheduleFilters, 'room' | 'track' | 'type'>,
): SessionPlan[] {
  if (filters.room === null && filters.track === null && filters.type === null) return day.sessions
  return day.sessions.flatMap((plan) => {
    const talks = plan.talks.filter((talk) =>
      matchesFilters(filterFacts(talk, plan.session), filters),
    )
    if (talks.length === plan.talks.length) return [plan]
    return talks.length > 0 ? [{ session: plan.session, talks }] : []
  })
}
