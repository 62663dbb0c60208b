import { describe, expect, it } from 'vitest'
import { importScheduleFile } from '../../../scripts/import/import-schedule-file'
import { scheduleIndexOf } from '../../../tests/fixtures/multi-session'
import { sharedDataFile } from '../../../tests/support/shared-data'
import { scheduleModel } from '../../data/schedule-model'
import { NO_SEARCH } from './search-params'
import { passesFilters, searchScope } from './search-scope'
import { resolveValue, searchVocabulary, type SearchVocabulary } from './search-vocabulary'

/** Operators over FOSDEM 2026's real rooms, tracks, types and speakers (../shared/data, outside the repo). */
const FOSDEM = sharedDataFile('fosdem-2026-schedule.xml', 'search-vocabulary.real')
const describeReal = FOSDEM ? describe : describe.skip

describeReal('operators at FOSDEM 2026', () => {
  const dataset = FOSDEM ? importScheduleFile(FOSDEM, { asOf: '2026-01-20' }).dataset : null
  const model = dataset ? scheduleModel(scheduleIndexOf(dataset)) : null
  const vocabulary = (model ? searchVocabulary(model) : {}) as SearchVocabulary
  const talksOf = (query: string) =>
    model!.talks.filter(
      passesFilters(model!, searchScope({ ...NO_SEARCH, query }, vocabulary).filters),
    )

  it('finds every room, track and type by its own name, and only it', () => {
    for (const key of ['room', 'track', 'type'] as const)
      for (const choice of vocabulary[key])
        expect(
          resolveValue(choice.label, vocabulary[key]).map((c) => c.value),
          `${key}: ${choice.label}`,
        ).toEqual([choice.value])
  })

  it('filters the main hall and a devroom as an attendee writes them', () => {
    const janson = talksOf('room:janson')
    expect(janson.length).toBe(24)
    expect(talksOf('room:JANSON')).toEqual(janson)
    const rooms = new Set(talksOf('room:"H.1302"').map((t) => t.roomId))
    expect(rooms.size).toBe(1)
    expect(talksOf('room:h1302')).toEqual(talksOf('room:"H.1302"'))
    const rust = talksOf('track:"Rust"')
    expect(rust.length).toBeGreaterThan(5)
    expect(new Set(rust.map((t) => t.track)).size).toBe(1)
  })
})
