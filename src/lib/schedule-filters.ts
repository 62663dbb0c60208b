/**
 * The filters an attendee narrows the schedule with, the same on the timeline and the search page, and their place
 * in the URL: `?day=2027-01-30&room=janson&track=Rust devroom&type=Lightning talk`. The day is a conference date,
 * the room a room's id, the track and the type as the source publishes them. A value the conference does not have
 * (a stale or hand-made link) is dropped rather than trusted: see `knownFilters`.
 */
import type { ScheduleFilterValues, Session, TalkSummary } from '../data/types'

export interface ScheduleFilters {
  day: string | null
  room: string | null
  track: string | null
  type: string | null
}

export const FILTER_KEYS = ['day', 'room', 'track', 'type'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

export const NO_FILTERS: ScheduleFilters = { day: null, room: null, track: null, type: null }

/** Longer than any real room, track or type name; a hostile URL's megabyte goes no further than this. */
const MAX_VALUE_LENGTH = 200

/** As written in the URL, trimmed and bounded, not yet checked against the conference (see `knownFilters`). */
export function readScheduleFilters(params: URLSearchParams): ScheduleFilters {
  const read = (key: FilterKey) => {
    const value = params.get(key)?.trim().slice(0, MAX_VALUE_LENGTH)
    return value ? value : null
  }
  return { day: read('day'), room: read('room'), track: read('track'), type: read('type') }
}

/** Sets or removes each filter given; other parameters (`q`, `now`) are kept. Returns `params`, changed. */
export function writeScheduleFilters(
  params: URLSearchParams,
  filters: Partial<ScheduleFilters>,
): URLSearchParams {
  for (const key of FILTER_KEYS) {
    if (!(key in filters)) continue
    const value = filters[key]
    if (value) params.set(key, value)
    else params.delete(key)
  }
  return params
}

/** The values the conference has for each filter (its days, room ids, tracks and types). */
export interface FilterValues {
  days: readonly string[]
  rooms: readonly string[]
  tracks: readonly string[]
  types: readonly string[]
}

/** The filters with every value the conference does not have dropped. */
export function knownFilters(filters: ScheduleFilters, values: FilterValues): ScheduleFilters {
  const known = (value: string | null, list: readonly string[]) =>
    value !== null && list.includes(value) ? value : null
  return {
    day: known(filters.day, values.days),
    room: known(filters.room, values.rooms),
    track: known(filters.track, values.tracks),
    type: known(filters.type, values.types),
  }
}

/** The values each filter can take: the conference's days (the outline's) and its index's filter values. */
export function filterValuesOf(
  days: readonly string[],
  values: Pick<ScheduleFilterValues, 'rooms' | 'tracks' | 'types'>,
): FilterValues {
  return {
    days,
    rooms: values.rooms.map((room) => room.id),
    tracks: values.tracks,
    types: values.types,
  }
}

/**
 * A talk's room, track and type as the filters see them: its own, else its session's (a session page's talks
 * name neither room nor track). The build's filter values and the timeline both read talks through this.
 */
export function filterFacts(
  talk: Pick<TalkSummary, 'roomId' | 'track' | 'type'>,
  session?: Pick<Session, 'roomId' | 'track'>,
): Pick<TalkSummary, 'roomId' | 'track' | 'type'> {
  return {
    roomId: talk.roomId ?? session?.roomId,
    track: talk.track ?? session?.track,
    type: talk.type,
  }
}

/** Whether a talk passes the room, track and type filters (the day is the caller's: see `dayOfTalk`). */
export function matchesFilters(
  talk: Pick<TalkSummary, 'roomId' | 'track' | 'type'>,
  filters: Pick<ScheduleFilters, 'room' | 'track' | 'type'>,
): boolean {
  return (
    (filters.room === null || talk.roomId === filters.room) &&
    (filters.track === null || talk.track === filters.track) &&
    (filters.type === null || talk.type === filters.type)
  )
}

export function hasFilters(filters: ScheduleFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== null)
}
