import { dayOfTalk } from '../../src/data/schedule-model'
import type { Dataset, ScheduleFilterValues } from '../../src/data/types'
import { filterFacts } from '../../src/lib/schedule-filters'

const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare

/**
 * The whole conference's room, track and type values, and which of them each day has, computed once here so that
 * every index file can carry them: the timeline loads one day's file and still offers every room and track.
 */
export function scheduleFilterValues(
  dataset: Pick<Dataset, 'conference' | 'rooms' | 'sessions' | 'talks'>,
): ScheduleFilterValues {
  const sessionById = new Map(dataset.sessions.map((session) => [session.id, session]))
  const talks = dataset.talks.map((talk) => ({
    day: dayOfTalk(talk, dataset, sessionById),
    ...filterFacts(talk, talk.sessionId ? sessionById.get(talk.sessionId) : undefined),
  }))
  const distinct = (values: (string | undefined)[]) =>
    [...new Set(values.filter((value): value is string => Boolean(value)))].sort(naturalOrder)
  const usedRooms = new Set(talks.map((talk) => talk.roomId))
  const rooms = dataset.rooms
    .filter((room) => usedRooms.has(room.id))
    .map((room) => ({ id: room.id, name: room.name }))
  const tracks = distinct(talks.map((talk) => talk.track))
  const types = distinct(talks.map((talk) => talk.type))

  const roomIndex = new Map(rooms.map((room, i) => [room.id, i]))
  const trackIndex = new Map(tracks.map((track, i) => [track, i]))
  const typeIndex = new Map(types.map((type, i) => [type, i]))
  const seen = new Map<string, Map<string, [number, number, number]>>()
  for (const talk of talks) {
    const facts: [number, number, number] = [
      indexOf(roomIndex, talk.roomId),
      indexOf(trackIndex, talk.track),
      indexOf(typeIndex, talk.type),
    ]
    let day = seen.get(talk.day)
    if (!day) seen.set(talk.day, (day = new Map()))
    day.set(facts.join(' '), facts)
  }
  const byDay = Object.fromEntries(
    [...seen.keys()].sort().map((day) => [day, [...seen.get(day)!.values()]]),
  )
  return { rooms, tracks, types, byDay }
}

function indexOf(index: ReadonlyMap<string, number>, value: string | undefined): number {
  return (value === undefined ? undefined : index.get(value)) ?? -1
}
