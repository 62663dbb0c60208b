import { act, renderHook } from '@testing-library/react'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_STARS } from './star-bounds'
import { salvageIds } from './star-record'
import {
  BACKUP_KEY,
  SET_ASIDE_KEY,
  loadStars,
  renameStars,
  STORAGE_KEY,
  useIsStarred,
  useStarFaults,
  useStarredIds,
} from './stars'

const starStore = await loadStars()

function stored(): unknown {
  const raw = localStorage.getItem(STORAGE_KEY)
  return raw === null ? null : JSON.parse(raw)
}

function storedIds(): string[] {
  return (stored() as { starred: { id: string }[] }).starred.map((s) => s.id)
}

function failWrites(error: () => Error) {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw error()
  })
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
const securityError = () => new DOMException('Access is denied.', 'SecurityError')

beforeEach(() => {
  localStorage.clear()
  starStore.resetForTests()
})

describe('star store', () => {
  it('saves stars as a versioned record and reads them back after a reload', () => {
    starStore.star('a')
    starStore.toggle('b')
    expect(stored()).toEqual({
      version: 1,
      starred: [
        { id: 'a', at: expect.any(Number) },
        { id: 'b', at: expect.any(Number) },
      ],
    })
    starStore.resetForTests()
    expect([...starStore.getStarredIds()]).toEqual(['a', 'b'])
    expect(starStore.toggle('a')).toBe(false)
    expect(storedIds()).toEqual(['b'])
  })

  it('merges many ids without removing any and reports how many were new', () => {
    starStore.star('mine')
    expect(starStore.starMany(['mine', 'x', 'y', 'x'])).toEqual({
      added: 2,
      overLimit: 0,
      saved: true,
    })
    expect(storedIds()).toEqual(['mine', 'x', 'y'])
  })

  it('puts an unstarred talk back with its original time', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1000)
    starStore.star('a')
    vi.spyOn(Date, 'now').mockReturnValue(5000)
    const entry = starStore.unstar('a')
    expect(entry).toEqual({ id: 'a', at: 1000 })
    starStore.restore([entry!])
    expect(starStore.getEntries()).toEqual([{ id: 'a', at: 1000 }])
  })

  it('keeps a corrupt value under the backup key, starts clean and reports it once', () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"starred":[{"id":"a"')
    expect(starStore.getStarredIds().size).toBe(0)
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{"version":1,"starred":[{"id":"a"')
    expect(stored()).toEqual({ version: 1, starred: [] })
    expect(starStore.getFaults().recovered).toEqual({ backupKey: BACKUP_KEY, reason: 'corrupt' })

    starStore.dismissRecovered()
    expect(starStore.getFaults().recovered).toBeNull()
    // The clean record was saved, so the next visit has nothing to report.
    starStore.resetForTests()
    expect(starStore.getFaults().recovered).toBeNull()
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{"version":1,"starred":[{"id":"a"')
  })

  it('treats a record of an unknown version the same way, keeping the raw value', () => {
    const future = JSON.stringify({ version: 7, picks: { a: true } })
    localStorage.setItem(STORAGE_KEY, future)
    starStore.star('b')
    expect(localStorage.getItem(BACKUP_KEY)).toBe(future)
    expect(starStore.getFaults().recovered?.reason).toBe('unknown-version')
    expect(storedIds()).toEqual(['b'])
  })

  it('keeps the good entries of a record, sets the bad ones aside, and can discard the copy', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        starred: [{ id: 'a', at: 1 }, { id: 3 }, 'b', { id: 'c', at: 2 }],
      }),
    )
    expect([...starStore.getStarredIds()]).toEqual(['a', 'c'])
    expect(JSON.parse(localStorage.getItem(SET_ASIDE_KEY)!)).toEqual([{ id: 3 }, 'b'])
    expect(storedIds()).toEqual(['a', 'c'])
    expect(starStore.getFaults().recovered).toEqual({
      backupKey: SET_ASIDE_KEY,
      reason: 'bad-entries',
      count: 2,
    })
    expect(starStore.getSetAside()).toEqual([{ key: SET_ASIDE_KEY, raw: '[{"id":3},"b"]' }])
    // What can be read of it is offered back (the agenda keeps only the talks its schedule knows).
    expect(salvageIds(starStore.getSetAside()[0]!.raw)).toEqual(['3', 'b'])

    // A second bad value adds to the copy, never replaces it.
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, starred: [{ id: '' }] }))
    starStore.resetForTests()
    starStore.getStarredIds()
    expect(JSON.parse(localStorage.getItem(SET_ASIDE_KEY)!)).toEqual([{ id: 3 }, 'b', { id: '' }])

    starStore.discardSetAside([SET_ASIDE_KEY])
    expect(localStorage.getItem(SET_ASIDE_KEY)).toBeNull()
    expect(starStore.getSetAside()).toEqual([])
  })

  it('lists a whole unreadable value among the set-aside copies, salvaging ids from a write cut short', () => {
    localStorage.setItem(
      STORAGE_KEY,
      '{"version":1,"starred":[{"id":"a","at":1},{"id":"b\\"c"},{"id":"hal',
    )
    starStore.getStarredIds()
    const [copy] = starStore.getSetAside()
    expect(copy!.key).toBe(BACKUP_KEY)
    expect(salvageIds(copy!.raw)).toEqual(['a', 'b"c'])
  })

  it('adds nothing in bulk, and keeps what was stored, when storage is full', () => {
    starStore.star('saved-before')
    const before = localStorage.getItem(STORAGE_KEY)
    const writes = failWrites(quotaError)
    expect(starStore.restore([{ id: 'x', at: 1 }])).toEqual({
      added: 0,
      overLimit: 0,
      saved: false,
    })
    expect(starStore.starMany(['y'])).toMatchObject({ saved: false })
    expect([...starStore.getStarredIds()]).toEqual(['saved-before'])
    expect(starStore.getFaults().storageFull).toBe(true)
    writes.mockRestore()
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before)
  })

  it('says the storage is full when a single star cannot be saved, and keeps it for the session', () => {
    failWrites(quotaError)
    starStore.star('a')
    expect(starStore.isStarred('a')).toBe(true)
    expect(starStore.getFaults()).toMatchObject({ memoryOnly: true, storageFull: true })
  })

  it('adds no more than MAX_STARS in bulk, and says how many it left out', () => {
    starStore.star('mine')
    const many = Array.from({ length: MAX_STARS + 10 }, (_, i) => `t${i}`)
    expect(starStore.starMany(many)).toEqual({
      added: MAX_STARS - 1,
      overLimit: 11,
      saved: true,
    })
    expect(starStore.getStarredIds().size).toBe(MAX_STARS)
  })

  it('unstars many at once and returns them with their times', () => {
    vi.spyOn(Date, 'now').mockReturnValue(7)
    starStore.starMany(['a', 'b', 'c'])
    expect(starStore.unstarMany(['a', 'c', 'zzz'])).toEqual([
      { id: 'a', at: 7 },
      { id: 'c', at: 7 },
    ])
    expect(storedIds()).toEqual(['b'])
  })

  it('never overwrites an earlier backup with a different value', () => {
    localStorage.setItem(BACKUP_KEY, 'older copy')
    localStorage.setItem(STORAGE_KEY, 'not json')
    starStore.getStarredIds()
    const key = starStore.getFaults().recovered!.backupKey!
    expect(key).not.toBe(BACKUP_KEY)
    expect(key.startsWith(`${BACKUP_KEY}:`)).toBe(true)
    expect(localStorage.getItem(key)).toBe('not json')
    expect(localStorage.getItem(BACKUP_KEY)).toBe('older copy')
  })

  it('leaves a corrupt value untouched when even the backup cannot be written, and runs from memory', () => {
    localStorage.setItem(STORAGE_KEY, 'not json')
    failWrites(quotaError)
    starStore.star('a')
    expect(starStore.isStarred('a')).toBe(true)
    expect(localStorage.getItem(STORAGE_KEY)).toBe('not json')
    expect(starStore.getFaults()).toEqual({
      recovered: { backupKey: null, reason: 'corrupt' },
      memoryOnly: true,
      // Nothing was written: the value it could not copy aside is not overwritten.
      storageFull: false,
    })
  })

  it('keeps stars working in memory when storage is disabled (setItem throws)', () => {
    failWrites(securityError)
    starStore.star('a')
    starStore.star('b')
    starStore.unstar('a')
    expect([...starStore.getStarredIds()]).toEqual(['b'])
    expect(starStore.getFaults().memoryOnly).toBe(true)
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('keeps stars in memory at quota, and saves them all once space is back', () => {
    starStore.star('saved-before')
    const writes = failWrites(quotaError)
    starStore.star('a')
    starStore.unstar('saved-before')
    expect([...starStore.getStarredIds()]).toEqual(['a'])
    expect(starStore.getFaults().memoryOnly).toBe(true)
    // Storage still holds the older value; this tab's copy is the truth.
    expect(storedIds()).toEqual(['saved-before'])

    writes.mockRestore()
    starStore.star('b')
    expect(starStore.getFaults().memoryOnly).toBe(false)
    expect(storedIds()).toEqual(['a', 'b'])
  })

  it('keeps ids it knows nothing about: the store never drops a star by itself', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, starred: [{ id: 'removed-from-dataset', at: 1 }] }),
    )
    starStore.star('a')
    expect(storedIds()).toEqual(['removed-from-dataset', 'a'])
  })

  it('works when localStorage itself cannot be reached', () => {
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw securityError()
    })
    starStore.star('a')
    expect(starStore.isStarred('a')).toBe(true)
    expect(starStore.getFaults().memoryOnly).toBe(true)
    // The shared test teardown clears localStorage, so it must be reachable again by then.
    blocked.mockRestore()
  })
})

describe('stars of renamed talks', () => {
  function storedEntries(): unknown {
    return (stored() as { starred: unknown[] }).starred
  }

  it('move to the new id in one write, keeping their place and the time they were starred', () => {
    starStore.restore([
      { id: 'a', at: 1 },
      { id: 'old', at: 2 },
      { id: 'c', at: 3 },
      { id: 'old-2', at: 4 },
    ])
    const writes = vi.spyOn(Storage.prototype, 'setItem')
    expect(
      starStore.renameStars([
        ['old', 'new'],
        ['old-2', 'new-2'],
        ['not-starred', 'x'],
      ]),
    ).toBe(true)
    expect(writes).toHaveBeenCalledTimes(1)
    expect(storedEntries()).toEqual([
      { id: 'a', at: 1 },
      { id: 'new', at: 2 },
      { id: 'c', at: 3 },
      { id: 'new-2', at: 4 },
    ])
    starStore.resetForTests()
    expect([...starStore.getStarredIds()]).toEqual(['a', 'new', 'c', 'new-2'])
  })

  it('drop the old star when the new id is starred already', () => {
    starStore.restore([
      { id: 'old', at: 1 },
      { id: 'new', at: 5 },
    ])
    expect(starStore.renameStars([['old', 'new']])).toBe(true)
    expect(storedEntries()).toEqual([{ id: 'new', at: 5 }])
  })

  it('write nothing when none of the old ids is starred', () => {
    starStore.star('a')
    const writes = vi.spyOn(Storage.prototype, 'setItem')
    expect(starStore.renameStars([['b', 'c']])).toBe(true)
    expect(starStore.renameStars([])).toBe(true)
    expect(writes).not.toHaveBeenCalled()
  })

  it('move in this tab only, and say so, when storage is full', () => {
    starStore.restore([{ id: 'old', at: 1 }])
    failWrites(quotaError)
    expect(starStore.renameStars([['old', 'new']])).toBe(false)
    expect([...starStore.getStarredIds()]).toEqual(['new'])
    expect(starStore.getFaults()).toMatchObject({ memoryOnly: true, storageFull: true })
    expect(storedIds()).toEqual(['old'])
  })

  it('never overwrite an unreadable value that could not be copied aside', () => {
    localStorage.setItem(STORAGE_KEY, 'not json')
    failWrites(quotaError)
    starStore.star('old')
    expect(starStore.renameStars([['old', 'new']])).toBe(false)
    expect([...starStore.getStarredIds()]).toEqual(['new'])
    expect(localStorage.getItem(STORAGE_KEY)).toBe('not json')
  })

  it('through the public API: resolves once saved, rejects when storage refused', async () => {
    starStore.restore([{ id: 'old', at: 1 }])
    await expect(renameStars([['old', 'new']])).resolves.toBeUndefined()
    expect(storedIds()).toEqual(['new'])
    failWrites(securityError)
    await expect(renameStars([['new', 'newer']])).rejects.toThrow(/could not be saved/)
  })
})

describe('star hooks', () => {
  it('update when another tab changes the stars (storage event)', () => {
    const { result } = renderHook(() => ({ ids: useStarredIds(), b: useIsStarred('b') }))
    expect(result.current.ids.size).toBe(0)
    const value = JSON.stringify({ version: 1, starred: [{ id: 'b', at: 1 }] })
    // Another tab wrote the value; this tab only hears the event.
    localStorage.setItem(STORAGE_KEY, value)
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: value }))
    })
    expect([...result.current.ids]).toEqual(['b'])
    expect(result.current.b).toBe(true)
  })

  it('keep a tab’s unsaved stars when another tab saves', () => {
    const writes = failWrites(quotaError)
    starStore.star('only-here')
    writes.mockRestore()
    const { result } = renderHook(() => useStarredIds())
    const value = JSON.stringify({ version: 1, starred: [{ id: 'there', at: 1 }] })
    localStorage.setItem(STORAGE_KEY, value)
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: value }))
    })
    expect([...result.current].sort()).toEqual(['only-here', 'there'])
    expect(storedIds().sort()).toEqual(['only-here', 'there'])
  })

  it('return the same set until the ids change', () => {
    starStore.star('a')
    const { result, rerender } = renderHook(() => useStarredIds())
    const first = result.current
    rerender()
    expect(result.current).toBe(first)
    act(() => starStore.star('b'))
    expect(result.current).not.toBe(first)
  })

  it('report faults to components', () => {
    failWrites(quotaError)
    const { result } = renderHook(() => useStarFaults())
    act(() => starStore.star('a'))
    expect(result.current.memoryOnly).toBe(true)
  })

  it('render no stars on the server, even when the browser has some', () => {
    starStore.star('a')
    function Probe() {
      return createElement('p', null, `${useStarredIds().size} ${useIsStarred('a')}`)
    }
    expect(renderToString(createElement(Probe))).toBe('<p>0 false</p>')
  })
})
