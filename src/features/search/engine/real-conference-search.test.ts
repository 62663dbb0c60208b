/**
 * Relevance on real-shaped conferences, for the failures search had on them: rooms and tracks were not searched
 * ("Janson" fuzzed into "JSON"), and Chinese, Japanese and Korean text matched only at the start of a run of
 * characters. The small CJK conference is a fixture; FOSDEM 2026 is read from ../shared/data when it is there.
 */
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../data/types'
import { epochOf } from '../../../lib/instant'
import { cjkConference } from '../../../../scripts/bench/relevance/cjk-conference'
import { fosdem2026 } from '../../../../scripts/bench/relevance/fosdem-2026'
import { indexOf, scoreRelevance } from '../../../../scripts/bench/relevance/relevance-set'
import { highlight } from '../highlight'
import { idsOf } from '../testing/neurips-search'
import { search } from './search-engine'

function searcher(dataset: Dataset) {
  const index = indexOf(dataset)
  const talk = new Map(dataset.talks.map((t) => [t.id, t]))
  const ids = (query: string) => idsOf(search(index, query).order, dataset)
  return { index, ids, talk: (id: string) => talk.get(id)! }
}

/** Whether talks are in order of start (ties in any order). */
function byTime(dataset: Dataset, ids: readonly string[]): boolean {
  const start = new Map(dataset.talks.map((t) => [t.id, epochOf(t.start)]))
  return ids.every((id, i) => i === 0 || start.get(ids[i - 1]!)! <= start.get(id)!)
}

describe('a conference in Chinese, Japanese, Korean and Thai', () => {
  const dataset = cjkConference.load()!
  const { index, ids, talk } = searcher(dataset)

  it('finds a word inside a run of characters: 亂數 in 密碼學中的亂數產生器', () => {
    expect(talk('cjk-2').title).toBe('密碼學中的亂數產生器')
    expect(ids('亂數')).toEqual(['cjk-2'])
  })

  it('finds a speaker by the given name alone: 柏愷 is 黃柏愷, not 黃柏翰 or 林柏宇', () => {
    expect(ids('柏愷')).toEqual(['cjk-1'])
    // One character finds every name and title with it.
    expect(ids('黃').sort()).toEqual(['cjk-1', 'cjk-17'])
  })

  it('matches mixed-script queries, spaced or not: Rust 編譯器', () => {
    for (const query of ['Rust 編譯器', 'Rust編譯器', '編譯器 rust']) {
      const outcome = search(index, query)
      expect(idsOf(outcome.order, dataset)[0]).toBe('cjk-1')
      // Only the talk with both words matches both; the other compilers and the other Rust talks follow.
      expect(outcome.allCount).toBe(1)
      expect(idsOf(outcome.order, dataset)).toEqual(expect.arrayContaining(['cjk-21', 'cjk-22']))
    }
  })

  it('needs every character pair of a longer word in one field', () => {
    // 平行 and 編譯器 both occur, but only cjk-21 has 平行編譯器's pairs.
    expect(ids('平行編譯器')[0]).toBe('cjk-21')
    expect(search(index, '平行編譯器').allCount).toBe(1)
    expect(ids('量子位元')).toEqual(['cjk-17'])
    expect(ids('位元量子')).toEqual([])
  })

  it('lists a room’s talks first, by time, for its name or a part of it', () => {
    const room = dataset.talks.filter((t) => t.roomId === 'room-201-小教室').map((t) => t.id)
    for (const query of ['Room 201 (小教室)', '小教室', 'room 201']) {
      const found = ids(query)
      expect(found.slice(0, room.length).sort()).toEqual([...room].sort())
      expect(byTime(dataset, found.slice(0, room.length))).toBe(true)
    }
  })

  it('lists a type’s talks first, by time, across rooms', () => {
    const talks = dataset.talks.filter((t) => t.type === 'talk')
    const found = ids('talk')
    expect(found.slice(0, talks.length).sort()).toEqual(talks.map((t) => t.id).sort())
    expect(byTime(dataset, found.slice(0, talks.length))).toBe(true)
    expect(ids('lightning talk')[0]).toBe('cjk-23')
  })

  it('searches subtitles, affiliations and languages too, below titles and speakers', () => {
    const edited: Dataset = {
      ...dataset,
      talks: dataset.talks.map((t) =>
        t.id === 'cjk-3' ? { ...t, subtitle: 'Licences and governance' } : t,
      ),
      authors: dataset.authors.map((a) =>
        a.name === '山田太郎' ? { ...a, affiliation: 'Kyoto University' } : a,
      ),
    }
    const { ids: editedIds } = searcher(edited)
    expect(editedIds('governance')).toEqual(['cjk-3'])
    expect(editedIds('kyoto')).toEqual(['cjk-5'])
    const japanese = dataset.talks.filter((t) => t.language === 'ja').map((t) => t.id)
    expect(japanese.length).toBeGreaterThan(3)
    expect(ids('japanese').sort()).toEqual(japanese.sort())
    // A word in a title (Building a Rust compiler backend) outranks the same word in a subtitle.
    const both: Dataset = {
      ...edited,
      talks: edited.talks.map((t) =>
        t.id === 'cjk-3' ? { ...t, subtitle: 'Licences for a compiler' } : t,
      ),
    }
    expect(searcher(both).ids('compiler')).toEqual(['cjk-22', 'cjk-3'])
  })

  it('marks the characters it matched inside a run', () => {
    const { marks } = search(index, '亂數')
    expect(highlight('密碼學中的亂數產生器', new Set(marks))).toEqual([
      { text: '密碼學中的', marked: false },
      { text: '亂數', marked: true },
      { text: '產生器', marked: false },
    ])
  })

  it('finds the expected talk in the top 3 for at least 95% of the relevance set', () => {
    const score = scoreRelevance(dataset, cjkConference.queries, index)
    expect(score.queries).toBeGreaterThanOrEqual(20)
    expect(score.misses.map((m) => m.query.text)).toEqual([])
    expect(score.top3).toBeGreaterThanOrEqual(0.95)
  })
})

const fosdem = fosdem2026.load()

describe.skipIf(!fosdem)('FOSDEM 2026', () => {
  const dataset = fosdem!
  const { index, ids, talk } = searcher(dataset)
  const roomName = new Map(dataset.rooms.map((r) => [r.id, r.name]))

  it('lists Janson’s talks first, by time, and fuzzes into neither JSON nor Jaron', () => {
    const janson = dataset.talks.filter((t) => roomName.get(t.roomId!) === 'Janson')
    expect(janson.length).toBeGreaterThan(20)
    for (const query of ['Janson', 'janson', 'JANSON ']) {
      const found = ids(query)
      const first = found.slice(0, janson.length)
      expect(first.every((id) => roomName.get(talk(id).roomId!) === 'Janson')).toBe(true)
      expect(byTime(dataset, first)).toBe(true)
      expect(search(index, query).marks).not.toContain('json')
      expect(found.some((id) => /json/i.test(talk(id).title))).toBe(false)
    }
  })

  it('lists a track’s talks first, by time, for its exact name', () => {
    const track = 'Embedded, Mobile and Automotive'
    const talks = dataset.talks.filter((t) => t.track === track)
    for (const query of [track, 'embedded mobile and automotive']) {
      const first = ids(query).slice(0, talks.length)
      expect(first.sort()).toEqual(talks.map((t) => t.id).sort())
    }
    expect(byTime(dataset, ids(track).slice(0, talks.length))).toBe(true)
  })

  it('searches rooms and tracks as fields beside other words', () => {
    // A word of the room's name and a word of the title: the talk matches both.
    const libreboot = search(index, 'fontaine libreboot')
    expect(libreboot.allCount).toBe(1)
    expect(idsOf(libreboot.order, dataset)[0]).toBe('w7m9lv-libreboot-free-your-bios-today')
    // A word of the track's name (Modern Email) and one of the title.
    const webmail = search(index, 'webmail email')
    expect(idsOf(webmail.order, dataset).slice(0, webmail.allCount)).toContain('yv73h9-webmail-tng')
  })

  it('finds the expected talk in the top 3 for at least 95% of the relevance set', () => {
    const score = scoreRelevance(dataset, fosdem2026.queries, index)
    expect(score.queries).toBeGreaterThanOrEqual(40)
    expect(score.top3).toBeGreaterThanOrEqual(0.95)
  })
})
