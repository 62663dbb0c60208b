import { beforeAll, describe, expect, it } from 'vitest'
import { generateConference } from '../generate/generate-conference'
import { createRandom } from '../generate/random'
import {
  benchQueries,
  precisionAt10,
  RELEVANCE_SETS,
  withTypo,
  type BenchQuery,
} from './bench-search'

// Generating a 1,000-talk conference takes a second on a quiet machine and several on a busy one: it is set-up,
// given its own generous timeout, not part of any test's time.
const SET_UP_TIMEOUT_MS = 120_000

describe('search benchmark', () => {
  it('scores P@10 against min(10, relevant)', () => {
    const relevant = new Set(['a', 'b', 'c'])
    expect(precisionAt10(['a', 'x', 'b', 'c'], relevant)).toBe(1)
    expect(precisionAt10(['x', 'a'], relevant)).toBeCloseTo(1 / 3)
    const many = new Set(Array.from({ length: 30 }, (_, i) => `t${i}`))
    expect(
      precisionAt10(['t0', 't1', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 't2'], many),
    ).toBeCloseTo(0.2)
  })

  it('makes one typo in the longest word', () => {
    const random = createRandom(1)
    for (let i = 0; i < 20; i++) {
      const typo = withTypo('graph neural networks', random)
      expect(typo).not.toBe('graph neural networks')
      expect(typo.startsWith('graph neural n')).toBe(true)
    }
  })

  let queries: BenchQuery[] = []
  beforeAll(() => {
    queries = benchQueries(generateConference({ talks: 1000, seed: 1 }), 1)
  }, SET_UP_TIMEOUT_MS)

  it('asks at least 20 queries of every kind, each with relevant talks', () => {
    expect(queries.length).toBeGreaterThanOrEqual(20)
    expect(new Set(queries.map((q) => q.kind))).toEqual(
      new Set(['topic', 'topic-typo', 'topic-words', 'acronym', 'surname', 'name', 'name-typo']),
    )
    for (const query of queries) expect(query.relevant.size).toBeGreaterThan(0)
  })
})

describe('relevance sets of real conferences', () => {
  const minimum: Record<string, number> = { 'fosdem-2026': 40, 'cjk-fixture': 20 }

  it.each(RELEVANCE_SETS.map((set) => [set.name, set] as const))(
    '%s has enough queries, each looking for a talk the conference has',
    (name, set) => {
      expect(set.queries.length).toBeGreaterThanOrEqual(minimum[name] ?? 20)
      expect(new Set(set.queries.map((q) => q.text)).size).toBe(set.queries.length)
      const dataset = set.load()
      if (!dataset) return // SKIPPED, said by sharedDataFile
      const ids = new Set(dataset.talks.map((t) => t.id))
      for (const query of set.queries)
        for (const id of typeof query.expected === 'string' ? [query.expected] : query.expected)
          expect(ids, `"${query.text}" expects ${id}`).toContain(id)
    },
    // Importing FOSDEM's 883 talks is set-up: seconds on a busy machine.
    SET_UP_TIMEOUT_MS,
  )
})
