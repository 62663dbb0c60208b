import { createHash } from 'node:crypto'
import type { Dataset, Talk } from '../../src/data/types'

/**
 * What makes a new revision of a talk: its time, room, title or status, the things an attendee (and a calendar
 * app) must hear about. The room is its name, as the attendee reads it. Instants are compared as instants, so the
 * same time written with another offset is no change.
 */
export interface TalkState {
  start: string
  end: string
  room: string | null
  title: string
  cancelled: boolean
}

/** A short hash of a talk's state: kept by the importers beside each talk's ids, to see whether it changed. */
export function talkFingerprint(state: TalkState): string {
  const facts = [
    Date.parse(state.start),
    Date.parse(state.end),
    state.room,
    state.title,
    state.cancelled,
  ]
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16)
}

/** A talk's state in a dataset: its room is its own, else its session's. */
export function talkState(talk: Talk, dataset: Pick<Dataset, 'rooms' | 'sessions'>): TalkState {
  const roomId =
    talk.roomId ?? dataset.sessions.find((session) => session.id === talk.sessionId)?.roomId
  return {
    start: talk.start,
    end: talk.end,
    room: dataset.rooms.find((room) => room.id === roomId)?.name ?? null,
    title: talk.title,
    cancelled: talk.status === 'cancelled',
  }
}

/**
 * The ids a talk has had, oldest first, once it is known by `currentId`: a new id goes last; an id it had before
 * (the source renamed it back) moves last, so its former ids never hold its current one.
 */
export function idChain(ids: readonly string[], currentId: string): string[] {
  return [...ids.filter((id) => id !== currentId), currentId]
}

/**
 * The talk with its revision and former ids, placed after its status (where the data model lists them), both left
 * out when there is nothing to say: a talk that never changed keeps exactly the bytes it had.
 */
export function withHistory(
  talk: Talk,
  history: { revision: number; formerIds: readonly string[] },
): Talk {
  const { revision: _revision, formerIds: _formerIds, ...rest } = talk
  const fields: Partial<Talk> = {
    ...(history.revision > 0 ? { revision: history.revision } : {}),
    ...(history.formerIds.length > 0 ? { formerIds: [...history.formerIds] } : {}),
  }
  return insertAfter(rest as Talk, fields, ['status', 'subtitle', 'title'])
}

/**
 * The talk with `fields` set: one it has keeps its place, one it lacks goes after the first of `after` it has (else
 * last), so an edited talk's JSON reads like an imported one.
 */
export function insertAfter(talk: Talk, fields: Partial<Talk>, after: readonly string[]): Talk {
  const entries = Object.entries(talk).map(([key, value]): [string, unknown] =>
    key in fields ? [key, fields[key as keyof Talk]] : [key, value],
  )
  const added = Object.entries(fields).filter(([key]) => !(key in talk))
  const anchor = after.find((key) => key in talk)
  const at = anchor ? entries.findIndex(([key]) => key === anchor) + 1 : entries.length
  return Object.fromEntries([
    ...entries.slice(0, at),
    ...added,
    ...entries.slice(at),
  ]) as unknown as Talk
}
