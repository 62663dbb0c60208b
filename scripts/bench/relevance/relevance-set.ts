/**
 * Relevance on real conferences: queries an attendee would type, each with the talk they are looking for. A query
 * scores top-1 when that talk comes first, top-3 when it is among the first three. Some queries name a speaker with
 * several talks: then any of them counts.
 */
import type { Dataset } from '../../../src/data/types'
import { buildSearchAsset } from '../../../src/features/search/engine/search-asset'
import { search } from '../../../src/features/search/engine/search-engine'
import {
  buildSearchIndex,
  type SearchIndex,
} from '../../../src/features/search/engine/search-index'

export interface RelevanceQuery {
  text: string
  /** What the query tests, for reading a miss. */
  kind: string
  /** The talk looked for (or any of these). */
  expected: string | readonly string[]
}

export interface RelevanceSet {
  name: string
  /** The conference, or null when its file is absent (the set is then skipped, and says so). */
  load(): Dataset | null
  queries: readonly RelevanceQuery[]
}

export interface RelevanceScore {
  queries: number
  top1: number
  top3: number
  /** Queries whose talk was not in the top 3, with what came first. */
  misses: { query: RelevanceQuery; rank: number; first: string[] }[]
}

/** The index as the app builds it: the search asset, through JSON, into the worker's index. */
export function indexOf(dataset: Dataset): SearchIndex {
  return buildSearchIndex(JSON.parse(JSON.stringify(buildSearchAsset(dataset))))
}

export function scoreRelevance(
  dataset: Dataset,
  queries: readonly RelevanceQuery[],
  index = indexOf(dataset),
): RelevanceScore {
  const score: RelevanceScore = { queries: queries.length, top1: 0, top3: 0, misses: [] }
  for (const query of queries) {
    const expected = new Set(typeof query.expected === 'string' ? [query.expected] : query.expected)
    const ids = [...search(index, query.text).order.slice(0, 50)].map((i) => dataset.talks[i]!.id)
    const rank = ids.findIndex((id) => expected.has(id))
    if (rank === 0) score.top1++
    if (rank >= 0 && rank < 3) score.top3++
    else score.misses.push({ query, rank, first: ids.slice(0, 3) })
  }
  score.top1 /= queries.length
  score.top3 /= queries.length
  return score
}
