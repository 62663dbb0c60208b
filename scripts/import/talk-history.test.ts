import { describe, expect, it } from 'vitest'
import type { Talk } from '../../src/data/types'
import { idChain, talkFingerprint, withHistory, type TalkState } from './talk-history'

const state: TalkState = {
  start: '2026-01-31T09:30:00+01:00',
  end: '2026-01-31T10:20:00+01:00',
  room: 'Janson',
  title: 'Opening keynote',
  cancelled: false,
}

describe('talk history', () => {
  it('fingerprints time, room, title and status; the same instant in another offset is no change', () => {
    const same = { ...state, start: '2026-01-31T08:30:00Z', end: '2026-01-31T09:20:00+00:00' }
    expect(talkFingerprint(same)).toBe(talkFingerprint(state))
    for (const change of [
      { start: '2026-01-31T09:35:00+01:00' },
      { end: '2026-01-31T10:25:00+01:00' },
      { room: 'K.1.105' },
      { room: null },
      { title: 'Opening keynote!' },
      { cancelled: true },
    ])
      expect(talkFingerprint({ ...state, ...change })).not.toBe(talkFingerprint(state))
  })

  it('keeps ids oldest first, the current one last, each once', () => {
    expect(idChain(['a'], 'a')).toEqual(['a'])
    expect(idChain(['a', 'b'], 'c')).toEqual(['a', 'b', 'c'])
    expect(idChain(['a', 'b'], 'a')).toEqual(['b', 'a'])
  })

  it('places revision and former ids after the status, and leaves out what there is nothing to say about', () => {
    const talk = {
      id: 'x',
      kind: 'other',
      title: 'T',
      status: 'cancelled',
      authorIds: [],
      start: state.start,
      end: state.end,
      abstract: [],
    } satisfies Talk
    expect(Object.keys(withHistory(talk, { revision: 2, formerIds: ['w'] }))).toEqual([
      'id',
      'kind',
      'title',
      'status',
      'revision',
      'formerIds',
      'authorIds',
      'start',
      'end',
      'abstract',
    ])
    const { status: _status, ...confirmed } = talk
    expect(Object.keys(withHistory(confirmed, { revision: 1, formerIds: [] }))).toEqual([
      'id',
      'kind',
      'title',
      'revision',
      'authorIds',
      'start',
      'end',
      'abstract',
    ])
    expect(
      JSON.stringify(withHistory({ ...talk, revision: 3 }, { revision: 0, formerIds: [] })),
    ).toBe(JSON.stringify(talk))
  })
})
