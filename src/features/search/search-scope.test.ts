import { describe, expect, it } from 'vitest'
import { generateManyRooms } from '../../../scripts/generate/generate-many-rooms'
import { scheduleIndexOf } from '../../../tests/fixtures/multi-session'
import { scheduleModel } from '../../data/schedule-model'
import { NO_SEARCH, type SearchState } from './search-params'
import {
  chooseFilter,
  moveOperators,
  passesFilters,
  removeFilter,
  searchScope,
} from './search-scope'
import { resolveValue, searchVocabulary } from './search-vocabulary'

const dataset = generateManyRooms()
// A speaker with an accent, as real schedules have.
dataset.authors[0]!.name = 'Pedro Gomès'
const model = scheduleModel(scheduleIndexOf(dataset))
const vocabulary = searchVocabulary(model)
const values = (value: string, key: keyof typeof vocabulary) =>
  resolveValue(value, vocabulary[key]).map((c) => c.value)
const state = (parts: Partial<SearchState>): SearchState => ({ ...NO_SEARCH, ...parts })

describe('what an operator value means', () => {
  it('finds rooms by name or id, whatever the case, accents and punctuation', () => {
    expect(values('janson', 'room')).toEqual(['janson'])
    expect(values('JÁNSON', 'room')).toEqual(['janson'])
    expect(values('H.1305', 'room')).toEqual(['h-1305'])
    expect(values('h1305', 'room')).toEqual(['h-1305'])
    expect(values('h-1305', 'room')).toEqual(['h-1305'])
    expect(values('jans', 'room')).toEqual(['janson'])
  })

  it('finds tracks and types by their words, the whole name first', () => {
    expect(values('graph neural networks devroom', 'track')).toEqual([
      'Graph neural networks devroom',
    ])
    expect(values('talk', 'type')).toEqual(['Talk'])
    expect(values('lightning', 'type')).toEqual(['Lightning talk'])
    expect(values('keynote', 'type')).toEqual(['Keynote'])
    expect(values('main', 'track')).toEqual(['Main Track'])
  })

  it('finds speakers by a name or a word of it, accents forgiven', () => {
    expect(values('gomes', 'by')).toEqual(['Pedro Gomès'])
    expect(values('"pedro gomès"', 'by')).toEqual(['Pedro Gomès'])
    expect(values('sat', 'day')).toEqual(['2027-01-30'])
    expect(values('2027-01-31', 'day')).toEqual(['2027-01-31'])
  })

  it('finds nothing for unknown names, or for values of invisible characters alone', () => {
    expect(values('xyz', 'room')).toEqual([])
    expect(values('\u200b\u200f', 'room')).toEqual([])
    expect(values('<script>', 'track')).toEqual([])
    expect(values('\ud800', 'room')).toEqual([])
  })

  it('ignores zero-width and direction marks inside a value', () => {
    expect(values('jan\u200bson\u200f', 'room')).toEqual(['janson'])
    expect(values('\u202ekeynote\u202c', 'type')).toEqual(['Keynote'])
  })
})

describe('the filters of a search', () => {
  it('takes the URL filters and the query operators together, the operators for the text left out', () => {
    const scope = searchScope(
      state({ query: 'keynote type:talk', filters: { ...NO_SEARCH.filters, room: 'janson' } }),
      vocabulary,
    )
    expect(scope.text).toBe('keynote')
    expect(scope.filters.map((f) => [f.key, f.written, f.matches.map((m) => m.value)])).toEqual([
      ['room', 'janson', ['janson']],
      ['type', 'talk', ['Talk']],
    ])
  })

  it('lets a query operator win over the URL, and says what matches nothing', () => {
    const scope = searchScope(
      state({ query: 'room:xyz', filters: { ...NO_SEARCH.filters, room: 'janson' } }),
      vocabulary,
    )
    expect(scope.filters).toEqual([
      expect.objectContaining({ key: 'room', written: 'xyz', matches: [] }),
    ])
    const passes = passesFilters(model, scope.filters)
    expect(model.talks.filter(passes)).toEqual([])
  })

  it('passes only the talks that meet every filter', () => {
    const scope = searchScope(state({ query: 'room:janson type:keynote day:sun' }), vocabulary)
    const talks = model.talks.filter(passesFilters(model, scope.filters))
    expect(talks.length).toBeGreaterThan(1)
    for (const talk of talks) {
      expect(talk.roomId).toBe('janson')
      expect(talk.type).toBe('Keynote')
      expect(talk.start.startsWith('2027-01-31')).toBe(true)
    }
  })

  it('removes a filter from the URL and the query alike, and chooses one value for a key', () => {
    const before = state({
      query: 'rust room:h1305 keynote',
      filters: { ...NO_SEARCH.filters, room: 'janson', day: '2027-01-30' },
    })
    expect(removeFilter(before, 'room')).toEqual({
      ...before,
      query: 'rust keynote',
      filters: { ...before.filters, room: null },
    })
    expect(chooseFilter(before, 'room', 'h-1309').filters.room).toBe('h-1309')
    expect(chooseFilter(before, 'room', 'h-1309').query).toBe('rust keynote')
  })
})

describe('moving operators out of the query as the attendee types', () => {
  it('moves a finished operator that means one thing into the URL', () => {
    expect(moveOperators(state({ query: 'room:janson ' }), vocabulary, false)).toEqual(
      state({ query: '', filters: { ...NO_SEARCH.filters, room: 'janson' } }),
    )
    expect(moveOperators(state({ query: 'rust track:"Main track" x' }), vocabulary, false)).toEqual(
      state({ query: 'rust x', filters: { ...NO_SEARCH.filters, track: 'Main Track' } }),
    )
  })

  it('waits while the last one may still be typed, unless the attendee pressed Enter', () => {
    const typing = state({ query: 'keynote room:jans' })
    expect(moveOperators(typing, vocabulary, false)).toBe(typing)
    expect(moveOperators(typing, vocabulary, true)).toEqual(
      state({ query: 'keynote', filters: { ...NO_SEARCH.filters, room: 'janson' } }),
    )
  })

  it('leaves unknown and ambiguous rooms in the query, where the page explains them', () => {
    const unknown = state({ query: 'room:xyz keynote' })
    expect(moveOperators(unknown, vocabulary, true)).toBe(unknown)
    const ambiguous = state({ query: 'room:h keynote' })
    expect(values('h', 'room').length).toBeGreaterThan(1)
    expect(moveOperators(ambiguous, vocabulary, true)).toBe(ambiguous)
  })

  it('moves a speaker name that several people share as written', () => {
    const surname = dataset.authors[5]!.name.split(' ')[1]!
    const sharing = values(surname, 'by')
    const moved = moveOperators(state({ query: `by:${surname} x` }), vocabulary, false)
    expect(moved.by).toBe(sharing.length === 1 ? sharing[0] : surname)
    expect(moved.query).toBe('x')
  })
})
