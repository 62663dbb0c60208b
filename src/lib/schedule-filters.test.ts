import { describe, expect, it } from 'vitest'
import { daysMatching, unknownFilterKeys } from './schedule-filter-checks'
import {
  filterFacts,
  filterValuesOf,
  hasFilters,
  knownFilters,
  matchesFilters,
  NO_FILTERS,
  readScheduleFilters,
  writeScheduleFilters,
} from './schedule-filters'
import type { ScheduleFilterValues } from '../data/types'

const VALUES: ScheduleFilterValues = {
  rooms: [
    { id: 'janson', name: 'Janson' },
    { id: 'k-1105', name: 'K.1105' },
  ],
  tracks: ['Main Track', 'Rust devroom'],
  types: ['Keynote', 'Talk'],
  byDay: {
    '2027-01-30': [
      [0, 0, 0],
      [1, 1, 1],
    ],
    '2027-01-31': [
      [0, 0, 1],
      [1, -1, 1],
    ],
  },
}

describe('schedule filters in the URL', () => {
  it('reads each filter, trimmed, and nothing for empty values', () => {
    const params = new URLSearchParams('?day=2027-01-30&room=janson&track=+Rust+devroom+&type=&q=x')
    expect(readScheduleFilters(params)).toEqual({
      day: '2027-01-30',
      room: 'janson',
      track: 'Rust devroom',
      type: null,
    })
  })

  it('bounds a hostile value', () => {
    const params = new URLSearchParams({ room: 'x'.repeat(100_000) })
    expect(readScheduleFilters(params).room).toHaveLength(200)
  })

  it('writes only the filters given and keeps other parameters', () => {
    const params = new URLSearchParams('?q=rust&room=janson&now=2027-01-30T15:00:00%2B01:00')
    writeScheduleFilters(params, { room: null, track: 'Rust devroom' })
    expect(params.get('room')).toBeNull()
    expect(params.get('track')).toBe('Rust devroom')
    expect(params.get('q')).toBe('rust')
    expect(params.get('now')).toBe('2027-01-30T15:00:00+01:00')
  })

  it('drops values the conference does not have', () => {
    const values = { days: ['2027-01-30'], rooms: ['janson'], tracks: ['Main'], types: ['Talk'] }
    const filters = { day: '2027-02-01', room: 'janson', track: '<b>', type: 'Talk' }
    expect(knownFilters(filters, values)).toEqual({
      day: null,
      room: 'janson',
      track: null,
      type: 'Talk',
    })
  })

  it('matches a talk on every filter set', () => {
    const talk = { roomId: 'janson', track: 'Main', type: 'Talk' }
    expect(matchesFilters(talk, NO_FILTERS)).toBe(true)
    expect(matchesFilters(talk, { room: 'janson', track: 'Main', type: null })).toBe(true)
    expect(matchesFilters(talk, { room: 'k-1', track: null, type: null })).toBe(false)
    expect(hasFilters(NO_FILTERS)).toBe(false)
    expect(hasFilters({ ...NO_FILTERS, type: 'Talk' })).toBe(true)
  })

  it('knows the days a combination of filters has talks on', () => {
    const match = (room: string | null, track: string | null, type: string | null) =>
      daysMatching(VALUES, { room, track, type })
    expect(match(null, null, null)).toEqual(['2027-01-30', '2027-01-31'])
    expect(match('janson', null, null)).toEqual(['2027-01-30', '2027-01-31'])
    expect(match('janson', null, 'Keynote')).toEqual(['2027-01-30'])
    expect(match('k-1105', 'Rust devroom', null)).toEqual(['2027-01-30'])
    expect(match('k-1105', 'Main Track', null)).toEqual([])
  })

  it('checks the URL against the conference’s values and names what it dropped', () => {
    const given = readScheduleFilters(new URLSearchParams('?room=janson&track=<script>&type=Talk'))
    const known = knownFilters(given, filterValuesOf(['2027-01-30'], VALUES))
    expect(known).toEqual({ day: null, room: 'janson', track: null, type: 'Talk' })
    expect(unknownFilterKeys(given, known)).toEqual(['track'])
  })

  it('takes a talk’s room and track from its session when it names none', () => {
    const session = { roomId: 'janson', track: 'Main Track' }
    expect(filterFacts({ type: 'Talk' }, session)).toEqual({
      roomId: 'janson',
      track: 'Main Track',
      type: 'Talk',
    })
    expect(filterFacts({ roomId: 'k-1105', track: 'Rust devroom' }, session)).toEqual({
      roomId: 'k-1105',
      track: 'Rust devroom',
      type: undefined,
    })
  })
})
