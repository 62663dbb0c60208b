import { act, renderHook } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChangedTalk, FoundChanges } from './change-types'
import {
  CHANGES_BACKUP_KEY,
  CHANGES_KEY,
  dismissChangesNotice,
  markAllSeen,
  markTalkSeen,
  MAX_STARRED_CHANGES,
  recordChanges,
  resetChangesRecordForTests,
  useChangesNotice,
  useChangesRecord,
  useUnseenChanges,
  type ChangesRecord,
} from './changes-record'
import { changesNoticeStored } from './changes-record-key'

const moved: ChangedTalk = {
  talkId: 'a',
  title: 'Talk A',
  changes: [
    {
      kind: 'time',
      from: { start: '2025-12-02T10:00:00-08:00', end: '2025-12-02T10:30:00-08:00' },
      to: { start: '2025-12-02T13:00:00-08:00', end: '2025-12-02T13:30:00-08:00' },
    },
  ],
}
const cancelled: ChangedTalk = { talkId: 'b', title: 'Talk B', changes: [{ kind: 'cancelled' }] }
const other: ChangedTalk = { talkId: 'c', title: 'Talk C', changes: [{ kind: 'added' }] }

function found(overrides: Partial<FoundChanges> = {}): FoundChanges {
  return {
    fromVersion: 'v1',
    toVersion: 'v2',
    noticedAt: 1_000,
    starred: [moved, cancelled],
    others: [other],
    ...overrides,
  }
}

function stored(): ChangesRecord {
  return JSON.parse(localStorage.getItem(CHANGES_KEY)!) as ChangesRecord
}

beforeEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
  resetChangesRecordForTests()
})

describe('the record of changes', () => {
  it('keeps the starred changes unseen, the others and a notice naming how many starred talks changed', () => {
    expect(recordChanges(found())).toBe(true)
    const record = stored()
    expect(record.version).toBe(1)
    expect(record.starred.map((e) => [e.talkId, e.seen, e.fromVersion, e.toVersion])).toEqual([
      ['a', false, 'v1', 'v2'],
      ['b', false, 'v1', 'v2'],
    ])
    expect(record.others?.talks).toEqual([other])
    expect(record.notice).toBe(2)
    expect(changesNoticeStored()).toBe(true)
  })

  it('puts a later comparison first, replaces the other changes and counts each talk once', () => {
    recordChanges(found())
    recordChanges(
      found({ fromVersion: 'v2', toVersion: 'v3', noticedAt: 2_000, starred: [moved], others: [] }),
    )
    const record = stored()
    expect(record.starred.map((e) => `${e.talkId}@${e.toVersion}`)).toEqual([
      'a@v3',
      'a@v2',
      'b@v2',
    ])
    expect(record.others?.talks).toEqual([])
    expect(record.notice).toBe(2)
  })

  it('keeps at most MAX_STARRED_CHANGES, dropping the oldest', () => {
    const many = Array.from({ length: MAX_STARRED_CHANGES + 5 }, (_, i) => ({
      ...moved,
      talkId: `t${i}`,
    }))
    recordChanges(found({ starred: many }))
    recordChanges(found({ toVersion: 'v3', starred: [cancelled] }))
    const record = stored()
    expect(record.starred).toHaveLength(MAX_STARRED_CHANGES)
    expect(record.starred[0]!.talkId).toBe('b')
  })

  it('moves a renamed talk’s earlier entries to its current id', () => {
    recordChanges(found({ starred: [moved] }))
    recordChanges(
      found({
        toVersion: 'v3',
        starred: [{ talkId: 'a2', title: 'Talk A', changes: [{ kind: 'id', from: 'a' }] }],
      }),
    )
    expect(stored().starred.map((e) => e.talkId)).toEqual(['a2', 'a2'])
  })

  it('marks one talk seen, shrinking the notice, then all', () => {
    recordChanges(found())
    markTalkSeen('a')
    expect(stored().starred.map((e) => e.seen)).toEqual([true, false])
    expect(stored().notice).toBe(1)
    markAllSeen()
    expect(stored().starred.every((e) => e.seen)).toBe(true)
    expect(stored().notice).toBe(0)
    expect(changesNoticeStored()).toBe(false)
  })

  it('dismisses the notice but keeps the changes unseen', () => {
    recordChanges(found())
    dismissChangesNotice()
    expect(stored().notice).toBe(0)
    expect(stored().starred.every((e) => !e.seen)).toBe(true)
  })

  it('keeps a comparison without starred changes from raising a notice', () => {
    recordChanges(found({ starred: [] }))
    expect(stored().notice).toBe(0)
    expect(stored().others?.talks).toHaveLength(1)
  })
})

describe('faults', () => {
  it('keeps an unreadable value under the backup key, starts clean and says so', () => {
    localStorage.setItem(CHANGES_KEY, '{"version":1,"starred":[{')
    const { result } = renderHook(() => useChangesRecord())
    expect(result.current?.faults.recovered).toEqual({ backupKey: CHANGES_BACKUP_KEY })
    expect(result.current?.record.starred).toEqual([])
    expect(localStorage.getItem(CHANGES_BACKUP_KEY)).toBe('{"version":1,"starred":[{')
    expect(stored().version).toBe(1)
  })

  it('treats an unknown version as unreadable rather than guessing', () => {
    localStorage.setItem(CHANGES_KEY, '{"version":2,"starred":[]}')
    const { result } = renderHook(() => useChangesRecord())
    expect(result.current?.faults.recovered).not.toBeNull()
    expect(localStorage.getItem(CHANGES_BACKUP_KEY)).toBe('{"version":2,"starred":[]}')
  })

  it('returns false when storage refuses, and keeps the changes for this tab', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Access is denied.', 'SecurityError')
    })
    expect(recordChanges(found())).toBe(false)
    const { result } = renderHook(() => useChangesRecord())
    expect(result.current?.faults.memoryOnly).toBe(true)
    expect(result.current?.record.starred).toHaveLength(2)
  })

  it('says memory only when storage cannot even be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied.', 'SecurityError')
    })
    const { result } = renderHook(() => useChangesRecord())
    expect(result.current?.faults.memoryOnly).toBe(true)
    expect(changesNoticeStored()).toBe(false)
  })
})

describe('hooks', () => {
  it('follow this tab and another tab', () => {
    const { result } = renderHook(() => ({
      notice: useChangesNotice(),
      unseen: useUnseenChanges(),
    }))
    expect(result.current.notice).toBe(0)
    act(() => void recordChanges(found()))
    expect(result.current.notice).toBe(2)
    expect([...result.current.unseen.keys()]).toEqual(['a', 'b'])

    // Another tab marked everything seen.
    const record = stored()
    const seen = {
      ...record,
      notice: 0,
      starred: record.starred.map((e) => ({ ...e, seen: true })),
    }
    localStorage.setItem(CHANGES_KEY, JSON.stringify(seen))
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: CHANGES_KEY, storageArea: localStorage }),
      )
    })
    expect(result.current.notice).toBe(0)
    expect(result.current.unseen.size).toBe(0)
  })
})
