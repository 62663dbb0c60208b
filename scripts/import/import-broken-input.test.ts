import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset } from './build-dataset'
import { assignTalkIds } from './id-map'
import { parseSessionPage } from './parse-session-page'
import { runImport } from './run-import'
import type { ImportConfig } from './read-import-config'

const PAGE = `Skip to yearly menu bar Skip to main content

Session

Tue Track 2 -- Session 2

Abstract:
Chat is not available.

Tue 4 Dec. 12:30 - 12:35 PST

Spotlight
A First Talk

Ada Lovelace · Alan Turing

First paragraph.

Second paragraph.

Tue 4 Dec. 12:35 - 12:50 PST

Oral
A Second Talk

Grace Hopper

Only paragraph.
`

const OPTIONS = {
  conference: { id: 'test-2018', name: 'Test 2018' },
  year: 2018,
  timeZone: 'America/Los_Angeles',
  asOf: '2026-11-26',
}

function importText(text: string, options = OPTIONS) {
  return buildDataset(parseSessionPage(text), options, { talks: [] }).dataset
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1
}

describe('the importer on well-formed input', () => {
  it('reads paragraphs, authors and times', () => {
    const dataset = importText(PAGE)
    expect(dataset.talks.map((t) => [t.id, t.kind, t.abstract.length, t.start, t.end])).toEqual([
      ['a-first-talk', 'spotlight', 2, '2018-12-04T12:30:00-08:00', '2018-12-04T12:35:00-08:00'],
      ['a-second-talk', 'oral', 1, '2018-12-04T12:35:00-08:00', '2018-12-04T12:50:00-08:00'],
    ])
    expect(dataset.authors.map((a) => a.name)).toEqual([
      'Ada Lovelace',
      'Alan Turing',
      'Grace Hopper',
    ])
  })

  it('computes the offset from the zone: a summer date in the same zone is PDT, -07:00', () => {
    const summer = PAGE.replaceAll('Tue 4 Dec.', 'Wed 4 Jul.').replaceAll('PST', 'PDT')
    expect(importText(summer).talks[0]!.start).toBe('2018-07-04T12:30:00-07:00')
  })
})

describe('the importer on broken input names the line and what it expected', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'a weekday that does not match the year',
      'Tue 4 Dec. 12:30',
      'Mon 4 Dec. 12:30',
      /"Mon" does not match 2018-12-04, which is a Tuesday/,
    ],
    [
      'a zone label the zone does not have on that date',
      '12:30 - 12:35 PST',
      '12:30 - 12:35 PDT',
      /prints "PDT" but America\/Los_Angeles is PST/,
    ],
    ['an unknown kind', 'Spotlight', 'Lightning', /kind: expected one of Oral, Spotlight/],
    [
      'a malformed time line',
      'Tue 4 Dec. 12:30 - 12:35 PST',
      'Tue 4 Dec. 12:30 to 12:35 PST',
      /time: expected a time line like/,
    ],
    [
      'an impossible hour',
      'Tue 4 Dec. 12:30 - 12:35 PST',
      'Tue 4 Dec. 25:30 - 12:35 PST',
      /expected a 24-hour time/,
    ],
  ]
  it.each(cases)('%s', (_label, find, replace, message) => {
    const broken = PAGE.replace(find, replace)
    const line = lineOf(broken, replace)
    expect(() => importText(broken)).toThrow(message)
    expect(() => importText(broken)).toThrow(new RegExp(`^line ${line}: `))
  })

  it('a talk with no abstract', () => {
    const broken = PAGE.replace('Only paragraph.\n', '')
    expect(() => importText(broken)).toThrow(
      `line ${lineOf(broken, 'Grace Hopper')}: abstract: expected at least one paragraph`,
    )
  })

  it('a page without a session header', () => {
    expect(() => importText(PAGE.replace('Session\n', ''))).toThrow(/expected a line "Session"/)
  })

  it('a page with no talks', () => {
    expect(() => importText(PAGE.slice(0, PAGE.indexOf('Tue 4 Dec.')))).toThrow(
      /expected at least one time line/,
    )
  })
})

describe('runImport', () => {
  function setUp(page: string) {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-import-'))
    writeFileSync(join(dir, 'page.txt'), page)
    const config: ImportConfig = {
      ...OPTIONS,
      source: join(dir, 'page.txt'),
      output: join(dir, 'dataset.json'),
      idMap: join(dir, 'ids.json'),
      corrections: [],
    }
    return { dir, config }
  }

  it('writes nothing when the input is broken', () => {
    const { config } = setUp(PAGE.replace('Spotlight', 'Lightning'))
    expect(() => runImport(config)).toThrow(/kind/)
    expect(existsSync(config.output)).toBe(false)
    expect(existsSync(config.idMap)).toBe(false)
  })

  it('fails on a correction whose text is no longer in the page', () => {
    const { config } = setUp(PAGE)
    config.corrections = [
      { talk: 'A First Talk', field: 'authors', find: 'OpenAI', replace: '', why: 'test' },
    ]
    expect(() => runImport(config)).toThrow(/"OpenAI" is not in its authors/)
    expect(existsSync(config.output)).toBe(false)
  })

  it('keeps a talk id when its title is corrected later, so old links keep working', () => {
    const { config } = setUp(PAGE)
    runImport(config)
    writeFileSync(config.source, PAGE.replace('A First Talk', 'A First Talk, Corrected'))
    const dataset = runImport(config)
    expect(dataset.talks[0]).toMatchObject({ id: 'a-first-talk', title: 'A First Talk, Corrected' })
    expect(JSON.parse(readFileSync(config.idMap, 'utf8')).talks[0]).toMatchObject({
      id: 'a-first-talk',
    })
  })

  it('merges another session into the same conference dataset', () => {
    const { config } = setUp(PAGE)
    runImport(config)
    writeFileSync(
      config.source,
      PAGE.replace('Tue Track 2 -- Session 2', 'Tue Track 1 -- Session 2')
        .replace('A First Talk', 'Another Talk')
        .replace('A Second Talk', 'Yet Another Talk'),
    )
    const dataset = runImport(config)
    expect(dataset.sessions.map((s) => s.id).sort()).toEqual([
      'tue-track-1-session-2',
      'tue-track-2-session-2',
    ])
    expect(dataset.talks).toHaveLength(4)
  })
})

describe('assignTalkIds', () => {
  it('suffixes a clashing slug with -2, -3', () => {
    const { ids } = assignTalkIds({ talks: [] }, [
      { title: 'Same Title', slot: 'a' },
      { title: 'Same title!', slot: 'b' },
      { title: 'same  title', slot: 'c' },
    ])
    expect(ids).toEqual(['same-title', 'same-title-2', 'same-title-3'])
  })
})
