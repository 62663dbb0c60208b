/**
 * What is on now and what is next, from the sessions and the clock. Pure, so the rules are tested without React:
 * - a talk is "now" while start <= now < end (one per parallel session), "past" once it ended;
 * - in each lane (a room, else a session) the talk after the one in progress is "next"; in a lane that has not
 *   started, or that is between talks, its first upcoming talk is "next" when it starts at the soonest upcoming start
 *   time of the day (the next slot), or while its own session is under way;
 * - a cancelled talk is never now or next.
 */
import type { TalkSummary } from '../data/types'
import { epochOf } from './instant'

/** A session with its talks in time order. */
export interface LiveSession {
  session: { start: string; end: string }
  talks: readonly Pick<TalkSummary, 'id' | 'start' | 'end' | 'roomId' | 'status'>[]
}

export type TalkState = 'past' | 'now' | 'next' | 'later'

export interface LiveInfo {
  state: TalkState
  /** For "now": whole minutes left, rounded up (a talk with 30 s to go has "1 min left"). */
  minutesLeft: number
  /** For "now": elapsed share, 0 to 100. */
  percentDone: number
  /** For "next": whole minutes until it starts, rounded up. */
  minutesUntil: number
}

const MINUTE = 60_000

export function liveStatus(sessions: readonly LiveSession[], now: number): Map<string, LiveInfo> {
  const status = new Map<string, LiveInfo>()
  let soonestUpcoming = Infinity
  for (const { talks } of sessions)
    for (const talk of talks) {
      const start = epochOf(talk.start)
      if (start > now && start < soonestUpcoming && talk.status !== 'cancelled')
        soonestUpcoming = start
    }

  const lanesAfterLive = new Set<string>()
  const lanesWithNext = new Set<string>()
  sessions.forEach(({ session, talks }, sessionIndex) => {
    const sessionUnderWay = epochOf(session.start) <= now && now < epochOf(session.end)
    for (const talk of talks) {
      const start = epochOf(talk.start)
      const end = epochOf(talk.end)
      const lane = talk.roomId ?? `session ${sessionIndex}`
      let info: LiveInfo
      if (end <= now) info = { state: 'past', minutesLeft: 0, percentDone: 100, minutesUntil: 0 }
      else if (talk.status === 'cancelled')
        info = { state: 'later', minutesLeft: 0, percentDone: 0, minutesUntil: 0 }
      else if (start <= now) {
        info = {
          state: 'now',
          minutesLeft: Math.ceil((end - now) / MINUTE),
          percentDone: Math.round(((now - start) / (end - start)) * 100),
          minutesUntil: 0,
        }
        lanesAfterLive.add(lane)
      } else {
        const isNext =
          !lanesWithNext.has(lane) &&
          (lanesAfterLive.has(lane) || sessionUnderWay || start === soonestUpcoming)
        if (isNext) lanesWithNext.add(lane)
        info = {
          state: isNext ? 'next' : 'later',
          minutesLeft: 0,
          percentDone: 0,
          minutesUntil: Math.ceil((start - now) / MINUTE),
        }
      }
      status.set(talk.id, info)
    }
  })
  return status
}

/**
 * Where "now" is in a list: the first talk in progress, else the first marked next. Null when neither is shown
 * (the day is over, or it is not today).
 */
export function nowTarget(
  sessions: readonly LiveSession[],
  status: ReadonlyMap<string, LiveInfo>,
): string | null {
  let next: string | null = null
  for (const { talks } of sessions)
    for (const talk of talks) {
      const state = status.get(talk.id)?.state
      if (state === 'now') return talk.id
      if (state === 'next' && next === null) next = talk.id
    }
  return next
}
