/**
 * Where each talk of a day sits in the grid: its column (its room, in the order the source lists the rooms), its
 * place down the time axis, and its lane when talks overlap in one room. Pure, so the rules are tested without React;
 * the grid turns minutes into pixels.
 */
import { roomOfTalk, type ScheduleModel } from '../../../data/schedule-model'
import type { ScheduleTalk } from '../../../data/types'
import { epochOf } from '../../../lib/instant'
import { zoneOffsetMinutes } from '../../../lib/zoned-time'

export const MINUTE_MS = 60_000
/** The time axis moves in quarter hours: every zone's offset from UTC is a whole number of them. */
export const SLOT_MINUTES = 15
const SLOT_MS = SLOT_MINUTES * MINUTE_MS

export interface GridColumn {
  /** The room's id; '' for the talks that name no room. */
  id: string
  name: string
}

export interface GridTalk {
  talk: ScheduleTalk
  /** Its place in the layout's order, from 0. */
  index: number
  column: number
  /** Overlapping talks in one room share its width: this one's lane of `lanes`. */
  lane: number
  lanes: number
  /** Epoch ms. */
  start: number
  end: number
}

export interface GridLayout {
  columns: GridColumn[]
  /** By start, then room, then lane: the order a reader tabs through them. */
  talks: GridTalk[]
  /** Epoch ms of the top of the axis, on a half hour of the zone shown; `end` on a quarter hour. */
  origin: number
  end: number
  /** Quarter hours from `origin` to `end`. */
  slots: number
}

export const NO_ROOM: GridColumn = { id: '', name: 'No room' }

/** The minute of the hour an instant shows in a zone (0 to 59). */
export function wallMinute(epoch: number, timeZone: string): number {
  const minutes = Math.floor(epoch / MINUTE_MS) + zoneOffsetMinutes(epoch, timeZone)
  return ((minutes % 60) + 60) % 60
}

export function gridLayout(
  talks: readonly ScheduleTalk[],
  model: ScheduleModel,
  timeZone: string,
): GridLayout {
  const roomIdOf = (talk: ScheduleTalk) => roomOfTalk(model, talk)?.id ?? NO_ROOM.id
  const used = new Set(talks.map(roomIdOf))
  // Only the rooms with talks in what is shown (the day, and any filter): an empty column is only width to scroll past.
  const columns: GridColumn[] = model.schedule.rooms
    .filter((room) => used.has(room.id))
    .map((room) => ({ id: room.id, name: room.name }))
  if (used.has(NO_ROOM.id)) columns.push(NO_ROOM)
  const columnOf = new Map(columns.map((column, index) => [column.id, index]))

  const placed: GridTalk[] = talks.map((talk) => ({
    talk,
    index: 0,
    column: columnOf.get(roomIdOf(talk))!,
    lane: 0,
    lanes: 1,
    start: epochOf(talk.start),
    end: Math.max(epochOf(talk.end), epochOf(talk.start)),
  }))
  placed.sort((a, b) => a.start - b.start || a.column - b.column || a.end - b.end)
  placed.forEach((talk, index) => (talk.index = index))
  assignLanes(placed, columns.length)

  if (placed.length === 0) return { columns, talks: placed, origin: 0, end: 0, slots: 0 }
  let origin = Math.floor(placed[0]!.start / SLOT_MS) * SLOT_MS
  while (wallMinute(origin, timeZone) % 30 !== 0) origin -= SLOT_MS
  const last = Math.max(...placed.map((talk) => talk.end))
  const slots = Math.max(1, Math.ceil((last - origin) / SLOT_MS))
  return { columns, talks: placed, origin, end: origin + slots * SLOT_MS, slots }
}

/**
 * Talks that overlap in one room (a source's double booking, or a talk inside a longer slot) side by side: each run
 * of overlapping talks gets as many lanes as it needs at once, and each talk the first lane free at its start.
 */
function assignLanes(placed: GridTalk[], columnCount: number): void {
  const runs = Array.from({ length: columnCount }, () => ({
    talks: [] as GridTalk[],
    laneEnds: [] as number[],
    end: -Infinity,
  }))
  const close = (run: (typeof runs)[number]) => {
    for (const talk of run.talks) talk.lanes = run.laneEnds.length
    run.talks = []
    run.laneEnds = []
  }
  for (const talk of placed) {
    const run = runs[talk.column]!
    if (talk.start >= run.end) close(run)
    let lane = run.laneEnds.findIndex((end) => end <= talk.start)
    if (lane < 0) lane = run.laneEnds.push(talk.end) - 1
    else run.laneEnds[lane] = talk.end
    talk.lane = lane
    run.talks.push(talk)
    run.end = Math.max(run.end, talk.end)
  }
  for (const run of runs) close(run)
}

/** The talks of the layout that show between two instants (epoch ms), in the layout's order. */
export function talksBetween(talks: readonly GridTalk[], from: number, to: number): GridTalk[] {
  return talks.filter((talk) => talk.end > from && talk.start < to)
}

/**
 * What a talk's link says: its title, time and room (a grid places them by position, which a screen reader does not
 * see), then whether it is cancelled or starred.
 */
export function talkLinkName(
  title: string,
  time: string,
  room: string,
  { cancelled, starred }: { cancelled: boolean; starred: boolean },
): string {
  return [title, time, room, cancelled && 'cancelled', starred && 'starred']
    .filter(Boolean)
    .join(', ')
}
