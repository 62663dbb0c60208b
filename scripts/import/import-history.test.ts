import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Dataset, Talk } from '../../src/data/types'
import type { ImportRegistry } from './import-registry'
import { runImportCli } from './run-cli'

const TINY = readFileSync(resolve(import.meta.dirname, 'fixtures/tiny-frab.xml'), 'utf8')

let dir: string
let errors: string[]
let logs: string[]
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-history-'))
  errors = []
  logs = []
})

/** Imports this version of the schedule into the same dataset, as a conference's maintainer re-imports it. */
function importVersion(xml: string): number {
  const source = join(dir, 'schedule.xml')
  writeFileSync(source, xml)
  return runImportCli([source, '--out', join(dir, 'tiny.json')], {
    log: (line) => logs.push(line),
    error: (line) => errors.push(line),
  })
}

const dataset = (): Dataset => JSON.parse(readFileSync(join(dir, 'tiny.json'), 'utf8'))
const registry = (): ImportRegistry => JSON.parse(readFileSync(join(dir, 'tiny.ids.json'), 'utf8'))
const talk = (id: string): Talk => dataset().talks.find((t) => t.id === id)!

/** The opening keynote a quarter of an hour later, the hackathon renamed by the source (a new slug and title). */
const VERSION_B = TINY.replace('<date>2026-01-31T09:30:00+01:00', '<date>2026-01-31T09:45:00+01:00')
  .replace('<start>09:30</start>', '<start>09:45</start>')
  .replace('<slug>GHI789-hackathon</slug>', '<slug>GHI789-hackathon_day</slug>')
  .replace('<title>Hackathon</title>', '<title>Hackathon day</title>')

describe('re-importing a schedule keeps each talk’s history', () => {
  it('a first import writes the registry beside the dataset, and no talk gets a revision', () => {
    expect(importVersion(TINY)).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['schedule.xml', 'tiny.ids.json', 'tiny.json'])
    expect(dataset().talks.some((t) => 'revision' in t || 'formerIds' in t)).toBe(false)
    const events = registry().events
    expect(Object.keys(events)).toHaveLength(7)
    // Known by guid, else by event id (events 105 and 107 have no guid).
    expect(events['guid:33333333-3333-5333-8333-333333333333']).toEqual({
      ids: ['ghi789-hackathon'],
      revision: 0,
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
    })
    expect(events['id:105']?.ids).toEqual(['jkl000-late-night-hacking'])
    expect(logs[1]).toMatch(/^history -> .*tiny\.ids\.json \(first import: no revisions\)$/)
  })

  it('an unchanged schedule imports to the very same files', () => {
    importVersion(TINY)
    const before = [dataset(), registry()]
    expect(importVersion(TINY)).toBe(0)
    expect([dataset(), registry()]).toEqual(before)
    expect(logs[3]).toMatch(/\(since the last import 0 talk\(s\) changed, 0 renamed\)$/)
  })

  it('a changed talk gets the next revision; a renamed one keeps its old id as a former id', () => {
    importVersion(TINY)
    const versionA = dataset().version
    expect(importVersion(VERSION_B)).toBe(0)
    expect(dataset().version).not.toBe(versionA)
    expect(talk('abc123-opening-keynote')).toMatchObject({
      start: '2026-01-31T09:45:00+01:00',
      revision: 1,
    })
    expect(talk('abc123-opening-keynote').formerIds).toBeUndefined()
    expect(talk('ghi789-hackathon-day')).toMatchObject({
      title: 'Hackathon day',
      revision: 1,
      formerIds: ['ghi789-hackathon'],
    })
    expect(dataset().talks.find((t) => t.id === 'ghi789-hackathon')).toBeUndefined()
    // The others did not change, and say nothing about it.
    const unchanged = dataset().talks.filter(
      (t) => !['abc123-opening-keynote', 'ghi789-hackathon-day'].includes(t.id),
    )
    expect(unchanged).toHaveLength(5)
    for (const t of unchanged) expect(Object.keys(t)).not.toContain('revision')
    expect(logs[3]).toMatch(/\(since the last import 2 talk\(s\) changed, 1 renamed\)$/)

    // Imported again: nothing new, nothing counted twice.
    importVersion(VERSION_B)
    expect(talk('ghi789-hackathon-day').revision).toBe(1)
  })

  it('keeps the chain across several renames, oldest first; a rename alone is no new revision', () => {
    importVersion(TINY)
    importVersion(VERSION_B)
    importVersion(
      VERSION_B.replace('<slug>GHI789-hackathon_day</slug>', '<slug>GHI789-hack_day</slug>'),
    )
    expect(talk('ghi789-hack-day')).toMatchObject({
      revision: 1,
      formerIds: ['ghi789-hackathon', 'ghi789-hackathon-day'],
    })
    expect(registry().events['guid:33333333-3333-5333-8333-333333333333']?.ids).toEqual([
      'ghi789-hackathon',
      'ghi789-hackathon-day',
      'ghi789-hack-day',
    ])
  })

  it('counts a cancellation and a change of room', () => {
    importVersion(TINY)
    importVersion(
      TINY.replace('<title>Opening keynote</title>', '<title>[cancelled] Opening keynote</title>'),
    )
    expect(talk('abc123-opening-keynote')).toMatchObject({ status: 'cancelled', revision: 1 })
    importVersion(
      TINY.replace(
        '<room>Janson</room>\n        <slug>ABC123',
        '<room>K.1.105 (La Fontaine)</room>\n        <slug>ABC123',
      ),
    )
    // Back on (a change), in another room (the same change of this version): one revision more.
    expect(talk('abc123-opening-keynote')).toMatchObject({
      roomId: 'k1105',
      revision: 2,
    })
    expect(talk('abc123-opening-keynote').status).toBeUndefined()
  })

  it('leaves out a former id that another talk now has, and says so', () => {
    importVersion(TINY)
    importVersion(
      VERSION_B.replace('<slug>DEF456-old_talk</slug>', '<slug>GHI789-hackathon</slug>'),
    )
    expect(talk('ghi789-hackathon-day').formerIds).toBeUndefined()
    expect(talk('ghi789-hackathon').title).toBe('An old talk')
    expect(errors).toContainEqual(
      expect.stringMatching(
        /talk ghi789-hackathon-day was once "ghi789-hackathon", now the id of another talk/,
      ),
    )
  })

  it('fails, naming the registry and writing nothing, when the registry cannot be read', () => {
    importVersion(TINY)
    const before = readFileSync(join(dir, 'tiny.json'), 'utf8')
    for (const broken of [
      '{"events": ',
      '{"events": {"guid:1": {"ids": [], "revision": 0, "fingerprint": "x"}}}',
    ]) {
      writeFileSync(join(dir, 'tiny.ids.json'), broken)
      expect(importVersion(VERSION_B)).toBe(1)
      expect(errors.at(-1)).toMatch(
        /^import failed, nothing written: the import registry .*tiny\.ids\.json cannot be read: .*Fix it, or move it away/,
      )
      expect(readFileSync(join(dir, 'tiny.json'), 'utf8')).toBe(before)
      expect(readFileSync(join(dir, 'tiny.ids.json'), 'utf8')).toBe(broken)
    }
    expect(errors.at(-1)).toMatch(/events\.guid:1\.ids: expected/)
    expect(readdirSync(dir).sort()).toEqual(['schedule.xml', 'tiny.ids.json', 'tiny.json'])
    expect(existsSync(join(dir, 'tiny.json'))).toBe(true)
  })
})
