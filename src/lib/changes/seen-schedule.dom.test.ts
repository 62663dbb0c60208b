import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ScheduleDigest } from './change-types'
import { SEEN_VERSION_KEY as WATCHED_KEY } from './change-watch'
import {
  keepSeenSchedule,
  keepSeenVersion,
  readSeenSchedule,
  readSeenVersion,
  SEEN_SCHEDULE_CACHE,
  SEEN_SCHEDULE_KEY,
  SEEN_SCHEDULE_URL,
  SEEN_VERSION_KEY,
  serializeSeen,
} from './seen-schedule'

const digest = (version: string): ScheduleDigest => ({
  version,
  talks: [
    {
      id: 'a',
      title: 'A talk',
      start: '2026-02-01T10:00:00+01:00',
      end: '2026-02-01T10:30:00+01:00',
      room: 'Janson',
      cancelled: false,
      formerIds: ['a-old'],
    },
    {
      id: 'b',
      title: 'B talk',
      start: '2026-02-01T11:00:00+01:00',
      end: '2026-02-01T11:30:00+01:00',
      room: null,
      cancelled: true,
    },
  ],
})

/** Cache Storage as a browser gives it, over Maps; `fail` makes one of its operations reject. */
function fakeCaches(fail: { open?: Error; put?: Error; delete?: Error } = {}) {
  const store = new Map<string, Map<string, string>>()
  const storage = {
    store,
    fail,
    async open(name: string) {
      if (fail.open) throw fail.open
      const entries = store.get(name) ?? new Map<string, string>()
      store.set(name, entries)
      return {
        async match(url: string) {
          const text = entries.get(url)
          return text === undefined ? undefined : new Response(text)
        },
        async put(url: string, response: Response) {
          if (fail.put) throw fail.put
          entries.set(url, await response.text())
        },
        async delete(url: string) {
          if (fail.delete) throw fail.delete
          return entries.delete(url)
        },
      }
    },
  }
  vi.stubGlobal('caches', storage)
  return storage
}

/** A kept digest written by hand, one room. */
const kept = (talks: unknown[], rooms = ['Janson']) =>
  JSON.stringify({ format: 1, keptAt: 1, version: 'v1', rooms, talks })
const row = ['a', 'A talk', '2026-02-01T10:00:00+01:00', '2026-02-01T10:30:00+01:00']

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
const securityError = () => new DOMException('Access is denied.', 'SecurityError')

beforeEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('the version seen', () => {
  it('is read back as kept, under the key the watch reads', () => {
    expect(WATCHED_KEY).toBe(SEEN_VERSION_KEY)
    expect(readSeenVersion()).toBeNull()
    expect(keepSeenVersion('v1')).toBe(true)
    expect(readSeenVersion()).toBe('v1')
    expect(localStorage.getItem(SEEN_VERSION_KEY)).toBe('v1')
  })

  it('is null when storage is blocked, and a refused write says so', () => {
    keepSeenVersion('v1')
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw securityError()
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError()
    })
    expect(readSeenVersion()).toBeNull()
    expect(keepSeenVersion('v2')).toBe(false)
  })
})

describe('the digest seen, in Cache Storage', () => {
  it('is kept as one cache entry and read back whole', async () => {
    const storage = fakeCaches()
    expect(await readSeenSchedule()).toBeNull()
    expect(await keepSeenSchedule(digest('v1'))).toBe(true)
    expect(await keepSeenSchedule(digest('v2'))).toBe(true)
    expect([...storage.store.keys()]).toEqual([SEEN_SCHEDULE_CACHE])
    expect([...storage.store.get(SEEN_SCHEDULE_CACHE)!.keys()]).toEqual([SEEN_SCHEDULE_URL])
    expect(localStorage.getItem(SEEN_SCHEDULE_KEY)).toBeNull()
    expect(await readSeenSchedule()).toEqual(digest('v2'))
  })

  it('goes to localStorage when Cache Storage refuses it, and that copy is the one read', async () => {
    const storage = fakeCaches()
    await keepSeenSchedule(digest('v1'))
    Object.assign(storage.fail, { put: quotaError(), delete: securityError() })
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 1000)
    expect(await keepSeenSchedule(digest('v2'))).toBe(true)
    expect(localStorage.getItem(SEEN_SCHEDULE_KEY)).toContain('"version":"v2"')
    expect(storage.store.get(SEEN_SCHEDULE_CACHE)!.get(SEEN_SCHEDULE_URL)).toContain(
      '"version":"v1"',
    )
    expect(await readSeenSchedule()).toEqual(digest('v2'))
    // With the stale copy cleaned up, as when delete works.
    delete storage.fail.delete
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 2000)
    expect(await keepSeenSchedule(digest('v3'))).toBe(true)
    expect(storage.store.get(SEEN_SCHEDULE_CACHE)!.has(SEEN_SCHEDULE_URL)).toBe(false)
    expect(await readSeenSchedule()).toEqual(digest('v3'))
  })

  it('prefers the newer copy when a stale one was left in Cache Storage', async () => {
    const storage = fakeCaches({ put: quotaError(), delete: securityError() })
    const stale = serializeSeen(digest('old'), 1)
    storage.store.set(SEEN_SCHEDULE_CACHE, new Map([[SEEN_SCHEDULE_URL, stale]]))
    expect(await keepSeenSchedule(digest('v2'))).toBe(true)
    expect(await readSeenSchedule()).toEqual(digest('v2'))
  })

  it('falls back to localStorage when Cache Storage cannot even open (private browsing)', async () => {
    fakeCaches({ open: securityError() })
    expect(await keepSeenSchedule(digest('v1'))).toBe(true)
    expect(await readSeenSchedule()).toEqual(digest('v1'))
  })

  it('reads a corrupt entry as none', async () => {
    const storage = fakeCaches()
    storage.store.set(
      SEEN_SCHEDULE_CACHE,
      new Map([[SEEN_SCHEDULE_URL, serializeSeen(digest('v1'), 1).slice(0, -20)]]),
    )
    expect(await readSeenSchedule()).toBeNull()
  })
})

describe('the digest seen, in localStorage (no Cache Storage)', () => {
  it('is kept compactly: one row a talk, each room name once', async () => {
    expect(JSON.parse(serializeSeen(digest('v1'), 7))).toEqual({
      format: 1,
      keptAt: 7,
      version: 'v1',
      rooms: ['Janson'],
      talks: [
        ['a', 'A talk', '2026-02-01T10:00:00+01:00', '2026-02-01T10:30:00+01:00', 0, 0, ['a-old']],
        ['b', 'B talk', '2026-02-01T11:00:00+01:00', '2026-02-01T11:30:00+01:00', -1, 1],
      ],
    })
  })

  it('reads a valid hand-written row back', async () => {
    localStorage.setItem(SEEN_SCHEDULE_KEY, kept([[...row, 0, 0]]))
    expect(await readSeenSchedule()).toEqual({
      version: 'v1',
      talks: [
        {
          id: 'a',
          title: 'A talk',
          start: '2026-02-01T10:00:00+01:00',
          end: '2026-02-01T10:30:00+01:00',
          room: 'Janson',
          cancelled: false,
        },
      ],
    })
  })

  it('is kept under its key and read back whole', async () => {
    expect(await readSeenSchedule()).toBeNull()
    expect(await keepSeenSchedule(digest('v1'))).toBe(true)
    expect(await readSeenSchedule()).toEqual(digest('v1'))
  })

  it.each([
    ['not JSON', '{"format":1,'],
    ['a later format', serializeSeen(digest('v1'), 1).replace('"format":1', '"format":2')],
    ['no talks', JSON.stringify({ format: 1, keptAt: 1, version: 'v1', rooms: [] })],
    ['a talk without its times', kept([['a', 'A talk', 0, 0]])],
    ['a talk in a room that is not listed', kept([[...row, 1, 0]])],
    ['a talk neither cancelled nor not', kept([[...row, 0, true]])],
    ['former ids that are not ids', kept([[...row, 0, 0, [1]]])],
    ['a list', '[]'],
  ])('reads %s as none', async (_, raw) => {
    localStorage.setItem(SEEN_SCHEDULE_KEY, raw)
    expect(await readSeenSchedule()).toBeNull()
  })

  it('reads blocked storage as none, and says a write to full or blocked storage failed', async () => {
    await keepSeenSchedule(digest('v1'))
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw securityError()
    })
    expect(await readSeenSchedule()).toBeNull()
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError()
    })
    expect(await keepSeenSchedule(digest('v2'))).toBe(false)
    setItem.mockImplementation(() => {
      throw securityError()
    })
    expect(await keepSeenSchedule(digest('v2'))).toBe(false)
  })

  it('says a write failed when neither Cache Storage nor localStorage takes it', async () => {
    fakeCaches({ put: quotaError() })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaError()
    })
    expect(await keepSeenSchedule(digest('v1'))).toBe(false)
  })
})
