import { describe, expect, it } from 'vitest'
import { multiSessionDataset } from '../../tests/fixtures/multi-session'
import { dayIndex } from '../../src/data/day-index'
import { generateManyRooms } from '../generate/generate-many-rooms'
import { scheduleFilterValues } from './filter-values'
import { splitDataset } from './split-dataset'

describe('scheduleFilterValues', () => {
  it('lists every room in the source’s order, every track in natural order, and every type', () => {
    const dataset = generateManyRooms()
    const values = scheduleFilterValues(dataset)
    expect(values.rooms.map((room) => room.id)).toEqual(dataset.rooms.map((room) => room.id))
    expect(values.rooms[0]).toEqual({ id: 'janson', name: 'Janson' })
    const tracks = new Set(dataset.talks.map((talk) => talk.track!))
    expect(new Set(values.tracks)).toEqual(tracks)
    expect(values.tracks).toEqual(
      [...tracks].sort(new Intl.Collator('en', { numeric: true }).compare),
    )
    expect(new Set(values.types)).toEqual(new Set(dataset.talks.map((talk) => talk.type)))
    expect(Object.keys(values.byDay)).toEqual(['2027-01-30', '2027-01-31'])
  })

  it('takes a talk’s room and track from its session, and leaves out rooms with no talk', () => {
    const values = scheduleFilterValues(multiSessionDataset)
    expect(values.rooms.map((room) => room.id)).toEqual(['room-220-east', 'hall-c'])
    expect(values.tracks).toEqual(['Track 1', 'Track 2'])
    expect(values.types).toEqual([])
    expect(values.byDay).toEqual({
      '2018-12-03': [
        [0, 0, -1],
        [1, 1, -1],
      ],
      '2018-12-04': [[-1, 0, -1]],
    })
  })

  it('is carried whole in each day’s index file', () => {
    const { schedule } = splitDataset(multiSessionDataset, (index) => `details-${index}.json`)
    const day = dayIndex(schedule, '2018-12-04')
    expect(day.filterValues).toEqual(schedule.filterValues)
    // Track 2 and Hall C are on the first day only: the second day's file still names them.
    expect(day.talks.map((talk) => talk.sessionId)).toEqual(['session-c', 'session-c'])
    expect(day.filterValues.tracks).toContain('Track 2')
    expect(day.filterValues.rooms).toContainEqual({ id: 'hall-c', name: 'Hall C' })
  })
})
