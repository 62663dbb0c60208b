/**
 * The "Now" page's content, from a day's schedule and the clock. Pure, so every case is tested without React:
 * which conference day to load at an instant, and per room what is on now and what is next.
 *
 * Now and next come from the one live rule (src/lib/live-status.ts), which also keeps cancelled talks out of both.
 * Its "next" is the talk after the one in progress, or a lane's first upcoming talk while the lane's session is under
 * way. This page asks it per room with the room's programme as that session, from now to the room's last talk: so
 * every room still to run a talk has one "next", whether it is between talks, not started yet, or on another day.
 */
import { dayOfTalk, roomOfTalk, type ScheduleModel } from '../../data/schedule-model'
import type { ScheduleTalk } from '../../data/types'
import { calendarDate } from '../../lib/format-time'
import { epochOf } from '../../lib/instant'
import { liveStatus, type LiveSession } from '../../lib/live-status'

/**
 * The conference day whose talks the page shows at the venue date `today` (null without a clock: the first, as the
 * page is prerendered): that day when it is a conference day, else the next one, else the last (after the end).
 */
export function dayToShow(dates: readonly string[], today: string | null): string | undefined {
  if (today === null) return dates[0]
  return dates.find((date) => date >= today) ?? dates[dates.length - 1]
}

/**
 * An instant at which the data was already captured, when the conference was over by then (its `asOf` date had
 * begun after the last conference day at the venue), else null. Until the page knows the clock (prerendered,
 * hydrating) it shows the conference at that instant: over, as any later clock shows it too, so the live page paints
 * nothing new and moves nothing.
 */
export function overWhenCaptured(
  asOf: string,
  lastDay: string | undefined,
  timeZone: string,
): number | null {
  // The date `asOf` begins nowhere earlier than at UTC+14.
  const captured = Date.parse(`${asOf}T00:00:00Z`) - 14 * 3_600_000
  if (lastDay === undefined || Number.isNaN(captured)) return null
  return calendarDate(captured, timeZone) > lastDay ? captured : null
}

/**
 * The day the page shows before it knows the clock (prerendered, hydrating): the last when the data was captured
 * after the conference (the page then takes overWhenCaptured as its clock), else the first. The prerender seeds that
 * day's file (src/app/entry-server.tsx): a multi-day conference imported after it ended failed to build without it.
 */
export function dayWithoutClock(
  dates: readonly string[],
  asOf: string,
  timeZone: string,
): string | undefined {
  const over = overWhenCaptured(asOf, dates.at(-1), timeZone)
  return dayToShow(dates, over === null ? null : calendarDate(over, timeZone))
}

/** The conference day after `date`, if any. */
export function dayAfter(dates: readonly string[], date: string): string | undefined {
  return dates.find((other) => other > date)
}

export interface RoomLine {
  /** The room's id, else the session's (a conference of sessions without rooms), else "all". */
  id: string
  name: string
  now?: { talk: ScheduleTalk; minutesLeft: number }
  next?: { talk: ScheduleTalk; day: string }
}

export interface RoomBoard {
  rooms: RoomLine[]
  /** Whether any room has a talk now or still to come on the day. */
  anyAhead: boolean
  /** The day's first and last talk that are not cancelled (for "the conference starts / ended"). */
  first?: ScheduleTalk
  last?: ScheduleTalk
}

interface Lane {
  id: string
  name: string
  talks: ScheduleTalk[]
}

/**
 * The day's rooms in the source's order, each with its talks in time order. Talks in no room form a lane per
 * session (a session page's data has no rooms), else one lane named after the conference.
 */
export function lanesOf(model: ScheduleModel): Lane[] {
  const { schedule } = model
  const lanes = new Map<string, Lane>()
  for (const room of schedule.rooms) lanes.set(room.id, { id: room.id, name: room.name, talks: [] })
  for (const talk of model.talks) {
    const room = roomOfTalk(model, talk)
    const session = talk.sessionId ? model.sessionById.get(talk.sessionId) : undefined
    const id = room?.id ?? session?.id ?? 'all'
    let lane = lanes.get(id)
    if (!lane) {
      const name = room?.name ?? session?.title ?? schedule.conference.name
      lanes.set(id, (lane = { id, name, talks: [] }))
    }
    lane.talks.push(talk)
  }
  return [...lanes.values()].filter((lane) => lane.talks.length > 0)
}

/** Each room's now and next at `now` (epoch ms), from one day's schedule. */
export function roomBoard(model: ScheduleModel, now: number): RoomBoard {
  const lanes = lanesOf(model)
  const since = new Date(now).toISOString()
  const sessions: LiveSession[] = lanes.map((lane) => ({
    session: { start: since, end: lane.talks[lane.talks.length - 1]!.end },
    talks: lane.talks,
  }))
  const status = liveStatus(sessions, now)
  let anyAhead = false
  const rooms = lanes.map((lane): RoomLine => {
    const line: RoomLine = { id: lane.id, name: lane.name }
    for (const talk of lane.talks) {
      const info = status.get(talk.id)
      if (info?.state === 'now' && !line.now) line.now = { talk, minutesLeft: info.minutesLeft }
      if (info?.state === 'next' && !line.next)
        line.next = { talk, day: dayOfTalk(talk, model.schedule, model.sessionById) }
    }
    if (line.now || line.next) anyAhead = true
    return line
  })
  const held = model.talks.filter((talk) => talk.status !== 'cancelled')
  let last: ScheduleTalk | undefined
  for (const talk of held) if (!last || epochOf(talk.end) > epochOf(last.end)) last = talk
  return { rooms, anyAhead, first: held[0], last }
}

/** The rooms of a day with nothing filled in: the page's shape before the clock is known. */
export function emptyBoard(model: ScheduleModel): RoomLine[] {
  return lanesOf(model).map((lane) => ({ id: lane.id, name: lane.name }))
}
