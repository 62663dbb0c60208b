/**
 * What the filters' messages ask of the URL and the conference: which of a link's filters it does not know, which
 * days have talks that pass them. Apart from schedule-filters.ts (the one rule for the filters in the URL, on every
 * first visit) so that they load with those messages, in their own chunk.
 */
import type { ScheduleFilterValues } from '../data/types'
import { FILTER_KEYS, type FilterKey, type ScheduleFilters } from './schedule-filters'

/** The filters given in the URL that the conference does not know (a stale or mistyped link), to say so. */
export function unknownFilterKeys(given: ScheduleFilters, known: ScheduleFilters): FilterKey[] {
  return FILTER_KEYS.filter((key) => given[key] !== null && known[key] === null)
}

/** The conference days with a talk passing the room, track and type filters, in order. */
export function daysMatching(
  values: ScheduleFilterValues,
  filters: Pick<ScheduleFilters, 'room' | 'track' | 'type'>,
): string[] {
  const wanted = [
    filters.room === null ? null : values.rooms.findIndex((room) => room.id === filters.room),
    filters.track === null ? null : values.tracks.indexOf(filters.track),
    filters.type === null ? null : values.types.indexOf(filters.type),
  ]
  return Object.keys(values.byDay)
    .filter((day) =>
      values.byDay[day]!.some((facts) =>
        wanted.every((index, i) => index === null || facts[i] === index),
      ),
    )
    .sort()
}
