import { describe, expect, it } from 'vitest'
import { loadStars, STORAGE_KEY } from '../../lib/stars/stars'
import { backupFileName, makeBackup, readBackup } from './agenda-backup'

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
    ['entries without ids', '{"version":1,"starred":[{"at":1}]}'],
    ['a list of non-strings', '[1,2]'],
    ['a bare value', '42'],
  ])('rejects %s', (_label, text) => {
    expect(readBackup(text)).toEqual({
      ok: false,
      message: 'This file is not a Plenary agenda backup.',
    })
  })

  it('explains a backup from a newer version', () => {
    const read = readBackup('{"version":2,"starred":[]}')
    expect(read.ok).toBe(false)
    expect(!read.ok && read.message).toMatch(/newer version/)
  })
})
