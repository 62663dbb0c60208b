import { describe, expect, it } from 'vitest'
import type { ScheduleDigest, TalkDigest } from './change-types'
import { compareSchedules } from './compare-schedules'

function talk(id: string, extra: Partial<TalkDigest> = {}): TalkDigest {
  return {
    id,
    title: `Talk ${id}`,
    start: '2026-02-01T10:00:00+01:00',
    end: '2026-02-01T10:30:00+01:00',
    room: 'Janson',
    cancelled: false,
    ...extra,
  }
}

const version = (name: string, talks: TalkDigest[]): ScheduleDigest => ({ version: name, talks })

/** Compares A = [previous...] with B = [next...]. */
function compare(previous: TalkDigest[], next: TalkDigest[], starred: Iterable<string> = []) {
  return compareSchedules(version('A', previous), version('B', next), new Set(starred))
}

describe('compareSchedules, one kind of change at a time', () => {
  it('a new start or end is a time change, with what it was and what it is', () => {
    const moved = compare(
      [talk('a'), talk('b')],
      [
        talk('a', { start: '2026-02-01T11:00:00+01:00', end: '2026-02-01T11:30:00+01:00' }),
        talk('b', { end: '2026-02-01T10:45:00+01:00' }),
      ],
    )
    expect(moved.others).toEqual([
      {
        talkId: 'a',
        title: 'Talk a',
        changes: [
          {
            kind: 'time',
            from: { start: '2026-02-01T10:00:00+01:00', end: '2026-02-01T10:30:00+01:00' },
            to: { start: '2026-02-01T11:00:00+01:00', end: '2026-02-01T11:30:00+01:00' },
          },
        ],
      },
      {
        talkId: 'b',
        title: 'Talk b',
        changes: [
          {
            kind: 'time',
            from: { start: '2026-02-01T10:00:00+01:00', end: '2026-02-01T10:30:00+01:00' },
            to: { start: '2026-02-01T10:00:00+01:00', end: '2026-02-01T10:45:00+01:00' },
          },
        ],
      },
    ])
    expect(moved.starred).toEqual([])
    expect(moved.renamed).toEqual([])
  })

  it('the same instant written with another offset is no change', () => {
    const same = compare([talk('a')], [talk('a', { start: '2026-02-01T09:00:00Z' })])
    expect(same.others).toEqual([])
  })

  it('a room change, including to and from no room', () => {
    const { others } = compare(
      [talk('a'), talk('b'), talk('c', { room: null })],
      [talk('a', { room: 'K.1.105' }), talk('b', { room: null }), talk('c', { room: 'H.2215' })],
    )
    expect(others.map((t) => t.changes)).toEqual([
      [{ kind: 'room', from: 'Janson', to: 'K.1.105' }],
      [{ kind: 'room', from: 'Janson', to: null }],
      [{ kind: 'room', from: null, to: 'H.2215' }],
    ])
  })

  it('a title change names the talk by its new title', () => {
    const { others } = compare([talk('a')], [talk('a', { title: 'Better title' })])
    expect(others).toEqual([
      {
        talkId: 'a',
        title: 'Better title',
        changes: [{ kind: 'title', from: 'Talk a', to: 'Better title' }],
      },
    ])
  })

  it('cancelled, and reinstated', () => {
    const { others } = compare(
      [talk('a'), talk('b', { cancelled: true }), talk('c', { cancelled: true })],
      [talk('a', { cancelled: true }), talk('b'), talk('c', { cancelled: true })],
    )
    expect(others).toEqual([
      { talkId: 'a', title: 'Talk a', changes: [{ kind: 'cancelled' }] },
      { talkId: 'b', title: 'Talk b', changes: [{ kind: 'reinstated' }] },
    ])
  })

  it('a removed talk comes after the others, by its last id and title; an added one in its place', () => {
    const { others } = compare(
      [talk('a'), talk('gone'), talk('b')],
      [talk('new'), talk('a'), talk('b')],
    )
    expect(others).toEqual([
      { talkId: 'new', title: 'Talk new', changes: [{ kind: 'added' }] },
      { talkId: 'gone', title: 'Talk gone', changes: [{ kind: 'removed' }] },
    ])
  })

  it('a renamed talk is the same talk: only its id changed, and its star moves', () => {
    const result = compare(
      [talk('old-slug', { title: 'Same' })],
      [talk('new-slug', { title: 'Same', formerIds: ['old-slug'] })],
    )
    expect(result.others).toEqual([
      { talkId: 'new-slug', title: 'Same', changes: [{ kind: 'id', from: 'old-slug' }] },
    ])
    expect(result.renamed).toEqual([['old-slug', 'new-slug']])
  })
})

describe('compareSchedules, talks and versions', () => {
  it('gives every change to a talk that moved and was cancelled', () => {
    const { starred } = compare(
      [talk('a')],
      [
        talk('a', {
          cancelled: true,
          room: 'K.1.105',
          start: '2026-02-01T12:00:00+01:00',
          end: '2026-02-01T12:30:00+01:00',
        }),
      ],
      ['a'],
    )
    expect(starred).toEqual([
      {
        talkId: 'a',
        title: 'Talk a',
        changes: [
          { kind: 'cancelled' },
          {
            kind: 'time',
            from: { start: '2026-02-01T10:00:00+01:00', end: '2026-02-01T10:30:00+01:00' },
            to: { start: '2026-02-01T12:00:00+01:00', end: '2026-02-01T12:30:00+01:00' },
          },
          { kind: 'room', from: 'Janson', to: 'K.1.105' },
        ],
      },
    ])
  })

  it('finds nothing when nothing changed', () => {
    const talks = [talk('a'), talk('b', { cancelled: true, room: null, formerIds: ['x'] })]
    expect(
      compare(
        talks,
        talks.map((t) => ({ ...t })),
        ['a'],
      ),
    ).toEqual({
      starred: [],
      others: [],
      renamed: [],
    })
  })

  it('finds nothing in a version identical except for its order', () => {
    const talks = Array.from({ length: 50 }, (_, i) => talk(`t${i}`, { title: `Title ${i}` }))
    expect(compare(talks, [...talks].reverse())).toEqual({ starred: [], others: [], renamed: [] })
  })

  it('splits starred talks from the others, each in the next version’s order', () => {
    const previous = ['a', 'b', 'c', 'd', 'e'].map((id) => talk(id))
    const next = ['e', 'd', 'c', 'b'].map((id) => talk(id, { room: 'Elsewhere' }))
    const result = compare(previous, [...next, talk('f')], ['b', 'e', 'a', 'f'])
    expect(result.starred.map((t) => [t.talkId, t.changes[0]!.kind])).toEqual([
      ['e', 'room'],
      ['b', 'room'],
      ['f', 'added'],
      ['a', 'removed'],
    ])
    expect(result.others.map((t) => t.talkId)).toEqual(['d', 'c'])
  })

  it('handles many talks at once, each with its own change', () => {
    const count = 10_000
    const previous = Array.from({ length: count }, (_, i) => talk(`t${i}`))
    const next = previous.map((t, i) => {
      if (i % 10 === 1) return { ...t, room: 'Moved' }
      if (i % 10 === 2) return { ...t, title: 'Renamed' }
      if (i % 10 === 3) return { ...t, cancelled: true }
      if (i % 10 === 4) return { ...t, id: `${t.id}-new`, formerIds: [t.id] }
      return t
    })
    const starred = new Set(previous.filter((_, i) => i % 100 === 4).map((t) => t.id))
    const result = compare(
      previous,
      next.filter((_, i) => i % 10 !== 5),
      starred,
    )
    expect(result.others.length + result.starred.length).toBe(count / 2)
    expect(result.starred).toHaveLength(count / 100)
    expect(result.starred.every((t) => t.changes[0]!.kind === 'id')).toBe(true)
    expect(result.renamed).toHaveLength(count / 10)
    expect(result.others.at(-1)).toEqual({
      talkId: 't9995',
      title: 'Talk t9995',
      changes: [{ kind: 'removed' }],
    })
  })
})

describe('compareSchedules, remapped ids', () => {
  it('a talk starred under its old id counts as starred, and its star moves', () => {
    const result = compare(
      [talk('old')],
      [talk('new', { formerIds: ['old'], title: 'New title' })],
      ['old'],
    )
    expect(result.starred).toEqual([
      {
        talkId: 'new',
        title: 'New title',
        changes: [
          { kind: 'title', from: 'Talk old', to: 'New title' },
          { kind: 'id', from: 'old' },
        ],
      },
    ])
    expect(result.others).toEqual([])
    expect(result.renamed).toEqual([['old', 'new']])
  })

  it('follows a chain of two renames back to whichever id the previous version had', () => {
    const chain = { title: 'Same', formerIds: ['first', 'second'] }
    expect(compare([talk('first')], [talk('third', chain)], ['first']).renamed).toEqual([
      ['first', 'third'],
    ])
    const fromSecond = compare(
      [talk('second', { title: 'Same', formerIds: ['first'] })],
      [talk('third', chain)],
    )
    expect(fromSecond.renamed).toEqual([['second', 'third']])
    expect(fromSecond.others).toEqual([
      { talkId: 'third', title: 'Same', changes: [{ kind: 'id', from: 'second' }] },
    ])
  })

  it('a former id the previous version does not have changes nothing', () => {
    const kept = compare([talk('a')], [talk('a', { formerIds: ['never-seen'] })])
    expect(kept).toEqual({ starred: [], others: [], renamed: [] })
    const fresh = compare([talk('a')], [talk('a'), talk('b', { formerIds: ['never-seen'] })])
    expect(fresh.others).toEqual([{ talkId: 'b', title: 'Talk b', changes: [{ kind: 'added' }] }])
    expect(fresh.renamed).toEqual([])
  })

  it('a talk still there under an id is not taken by another talk listing that id as former', () => {
    const result = compare([talk('a')], [talk('b', { formerIds: ['a'] }), talk('a')])
    expect(result.others).toEqual([{ talkId: 'b', title: 'Talk b', changes: [{ kind: 'added' }] }])
    expect(result.renamed).toEqual([])
  })
})
