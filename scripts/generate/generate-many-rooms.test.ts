import { describe, expect, it } from 'vitest'
import { validateDataset } from '../dataset/validate-dataset'
import { generateManyRooms } from './generate-many-rooms'

describe('generateManyRooms', () => {
  const dataset = generateManyRooms()

  it('writes a valid sessionless dataset with the same talks on every run', () => {
    expect(validateDataset(dataset)).toEqual([])
    expect(dataset.sessions).toEqual([])
    expect(generateManyRooms().talks.map((talk) => talk.id)).toEqual(
      dataset.talks.map((talk) => talk.id),
    )
  })

  it('keeps at least 20 of its 24 rooms busy on Saturday afternoon', () => {
    const at = Date.parse('2027-01-30T15:00:00+01:00')
    const busy = new Set(
      dataset.talks
        .filter((talk) => Date.parse(talk.start) <= at && Date.parse(talk.end) > at)
        .map((talk) => talk.roomId),
    )
    expect(dataset.rooms).toHaveLength(24)
    expect(busy.size).toBeGreaterThanOrEqual(20)
  })

  it('has one type for most talks, a few others, and a cancelled talk a day', () => {
    const talkType = dataset.talks.filter((talk) => talk.type === 'Talk').length
    expect(talkType / dataset.talks.length).toBeGreaterThan(0.8)
    expect(new Set(dataset.talks.map((talk) => talk.type)).size).toBe(3)
    expect(dataset.talks.filter((talk) => talk.status === 'cancelled')).toHaveLength(2)
  })
})
