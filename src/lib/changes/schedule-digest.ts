import type { ScheduleIndex } from '../../data/types'
import type { ScheduleDigest, TalkDigest } from './change-types'

/**
 * A schedule version reduced to what an attendee would want to be told about when it changes (title, time, room,
 * cancelled) and the former ids that let a renamed talk be followed. Rooms are kept by name: a room's id may not
 * survive a new version, and the name is what the attendee knows. One pass over the talks.
 */
export function digestOf(
  index: Pick<ScheduleIndex, 'version' | 'rooms' | 'talks'>,
): ScheduleDigest {
  const roomNames = new Map(index.rooms.map((room) => [room.id, room.name]))
  const talks = index.talks.map((talk): TalkDigest => {
    const digest: TalkDigest = {
      id: talk.id,
      title: talk.title,
      start: talk.start,
      end: talk.end,
      // A room id missing from the rooms list (the validator forbids it) still says more than no room.
      room: talk.roomId === undefined ? null : (roomNames.get(talk.roomId) ?? talk.roomId),
      cancelled: talk.status === 'cancelled',
    }
    if (talk.formerIds && talk.formerIds.length > 0) digest.formerIds = [...talk.formerIds]
    return digest
  })
  return { version: index.version, talks }
}
