import { describe, expect, it } from 'vitest'
import { loadStars, STORAGE_KEY } from '../../lib/stars/stars'
import { backupFileName, backupSizeProblem, makeBackup, readBackup } from './agenda-backup'

const starStore = await loadStars()

const NOW = new Date('2026-11-26T10:00:00Z')

describe('agenda backup', () => {
  it('round-trips through its own file format, keeping when each talk was starred', () => {
    const backup = makeBackup(
      [
        { id: 'a', at: 10 },
        { id: 'gone', at: 20 },
      ],
      'conf',
      (id) => (id === 'a' ? 'Talk A' : undefined),
      NOW,
    )
    expect(backup.starred).toEqual([
      { id: 'a', at: 10, title: 'Talk A' },
      { id: 'gone', at: 20 },
    ])
    expect(readBackup(JSON.stringify(backup))).toEqual({
      ok: true,
      entries: [
        { id: 'a', at: 10 },
        { id: 'gone', at: 20 },
      ],
      unreadable: 0,
    })
    expect(backupFileName('conf', NOW)).toBe('conf-agenda-2026-11-26.json')
  })

  it('reads the stored record itself, as kept under the backup key after a fault', () => {
    starStore.starMany(['x', 'y'])
    const read = readBackup(localStorage.getItem(STORAGE_KEY)!)
    expect(read.ok && read.entries.map((e) => e.id)).toEqual(['x', 'y'])
  })

  it('reads a plain list of ids', () => {
    const read = readBackup('["a","b"]')
    expect(read.ok && read.entries.map((e) => e.id)).toEqual(['a', 'b'])
  })

  it.each([
    ['not JSON', '{oops'],
    ['another JSON file', '{"name":"package"}'],
    ['only entries without ids', '{"version":1,"starred":[{"at":1}]}'],
    ['a list of non-strings', '[1,2]'],
    ['a bare value', '42'],
  ])('rejects %s', (_label, text) => {
    expect(readBackup(text)).toEqual({
      ok: false,
      message: 'This file is not a Plenary agenda backup.',
    })
  })

  it('explains a backup from a newer version', () => {
    expect(readBackup('{"version":2,"starred":[]}')).toEqual({
      ok: false,
      message:
        'This backup is format version 2, made by a newer version of Plenary; this one reads version 1.',
    })
  })

  it('reads a backup without a version as version 1, and names a version it does not know', () => {
    const read = readBackup('{"starred":[{"id":"a","at":5}]}')
    expect(read).toEqual({ ok: true, entries: [{ id: 'a', at: 5 }], unreadable: 0 })
    expect(readBackup('{"version":"one","starred":[]}')).toEqual({
      ok: false,
      message: 'This backup’s version ("one") is not one Plenary knows: it reads version 1.',
    })
  })

  it('skips a bad entry and counts it, keeping the others', () => {
    const read = readBackup('{"version":1,"starred":[{"id":"a","at":1},{"id":3},null,{"id":"b"}]}')
    expect(read.ok && read.entries.map((e) => e.id)).toEqual(['a', 'b'])
    expect(read.ok && read.unreadable).toBe(2)
  })

  it('says how big a file is that is too big to be a backup', () => {
    expect(backupSizeProblem(7.2 * 1024 * 1024)).toBe(
      'The file is 7.2 MB: a backup is at most 5 MB.',
    )
    expect(backupSizeProblem(4 * 1024 * 1024)).toBeNull()
    expect(readBackup(`[${'"x",'.repeat(1_400_000)}"y"]`)).toEqual({
      ok: false,
      message: 'The file is 5.3 MB: a backup is at most 5 MB.',
    })
  })
})
