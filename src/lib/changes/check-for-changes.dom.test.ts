import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Dataset, ScheduleIndex } from '../../data/types'
import { publishedSchedule } from '../../../tests/fixtures/published-schedule'
import { scheduleIndexOf } from '../../../tests/fixtures/multi-session'
import type { FoundChanges } from './change-types'
import { checkForChanges, type CheckForChangesOptions } from './check-for-changes'
import { digestOf } from './schedule-digest'
import {
  keepSeenSchedule,
  readSeenSchedule,
  readSeenVersion,
  SEEN_VERSION_KEY,
} from './seen-schedule'

const versionA = scheduleIndexOf(publishedSchedule)

/** Version B: the keynote moves room, "Rust im Kernel" gets a new id, the late talk goes, a new one comes. */
function versionB(): ScheduleIndex {
  const talks = publishedSchedule.talks
    .filter((talk) => talk.id !== 'late')
    .map((talk) => {
      if (talk.id === 'keynote') return { ...talk, roomId: 'k1105' }
      if (talk.id === 'rust') return { ...talk, id: 'rust-im-kernel', formerIds: ['rust'] }
      return talk
    })
  const newTalk = { ...talks[0]!, id: 'new', title: 'A new talk', roomId: 'h2215' }
  const dataset: Dataset = {
    ...publishedSchedule,
    version: 'published-2',
    talks: [...talks, newTalk],
  }
  return scheduleIndexOf(dataset)
}

const NOW = 1_800_000_000_000

function options(overrides: Partial<CheckForChangesOptions> = {}) {
  const calls: string[] = []
  const record = vi.fn((found: FoundChanges) => {
    calls.push('record')
    return Boolean(found)
  })
  const renameStars = vi.fn((pairs: [string, string][]) => {
    calls.push(`rename ${pairs.map((p) => p.join('>')).join(',')}`)
  })
  const starredIds = vi.fn(async (): Promise<ReadonlySet<string>> => new Set(['rust', 'late']))
  const loadSchedule = vi.fn(async () => versionB())
  const given: CheckForChangesOptions = {
    currentVersion: 'published-2',
    loadSchedule,
    starredIds,
    record,
    renameStars,
    now: () => NOW,
    ...overrides,
  }
  return { given, calls, record, renameStars, starredIds, loadSchedule }
}

/** This browser saw version A. */
async function sawVersionA() {
  expect(await keepSeenSchedule(digestOf(versionA))).toBe(true)
  localStorage.setItem(SEEN_VERSION_KEY, 'published-1')
}

beforeEach(() => {
  localStorage.clear()
})

describe('checkForChanges', () => {
  it('on a first visit keeps this version to compare with later, and tells nothing', async () => {
    const { given, record, renameStars, starredIds } = options()
    expect(await checkForChanges(given)).toEqual({ outcome: 'first-visit' })
    expect(record).not.toHaveBeenCalled()
    expect(renameStars).not.toHaveBeenCalled()
    expect(starredIds).not.toHaveBeenCalled()
    expect(readSeenVersion()).toBe('published-2')
    expect((await readSeenSchedule())?.version).toBe('published-2')
  })

  it('records what changed, moves the stars of renamed talks, then marks the version seen', async () => {
    await sawVersionA()
    const { given, calls, record } = options()
    expect(await checkForChanges(given)).toEqual({
      outcome: 'compared',
      starred: 2,
      others: 2,
      renamed: 1,
    })
    expect(calls).toEqual(['record', 'rename rust>rust-im-kernel'])
    expect(record).toHaveBeenCalledWith({
      fromVersion: 'published-1',
      toVersion: 'published-2',
      noticedAt: NOW,
      starred: [
        {
          talkId: 'rust-im-kernel',
          title: 'Rust im Kernel',
          changes: [{ kind: 'id', from: 'rust' }],
        },
        { talkId: 'late', title: 'Late night hacking', changes: [{ kind: 'removed' }] },
      ],
      others: [
        {
          talkId: 'keynote',
          title: 'Opening keynote',
          changes: [{ kind: 'room', from: 'Janson', to: 'K.1.105 (La Fontaine)' }],
        },
        { talkId: 'new', title: 'A new talk', changes: [{ kind: 'added' }] },
      ],
    })
    expect(readSeenVersion()).toBe('published-2')
    expect((await readSeenSchedule())?.version).toBe('published-2')
    // The next page load finds this version seen and does nothing.
    const again = options()
    expect(await checkForChanges(again.given)).toEqual({ outcome: 'seen' })
    expect(again.loadSchedule).not.toHaveBeenCalled()
  })

  it('moves no stars when none of the renamed talks is starred', async () => {
    await sawVersionA()
    const { given, renameStars } = options({ starredIds: async () => new Set() })
    expect(await checkForChanges(given)).toMatchObject({ outcome: 'compared', starred: 0 })
    expect(renameStars).not.toHaveBeenCalled()
  })

  it('records nothing when the version differs but no talk changed, and marks it seen', async () => {
    await sawVersionA()
    const sameTalks = { ...versionA, version: 'published-2' }
    const { given, record } = options({ loadSchedule: async () => sameTalks })
    expect(await checkForChanges(given)).toEqual({
      outcome: 'compared',
      starred: 0,
      others: 0,
      renamed: 0,
    })
    expect(record).not.toHaveBeenCalled()
    expect(readSeenVersion()).toBe('published-2')
  })

  it('when the record is refused, changes nothing else, and the next load tries again', async () => {
    await sawVersionA()
    const refused = options({ record: () => false })
    expect(await checkForChanges(refused.given)).toEqual({ outcome: 'failed', step: 'record' })
    expect(refused.renameStars).not.toHaveBeenCalled()
    expect(readSeenVersion()).toBe('published-1')
    expect((await readSeenSchedule())?.version).toBe('published-1')

    const retry = options()
    expect(await checkForChanges(retry.given)).toMatchObject({ outcome: 'compared', starred: 2 })
    expect(retry.record).toHaveBeenCalledTimes(1)
    expect(readSeenVersion()).toBe('published-2')
  })

  it('a record that throws counts as refused', async () => {
    await sawVersionA()
    const { given } = options({
      record: () => {
        throw new Error('quota')
      },
    })
    expect(await checkForChanges(given)).toEqual({
      outcome: 'failed',
      step: 'record',
      error: 'Error: quota',
    })
    expect(readSeenVersion()).toBe('published-1')
  })

  it('when the stars cannot be moved, leaves the version unseen', async () => {
    await sawVersionA()
    const { given } = options({ renameStars: () => Promise.reject(new Error('stars not saved')) })
    expect(await checkForChanges(given)).toMatchObject({ outcome: 'failed', step: 'rename' })
    expect(readSeenVersion()).toBe('published-1')
    expect((await readSeenSchedule())?.version).toBe('published-1')
  })

  it('when the digest cannot be kept, leaves the version unseen', async () => {
    await sawVersionA()
    const { given, record } = options()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    expect(await checkForChanges(given)).toEqual({ outcome: 'failed', step: 'keep-digest' })
    expect(record).toHaveBeenCalledTimes(1)
    vi.restoreAllMocks()
    expect(readSeenVersion()).toBe('published-1')
    expect((await readSeenSchedule())?.version).toBe('published-1')
  })

  it('on a first visit with storage full, keeps nothing and says so', async () => {
    const { given } = options()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    expect(await checkForChanges(given)).toEqual({ outcome: 'failed', step: 'keep-digest' })
    vi.restoreAllMocks()
    expect(readSeenVersion()).toBeNull()
  })

  it('offline (the schedule does not load), changes nothing', async () => {
    await sawVersionA()
    const { given, record } = options({
      loadSchedule: () => Promise.reject(new TypeError('Failed to fetch')),
    })
    expect(await checkForChanges(given)).toEqual({
      outcome: 'failed',
      step: 'load',
      error: 'TypeError: Failed to fetch',
    })
    expect(record).not.toHaveBeenCalled()
    expect(readSeenVersion()).toBe('published-1')
    expect((await readSeenSchedule())?.version).toBe('published-1')
  })

  it('a schedule of the wrong shape fails the check without throwing', async () => {
    await sawVersionA()
    const { given } = options({ loadSchedule: async () => ({}) as ScheduleIndex })
    expect(await checkForChanges(given)).toMatchObject({ outcome: 'failed', step: 'unexpected' })
    expect(readSeenVersion()).toBe('published-1')
  })

  it('when the stars cannot be read, changes nothing', async () => {
    await sawVersionA()
    const { given, record } = options({ starredIds: () => Promise.reject(new Error('chunk')) })
    expect(await checkForChanges(given)).toMatchObject({ outcome: 'failed', step: 'stars' })
    expect(record).not.toHaveBeenCalled()
    expect(readSeenVersion()).toBe('published-1')
  })

  it('two tabs checking at once record the changes once', async () => {
    await sawVersionA()
    let queue = Promise.resolve()
    const request = (_name: string, run: () => Promise<void>) => {
      const turn = queue.then(run)
      queue = turn.catch(() => {})
      return turn
    }
    vi.stubGlobal('navigator', { ...navigator, locks: { request } })
    const first = options()
    const second = options()
    const results = await Promise.all([checkForChanges(first.given), checkForChanges(second.given)])
    vi.unstubAllGlobals()
    expect(results.map((r) => r.outcome)).toEqual(['compared', 'seen'])
    expect(first.record.mock.calls.length + second.record.mock.calls.length).toBe(1)
  })
})
