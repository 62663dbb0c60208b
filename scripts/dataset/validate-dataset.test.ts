import { describe, expect, it } from 'vitest'
import { multiSessionDataset } from '../../tests/fixtures/multi-session'
import { neuripsDataset } from '../../tests/fixtures/neurips-dataset'
import type { Dataset } from '../../src/data/types'
import { assertDataset, validateDataset } from './validate-dataset'

function withChange(change: (dataset: Dataset) => void): Dataset {
  const copy = structuredClone(multiSessionDataset)
  change(copy)
  return copy
}

describe('validateDataset', () => {
  it('accepts the committed dataset and the fixtures', () => {
    expect(validateDataset(neuripsDataset)).toEqual([])
    expect(validateDataset(multiSessionDataset)).toEqual([])
  })

  it('names the JSON path of every problem in one run', () => {
    const problems = validateDataset(
      withChange((d) => {
        d.talks[2]!.start = '2018-13-01T00:00'
        d.talks[1]!.title = 'Bell\u0007'
        d.talks[0]!.links = [{ type: 'zip' as 'other', url: 'javascript:alert(1)' }]
        delete (d.conference as Partial<Dataset['conference']>).timeZone
      }),
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        'conference.timeZone: required, but missing',
        expect.stringMatching(/^talks\[0\]\.links\[0\]\.type: expected \("paper" \| /),
        'talks[0].links[0].url: expected an absolute http(s) URL, got "javascript:alert(1)"',
        expect.stringMatching(/^talks\[1\]\.title: expected one line without control characters/),
        expect.stringMatching(/^talks\[2\]\.start: expected an ISO 8601 instant with offset/),
      ]),
    )
  })

  it('rejects control characters (C0, DEL, C1) in every kind of text, naming the field', () => {
    const problems = validateDataset(
      withChange((d) => {
        d.conference.name = 'Conf\u009b'
        d.rooms[0]!.description = 'Level 2\u0000'
        d.sessions[0]!.title = 'Orals\u001b[31m'
        d.talks[0]!.abstract = [{ p: ['Fine\u007f'] }]
        d.authors[0]!.name = 'Ada\u0085'
      }),
    )
    expect(problems).toEqual([
      'conference.name: expected one line without control characters, got "Conf\u009b"',
      'rooms[0].description: expected text without control characters, got "Level 2\u0000"',
      'sessions[0].title: expected one line without control characters, got "Orals\u001b[31m"',
      'talks[0].abstract[0].p[0]: expected text without control characters, got "Fine\u007f"',
      'authors[0].name: expected one line without control characters, got "Ada\u0085"',
    ])
  })

  it('checks rich text: no unknown block, links to http(s) only', () => {
    const problems = validateDataset(
      withChange((d) => {
        d.talks[0]!.abstract = [{ p: [{ link: 'data:text/html,x', text: ['x'] }] }]
        d.talks[1]!.abstract = [{ script: 'x' } as never]
      }),
    )
    expect(problems.some((p) => p.startsWith('talks[0].abstract[0].p[0]'))).toBe(true)
    expect(problems.some((p) => p.startsWith('talks[1].abstract[0]'))).toBe(true)
  })

  it('checks references once the fields are right: rooms, sessions, authors, days, unique ids, end after start', () => {
    const problems = validateDataset(
      withChange((d) => {
        d.talks[0]!.roomId = 'nowhere'
        d.talks[1]!.authorIds = ['nobody']
        d.talks[2]!.id = d.talks[3]!.id
        d.talks[4]!.end = d.talks[4]!.start
        d.talks[5]!.sessionId = undefined
        d.talks[5]!.day = '2018-12-09'
      }),
    )
    expect(problems).toEqual([
      'talks[3].id: expected a unique id, "a3" is used twice',
      'talks[0].roomId: expected the id of a room, got "nowhere"',
      'talks[1].authorIds[0]: expected the id of an author, got "nobody"',
      'talks[4].end: expected an instant after start (2018-12-04T12:50:00-08:00), got 2018-12-04T12:50:00-08:00',
      'talks[5].day: expected one of the days, but the talk is on 2018-12-09',
    ])
  })

  it('takes a revision and former ids, and keeps talks without them as they are', () => {
    const changed = withChange((d) => {
      d.talks[0]!.revision = 2
      d.talks[0]!.formerIds = ['a0-old', 'a0-older']
    })
    expect(validateDataset(changed)).toEqual([])
    expect(validateDataset(multiSessionDataset)).toEqual([])
    expect(multiSessionDataset.talks.some((t) => 'revision' in t || 'formerIds' in t)).toBe(false)
  })

  it('rejects a revision that is not a whole number from 1, naming the talk and the field', () => {
    const problems = validateDataset(
      withChange((d) => {
        d.talks[0]!.revision = 0
        d.talks[1]!.revision = 1.5
        d.talks[2]!.revision = '2' as never
      }),
    )
    expect(problems).toEqual([
      'talks[0].revision: expected a whole number from 1 (absent when never changed), got 0',
      'talks[1].revision: expected a whole number from 1 (absent when never changed), got 1.5',
      'talks[2].revision: expected number, got "2"',
    ])
  })

  it('rejects former ids that are empty, repeated, not ids, or lead to two talks', () => {
    const problems = validateDataset(
      withChange((d) => {
        d.talks[0]!.formerIds = []
        d.talks[1]!.formerIds = ['old', 'old']
        d.talks[2]!.formerIds = ['', 'Not An Id']
      }),
    )
    expect(problems).toEqual([
      expect.stringMatching(/^talks\[0\]\.formerIds: expected a non-empty list .*, got \[\]$/),
      'talks[1].formerIds: expected ids that are each listed once, got ["old","old"]',
      expect.stringMatching(/^talks\[2\]\.formerIds\[0\]: expected .*, got ""$/),
      expect.stringMatching(/^talks\[2\]\.formerIds\[1\]: expected .*, got "Not An Id"$/),
    ])

    const crossed = validateDataset(
      withChange((d) => {
        d.talks[0]!.formerIds = [d.talks[3]!.id]
        d.talks[1]!.formerIds = ['gone']
        d.talks[2]!.formerIds = ['other', 'gone']
      }),
    )
    expect(crossed).toEqual([
      `talks[0].formerIds[0]: expected an id no current talk has, "${multiSessionDataset.talks[3]!.id}" is the id of talks[3]`,
      `talks[2].formerIds[1]: expected a former id of one talk only, "gone" is also one of talks[1] ("${multiSessionDataset.talks[1]!.id}")`,
    ])
  })

  it('takes ids in any script, in lower case, and nothing that needs escaping but letters', () => {
    const ok = withChange((d) => {
      d.talks[0]!.id = '的亂數產生器-2'
    })
    expect(validateDataset(ok)).toEqual([])
    for (const id of ['Upper', 'a,b', 'a b', 'a--b', '-a', 'a/b'])
      expect(validateDataset(withChange((d) => void (d.talks[0]!.id = id)))).not.toEqual([])
  })

  it('throws with the source named and the problems listed', () => {
    expect(() => assertDataset({ schemaVersion: 2 }, 'x.json')).toThrow(
      /^x\.json is not a valid dataset:\n {2}version: required, but missing/,
    )
  })
})

describe('validateDataset and unpaired surrogates', () => {
  it('rejects a lone surrogate in a title and accepts a real astral character', () => {
    const lone = validateDataset(withChange((d) => void (d.talks[0]!.title = 'Half \uD83D emoji')))
    expect(lone).toEqual([
      expect.stringMatching(/^talks\[0\]\.title: expected one line without control/),
    ])
    expect(validateDataset(withChange((d) => void (d.talks[0]!.title = 'Whole 🎉 emoji')))).toEqual(
      [],
    )
  })
})
