/**
 * A talk's previous and next: the talks around it in its room (its track when the data names no room, its session
 * when it names neither), in time order, across sessions and days. That is what "next" means to someone sitting in
 * the room.
 */
import { roomOfTalk, type ScheduleModel } from '../../data/schedule-model'
import type { TalkSummary } from '../../data/types'

export interface Neighbours {
  previous?: TalkSummary
  next?: TalkSummary
}

const cache = new WeakMap<ScheduleModel, Map<string, Neighbours>>()

export function talkNeighbours(model: ScheduleModel, talkId: string): Neighbours {
  let all = cache.get(model)
  if (!all) {
    all = buildNeighbours(model)
    cache.set(model, all)
  }
  return all.get(talkId) ?? {}
}

function buildNeighbours(model: ScheduleModel): Map<string, Neighbours> {
  const lanes = new Map<string, TalkSummary[]>()
  // model.talks is in time order, so every lane comes out sorted.
  for (const talk of model.talks) {
    const session = talk.sessionId ? model.sessionById.get(talk.sessionId) : undefined
    const room = roomOfTalk(model, talk)
    const track = talk.track ?? session?.track
    const lane = room
      ? `room:${room.id}`
      : track
        ? `track:${track}`
        : `session:${talk.sessionId ?? ''}`
    const list = lanes.get(lane)
    if (list) list.push(talk)
    else lanes.set(lane, [talk])
  }
  const neighbours = new Map<string, Neighbours>()
  for (const list of lanes.values())
    list.forEach((talk, i) => neighbours.set(talk.id, { previous: list[i - 1], next: list[i + 1] }))
  return neighbours
}
