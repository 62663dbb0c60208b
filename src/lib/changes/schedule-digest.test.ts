import { describe, expect, it } from 'vitest'
import type { Room, ScheduleTalk } from '../../data/types'
import { digestOf } from './schedule-digest'

const rooms: Room[] = [
  { id: 'r1', name: 'Janson' },
  { id: 'r2', name: 'K.1.105' },
]

function talk(id: string, extra: Partial<ScheduleTalk> = {}): ScheduleTalk {
  return {
    id,
    kind: 'oral',
    title: `Talk ${id}`,
    authorIds: ['a1'],
    start: '2026-02-01T10:00:00+01:00',
    end: '2026-02-01T10:30:00+01:00',
    details: 0,
    ...extra,
  }
}

describe('digestOf', () => {
  it('keeps what an attendee is told about, rooms by name and cancellation from the status', () => {
    const digest = digestOf({
      version: 'v2',
      rooms,
      talks: [
        talk('a', { roomId: 'r2', status: 'cancelled', track: 'Go', revision: 2 }),
        talk('b', { roomId: 'r1', status: 'confirmed', formerIds: ['b-old'] }),
        talk('c'),
      ],
    })
    expect(digest).toEqual({
      version: 'v2',
      talks: [
        {
          id: 'a',
          title: 'Talk a',
          start: '2026-02-01T10:00:00+01:00',
          end: '2026-02-01T10:30:00+01:00',
          room: 'K.1.105',
          cancelled: true,
        },
        {
          id: 'b',
          title: 'Talk b',
          start: '2026-02-01T10:00:00+01:00',
          end: '2026-02-01T10:30:00+01:00',
          room: 'Janson',
          cancelled: false,
          formerIds: ['b-old'],
        },
        {
          id: 'c',
          title: 'Talk c',
          start: '2026-02-01T10:00:00+01:00',
          end: '2026-02-01T10:30:00+01:00',
          room: null,
          cancelled: false,
        },
      ],
    })
  })

  it('leaves out an empty list of former ids', () => {
    const digest = digestOf({ version: 'v', rooms, talks: [talk('a', { formerIds: [] })] })
    expect(digest.talks[0]).not.toHaveProperty('formerIds')
  })

  it('keeps a room id it cannot name rather than dropping the room', () => {
    const digest = digestOf({ version: 'v', rooms, talks: [talk('a', { roomId: 'gone' })] })
    expect(digest.talks[0]!.room).toBe('gone')
  })
})
