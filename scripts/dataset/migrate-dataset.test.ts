import { describe, expect, it } from 'vitest'
import { migrateDataset } from './migrate-dataset'
import { validateDataset } from './validate-dataset'

/** A v1 file as the importer wrote it before schema v2: rooms as names, abstracts as strings, links as a record. */
const v1 = {
  schemaVersion: 1,
  version: '2026-11-26.abc',
  asOf: '2026-11-26',
  conference: { id: 'c', name: 'C', timeZone: 'America/Los_Angeles' },
  days: [{ date: '2018-12-04' }],
  sessions: [
    {
      id: 's',
      title: 'Session',
      day: '2018-12-04',
      track: 'Track 2',
      room: 'Room 517 CD',
      start: '2018-12-04T12:30:00-08:00',
      end: '2018-12-04T14:00:00-08:00',
    },
  ],
  talks: [
    {
      id: 't',
      sessionId: 's',
      kind: 'oral',
      title: 'Talk',
      authorIds: ['a'],
      abstract: ['One.', 'Two.'],
      start: '2018-12-04T12:30:00-08:00',
      end: '2018-12-04T12:45:00-08:00',
      room: 'Hall A',
      links: { paper: 'https://example.org/p.pdf', code: 'https://example.org/c' },
    },
  ],
  authors: [{ id: 'a', name: 'Ada' }],
}

describe('migrateDataset', () => {
  it('brings a v1 file to a valid v2 with the same ids', () => {
    const v2 = migrateDataset(structuredClone(v1)) as Record<string, never>
    expect(validateDataset(v2)).toEqual([])
    expect(v2).toMatchObject({
      schemaVersion: 2,
      conference: { language: 'en' },
      rooms: [
        { id: 'room-517-cd', name: 'Room 517 CD' },
        { id: 'hall-a', name: 'Hall A' },
      ],
      sessions: [{ id: 's', roomId: 'room-517-cd' }],
      talks: [
        {
          id: 't',
          track: 'Track 2',
          roomId: 'hall-a',
          abstract: [{ p: ['One.'] }, { p: ['Two.'] }],
          links: [
            { type: 'paper', url: 'https://example.org/p.pdf' },
            { type: 'code', url: 'https://example.org/c' },
          ],
        },
      ],
    })
  })

  it('leaves anything that is not a v1 dataset as it is, for the validator to judge', () => {
    const v2 = { schemaVersion: 2 }
    expect(migrateDataset(v2)).toBe(v2)
    expect(migrateDataset('x')).toBe('x')
  })
})
