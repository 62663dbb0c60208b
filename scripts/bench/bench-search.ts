/**
 * npm run bench: the app's search engine against plain Fuse.js over whole talks, on seeded synthetic conferences of
 * 1,000, 5,000 and 10,000 talks (scripts/generate), in one run. Prints one line per engine and size:
 *
 *   search engine=<name> N=<n> median_ms=<x> p95_ms=<y> p_at_10=<z> index_ms=<w>
 *
 * - engine=plenary: the app's engine (src/features/search/engine), fed the search asset the build writes.
 *   index_ms is what a browser pays once, in the worker: parsing the asset's JSON and building the index. Writing
 *   the asset is build time and goes to stderr. Times per query: every query once to warm up, then BENCH_RUNS
 *   timed passes; median and p95 over all timed runs.
 * - engine=fuse-naive: one Fuse.js instance over the talks, keys title 3, authors 2, abstract 1,
 *   ignoreLocation: true, threshold 0.35; index_ms is building it. Every query runs once (it takes seconds at
 *   10,000 talks), except above BENCH_NAIVE_FULL talks, where a fixed sample of BENCH_NAIVE_SAMPLE queries runs;
 *   stderr says when.
 *
 * Relevance: for a topic query the talks of that topic are relevant; for a surname, the talks of the authors with
 * that surname (the generator's names repeat surnames, so a surname alone names several people); for a full name,
 * that author's talks. P@10 = relevant in the top 10 / min(10, relevant), averaged over the queries: topic names,
 * topic names with a typo, topic words out of order, acronyms, surnames, full names, and full names with a typo.
 *
 * Then the real conferences (scripts/bench/relevance/): queries written by hand, each with the talk it looks for,
 * over FOSDEM 2026 (../shared/data; SKIPPED when absent) and a small conference in Chinese, Japanese, Korean and
 * Thai (scripts/bench/fixtures/cjk-conference.xml). One line per set, the misses on stderr:
 *
 *   search relevance set=<name> queries=<n> top1=<a> top3=<b>
 *
 * Settings (environment): BENCH_SIZES=1000,5000,10000  BENCH_SEED=1  BENCH_RUNS=5  BENCH_NAIVE_FULL=10000
 * BENCH_NAIVE_SAMPLE=12  BENCH_VERBOSE=1 (per-query P@10 on stderr).
 */
import Fuse from 'fuse.js'
import type { Dataset } from '../../src/data/types'
import { buildSearchAsset } from '../../src/features/search/engine/search-asset'
import { search } from '../../src/features/search/engine/search-engine'
import { buildSearchIndex } from '../../src/features/search/engine/search-index'
import { generateConference, type GeneratedConference } from '../generate/generate-conference'
import { createRandom, type Random } from '../generate/random'
import { cjkConference } from './relevance/cjk-conference'
import { fosdem2026 } from './relevance/fosdem-2026'
import { scoreRelevance, type RelevanceSet } from './relevance/relevance-set'

const numbers = (value: string | undefined, fallback: number[]) =>
  value ? value.split(',').map((v) => Number(v.trim())) : fallback
const SIZES = numbers(process.env.BENCH_SIZES, [1000, 5000, 10000])
const SEED = Number(process.env.BENCH_SEED ?? 1)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const NAIVE_FULL = Number(process.env.BENCH_NAIVE_FULL ?? 10000)
const NAIVE_SAMPLE = Number(process.env.BENCH_NAIVE_SAMPLE ?? 12)
const VERBOSE = process.env.BENCH_VERBOSE === '1'

export interface BenchQuery {
  text: string
  kind: 'topic' | 'topic-typo' | 'topic-words' | 'acronym' | 'surname' | 'name' | 'name-typo'
  relevant: ReadonlySet<string>
}

/** A typo people make: two neighbouring letters swapped, or one dropped, in the query's longest word. */
export function withTypo(text: string, random: Random): string {
  const words = text.split(' ')
  let longest = 0
  words.forEach((w, i) => {
    if (w.length > words[longest]!.length) longest = i
  })
  const word = words[longest]!
  if (word.length < 5) return text
  const at = 1 + random.int(0, word.length - 4)
  words[longest] = random.chance(0.5)
    ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    : word.slice(0, at) + word.slice(at + 1)
  return words.join(' ')
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** At least 20 queries with their relevant talks, the same for every engine. */
export function benchQueries(
  { dataset, topics, topicOfTalk }: GeneratedConference,
  seed: number,
): BenchQuery[] {
  const random = createRandom(seed * 7919)
  const talksOfTopic = (id: string) =>
    new Set(dataset.talks.filter((t) => topicOfTalk[t.id] === id).map((t) => t.id))
  const present = topics.filter((topic) => talksOfTopic(topic.id).size >= 10)
  const picked = shuffle(present, random)
  const queries: BenchQuery[] = []

  for (const topic of picked.slice(0, 6))
    queries.push({ text: topic.name, kind: 'topic', relevant: talksOfTopic(topic.id) })
  for (const topic of picked.slice(6, 10))
    queries.push({
      text: withTypo(topic.name, random),
      kind: 'topic-typo',
      relevant: talksOfTopic(topic.id),
    })
  for (const topic of picked.slice(0, 4)) {
    // Two of the topic's multi-word terms' words, reversed: "pooling graph".
    const phrase = topic.terms.find((t) => t.includes(' ')) ?? topic.name
    const words = phrase.split(' ').slice(0, 3).reverse().join(' ')
    queries.push({ text: words, kind: 'topic-words', relevant: talksOfTopic(topic.id) })
  }
  const acronymTopics = picked.filter((topic) => topic.terms.some((t) => /^[A-Z]{2,5}$/.test(t)))
  for (const topic of acronymTopics.slice(0, 2))
    queries.push({
      text: topic.terms.find((t) => /^[A-Z]{2,5}$/.test(t))!,
      kind: 'acronym',
      relevant: talksOfTopic(topic.id),
    })

  const talksByAuthor = new Map<string, string[]>()
  for (const talk of dataset.talks)
    for (const id of talk.authorIds)
      talksByAuthor.set(id, [...(talksByAuthor.get(id) ?? []), talk.id])
  const surnameOf = (name: string) => name.split(' ').slice(1).join(' ')
  const prolific = shuffle(
    dataset.authors.filter(
      (a) => (talksByAuthor.get(a.id)?.length ?? 0) >= 3 && a.name.split(' ').length === 2,
    ),
    random,
  )
  for (const author of prolific.slice(0, 3)) {
    const surname = surnameOf(author.name)
    const relevant = new Set(
      dataset.authors
        .filter((a) => surnameOf(a.name) === surname)
        .flatMap((a) => talksByAuthor.get(a.id) ?? []),
    )
    queries.push({ text: surname, kind: 'surname', relevant })
  }
  for (const author of prolific.slice(3, 6))
    queries.push({
      text: author.name,
      kind: 'name',
      relevant: new Set(talksByAuthor.get(author.id)),
    })
  for (const author of prolific.slice(6, 8)) {
    const [given, surname] = author.name.split(' ') as [string, string]
    queries.push({
      text: `${given} ${withTypo(surname, random)}`,
      kind: 'name-typo',
      relevant: new Set(talksByAuthor.get(author.id)),
    })
  }
  return queries
}

export function precisionAt10(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0
  const hits = ranked.slice(0, 10).filter((id) => relevant.has(id)).length
  return hits / Math.min(10, relevant.size)
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const fixed = (value: number, digits = 2) => value.toFixed(digits)

function line(engine: string, n: number, times: number[], precision: number[], indexMs: number) {
  const mean = precision.reduce((a, b) => a + b, 0) / precision.length
  console.log(
    `search engine=${engine} N=${n} median_ms=${fixed(percentile(times, 50))} p95_ms=${fixed(percentile(times, 95))} p_at_10=${fixed(mean, 3)} index_ms=${fixed(indexMs, 1)}`,
  )
}

function benchEngine(dataset: Dataset, queries: BenchQuery[]) {
  let started = performance.now()
  const json = JSON.stringify(buildSearchAsset(dataset))
  const buildMs = performance.now() - started
  started = performance.now()
  const index = buildSearchIndex(JSON.parse(json))
  const indexMs = performance.now() - started
  console.error(
    `  plenary: search asset ${(json.length / 1024).toFixed(0)} KiB written in ${fixed(buildMs, 0)} ms at build time`,
  )

  const precision = queries.map((query) => {
    const ranked = [...search(index, query.text).order.slice(0, 10)].map(
      (i) => dataset.talks[i]!.id,
    )
    const p = precisionAt10(ranked, query.relevant)
    if (VERBOSE) {
      const t = performance.now()
      search(index, query.text)
      console.error(
        `    ${fixed(p)} ${query.kind} "${query.text}" ${fixed(performance.now() - t)} ms`,
      )
    }
    return p
  })
  const times: number[] = []
  for (let run = 0; run < RUNS; run++)
    for (const query of queries) {
      const t = performance.now()
      search(index, query.text)
      times.push(performance.now() - t)
    }
  line('plenary', dataset.talks.length, times, precision, indexMs)
}

function benchNaive(dataset: Dataset, queries: BenchQuery[]) {
  const names = new Map(dataset.authors.map((a) => [a.id, a.name]))
  const docs = dataset.talks.map((talk) => ({
    id: talk.id,
    title: talk.title,
    authors: talk.authorIds.map((id) => names.get(id) ?? id),
    abstract: talk.abstract.join('\n'),
  }))
  let started = performance.now()
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'authors', weight: 2 },
      { name: 'abstract', weight: 1 },
    ],
    ignoreLocation: true,
    threshold: 0.35,
  })
  const indexMs = performance.now() - started
  let sample = queries
  if (dataset.talks.length > NAIVE_FULL) {
    // Every other query until the sample is full: the mix of kinds stays the same.
    const step = Math.max(1, Math.floor(queries.length / NAIVE_SAMPLE))
    sample = queries.filter((_, i) => i % step === 0).slice(0, NAIVE_SAMPLE)
    console.error(
      `  fuse-naive: ${sample.length} of ${queries.length} queries at N=${dataset.talks.length}`,
    )
  }
  const times: number[] = []
  const precision = sample.map((query) => {
    started = performance.now()
    const results = fuse.search(query.text)
    times.push(performance.now() - started)
    const p = precisionAt10(
      results.slice(0, 10).map((r) => r.item.id),
      query.relevant,
    )
    if (VERBOSE) console.error(`    ${fixed(p)} ${query.kind} "${query.text}"`)
    return p
  })
  line('fuse-naive', dataset.talks.length, times, precision, indexMs)
}

/** The sets of real conferences the bench reports on. */
export const RELEVANCE_SETS: readonly RelevanceSet[] = [fosdem2026, cjkConference]

function benchRelevance(set: RelevanceSet) {
  const dataset = set.load()
  if (!dataset) {
    console.log(`search relevance set=${set.name} SKIPPED (its schedule file is absent)`)
    return
  }
  const score = scoreRelevance(dataset, set.queries)
  console.log(
    `search relevance set=${set.name} queries=${score.queries} top1=${fixed(score.top1, 3)} top3=${fixed(score.top3, 3)}`,
  )
  for (const { query, rank, first } of score.misses)
    console.error(
      `    miss (${query.kind}) "${query.text}": rank ${rank < 0 ? 'none' : rank + 1}, first ${first.join(', ')}`,
    )
}

function main() {
  const started = performance.now()
  for (const talks of SIZES) {
    const conference = generateConference({ talks, seed: SEED })
    const queries = benchQueries(conference, SEED)
    console.error(
      `N=${talks}: ${queries.length} queries (${[...new Set(queries.map((q) => q.kind))].join(', ')})`,
    )
    benchEngine(conference.dataset, queries)
    benchNaive(conference.dataset, queries)
  }
  for (const set of RELEVANCE_SETS) benchRelevance(set)
  console.error(`bench finished in ${fixed((performance.now() - started) / 1000, 1)} s`)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
