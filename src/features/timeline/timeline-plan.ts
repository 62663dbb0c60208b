/**
 * The timeline's shape, derived from the schedule: conference days, each with its sessions in time order (parallel
 * sessions by track), each with its talks. Built once per loaded schedule; filtering by day and track is then a
 * cheap pick from it.
 */
import type { ScheduleModel } from '../../data/schedule-model'
import type { ScheduleSession, TalkSummary } from '../../data/types'
import { cachedBy } from '../../lib/cached-by'
import { epochOf } from '../../lib/instant'

export interface SessionPlan {
  session: ScheduleSession
  talks: TalkSummary[]
}

export interface DayPlan {
  date: string
  sessions: SessionPlan[]
  talkCount: number
}

export interface TimelinePlan {
  /** The days with sessions (the outline lists them all: src/data/dataset-outline.ts). */
  dayByDate: Map<string, DayPlan>
  /** Distinct tracks in natural order ("Track 2" before "Track 10"); empty when no session names one. */
  tracks: string[]
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })
export const timelinePlan = cachedBy(buildPlan)

function buildPlan(model: ScheduleModel): TimelinePlan {
  const talksBySession = new Map<string, TalkSummary[]>()
  // model.talks is already in time order, so each session's list comes out sorted.
  for (const talk of model.talks) {
    const list = talksBySession.get(talk.sessionId)
    if (list) list.push(talk)
    else talksBySession.set(talk.sessionId, [talk])
  }
  // Sort keys computed once: Date.parse and a numeric-aware collator inside the comparator cost tens of
  // milliseconds for a thousand sessions.
  const tracks = [
    ...new Set(model.schedule.sessions.map((s) => s.track).filter((t): t is string => Boolean(t))),
  ].sort(collator.compare)
  const trackRank = new Map(tracks.map((track, i) => [track, i]))
  const sessions = model.schedule.sessions
    .map((session) => ({
      session,
      start: epochOf(session.start),
      track: session.track ? trackRank.get(session.track)! : -1,
    }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        a.track - b.track ||
        (a.session.title < b.session.title ? -1 : a.session.title > b.session.title ? 1 : 0),
    )
    .map(({ session }) => session)
  const dayByDate = new Map<string, DayPlan>()
  for (const session of sessions) {
    let day = dayByDate.get(session.day)
    if (!day) {
      day = { date: session.day, sessions: [], talkCount: 0 }
      dayByDate.set(session.day, day)
    }
    const talks = talksBySession.get(session.id) ?? []
    day.sessions.push({ session, talks })
    day.talkCount += talks.length
  }
  return { dayByDate, tracks }
}

/** The day's sessions on one track, or all of them. */
export function sessionsOnTrack(day: DayPlan, track: string | null): SessionPlan[] {
  return track ? day.sessions.filter((s) => s.session.track === track) : day.sessions
}
