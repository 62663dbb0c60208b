/**
 * The search itself: a query in, talks out, best first.
 *
 * 1. The query becomes words (terms), stopwords dropped unless nothing else is left.
 * 2. Each word expands to the terms it may mean: itself, the longer words it begins (as you type), near spellings
 *    of a typo (vocabulary.ts), the phrase behind a common acronym ("ode"), and titles whose words' initials spell it.
 * 3. The inverted index gives the talks of each term; a talk's score for a word is its best match, weighted by field
 *    (title 3, authors 2, abstract 1, as the plain Fuse.js setup weighs them), by how rare the term is (idf) and by
 *    how close the term is to what was typed, with a bonus for matching in more than one field.
 * 4. Talks that match every word come first, then those matching fewest fewer; by score within each group. Two
 *    words matching one author's name ("kenji fujimoto") beat the same words split across two co-authors.
 *
 * Only terms are compared, never regular expressions built from input, and the query is cut to a bounded size, so
 * any input costs at most a few milliseconds.
 */
import { ACRONYM_PHRASES, couldBeInitials } from './acronyms'
import type { SearchIndex } from './search-index'
import { isStopword, MAX_TERM_LENGTH, tokenize } from './text'

/** Characters of a query looked at; the rest of a pasted essay is ignored. */
export const MAX_QUERY_LENGTH = 200
/** Words of a query searched for. */
export const MAX_QUERY_WORDS = 8

const WEIGHT = { title: 3, authors: 2, abstract: 1 } as const
/** How much each further field adds, relative to the best one. */
const OTHER_FIELDS = 0.5
/** How close each kind of expansion is to the word typed (1 = the word itself). */
const SIMILARITY = {
  exact: 1,
  phrase: 0.9,
  initials: 0.85,
  /** Initials when the word is also a real word (or begins one): probably that word, not an acronym. */
  initialsOfWord: 0.3,
  prefix: 0.75,
  near: [1, 0.7, 0.45],
} as const
/** A term's weight by how often it occurs in an abstract (1, 2, 3, 4+ times). */
const ABSTRACT_COUNT = [0, 0.6, 0.8, 0.9, 1]
const SAME_AUTHOR_BONUS = 4
/** Prefix expansions per word: the most used terms beginning with it. */
const PREFIX_LIMIT = 40

export interface SearchOutcome {
  /** The query's words as searched (terms). */
  words: string[]
  /** Talk positions (in the schedule's order), best first. */
  order: Int32Array
  /** The first `allCount` of `order` match every word. */
  allCount: number
  /** Terms to mark in titles, names and abstracts. */
  marks: string[]
  /** Query words that some titles' initials spell: mark the title words that form them. */
  initials: string[]
  /** When nothing matched: queries of near terms ("did you mean"). */
  suggestions: string[]
}

interface Expansion {
  word: string
  terms: { term: string; similarity: number }[]
  phrase: readonly string[] | null
  initials: number
}

/** The words a query searches for. */
export function queryWords(query: string): string[] {
  const terms = [
    ...new Set(
      tokenize(query.slice(0, MAX_QUERY_LENGTH))
        .filter((t) => t.plain && t.term.length > 0)
        .map((t) => t.term),
    ),
  ]
  const content = terms.filter((t) => !isStopword(t))
  return (content.length > 0 ? content : terms).slice(0, MAX_QUERY_WORDS)
}

/** Typos allowed in a word of this length: none in short words, where one edit makes another common word. */
export function maxEdits(length: number): number {
  if (length < 4) return 0
  return length < 6 ? 1 : 2
}

function expand(index: SearchIndex, word: string, typing: boolean): Expansion {
  const { vocabulary } = index
  const terms: Expansion['terms'] = []
  const exact = vocabulary.has(word)
  if (exact) terms.push({ term: word, similarity: SIMILARITY.exact })
  // A two-letter word is worth completing only while it is being typed.
  const prefixed =
    word.length >= 3 || (typing && word.length === 2)
      ? vocabulary.withPrefix(word, PREFIX_LIMIT)
      : []
  for (const term of prefixed)
    terms.push({
      term,
      similarity: SIMILARITY.prefix - 0.02 * Math.min(10, term.length - word.length),
    })
  if (!exact && !/\d/.test(word) && word.length < MAX_TERM_LENGTH) {
    const seen = new Set(prefixed)
    for (const near of vocabulary.near(word, maxEdits(word.length)))
      if (!seen.has(near.term))
        terms.push({
          term: near.term,
          similarity: (SIMILARITY.near[near.distance] ?? 0) - 0.1 * near.score,
        })
  }
  const initials = couldBeInitials(word)
    ? exact || prefixed.length > 0
      ? SIMILARITY.initialsOfWord
      : SIMILARITY.initials
    : 0
  return { word, terms, phrase: ACRONYM_PHRASES.get(word) ?? null, initials }
}

/**
 * Words that spell out a common acronym's phrase, in order ("natural language processing", typos allowed) also find
 * talks that only use the acronym ("NLP"), as matches of each of those words.
 */
function addSpelledOutAcronyms(expansions: Expansion[]) {
  for (const [acronym, phrase] of ACRONYM_PHRASES) {
    if (phrase.length < 2) continue
    for (let i = 0; i + phrase.length <= expansions.length; i++) {
      const spelled = phrase.every((term, j) => {
        const expansion = expansions[i + j]!
        return expansion.word === term || expansion.terms.some((t) => t.term === term)
      })
      if (spelled)
        for (let j = 0; j < phrase.length; j++)
          expansions[i + j]!.terms.push({ term: acronym, similarity: SIMILARITY.phrase })
    }
  }
}

function idf(size: number, documents: number): number {
  return Math.log(1 + size / Math.max(1, documents))
}

/**
 * How many talks use `term` in any field (near enough: the largest field's count). One rarity per term, not one per
 * field: "inference" in a few titles but many abstracts is a common word, and must not outweigh "causal".
 */
function documents(index: SearchIndex, term: string): number {
  return Math.max(
    index.titleTerms.get(term)?.length ?? 0,
    index.authorTermTalks.get(term) ?? 0,
    index.abstractTerms.get(term)?.docs.length ?? 0,
  )
}

function intersect(lists: Int32Array[]): Int32Array {
  if (lists.length === 0) return new Int32Array(0)
  let result = lists[0]!
  for (const list of lists.slice(1)) {
    const out: number[] = []
    let i = 0
    let j = 0
    while (i < result.length && j < list.length) {
      if (result[i]! < list[j]!) i++
      else if (result[i]! > list[j]!) j++
      else {
        out.push(result[i]!)
        i++
        j++
      }
    }
    result = Int32Array.from(out)
  }
  return result
}

/** Working memory, allocated once per index and cleaned after each query, so searching allocates little. */
interface Scratch {
  total: Float64Array
  words: Uint8Array
  authorWords: Uint8Array
  title: Float32Array
  authors: Float32Array
  abstract: Float32Array
  inWord: Uint8Array
  inQuery: Uint8Array
  /** Words matched, per talk, for sorting. */
  matched: Uint8Array
  authorMask: Uint8Array
}

const scratches = new WeakMap<SearchIndex, Scratch>()

function scratchFor(index: SearchIndex): Scratch {
  let scratch = scratches.get(index)
  if (!scratch) {
    const n = index.size
    scratch = {
      total: new Float64Array(n),
      words: new Uint8Array(n),
      authorWords: new Uint8Array(n),
      title: new Float32Array(n),
      authors: new Float32Array(n),
      abstract: new Float32Array(n),
      inWord: new Uint8Array(n),
      inQuery: new Uint8Array(n),
      matched: new Uint8Array(n),
      authorMask: new Uint8Array(index.authorTalks.length),
    }
    scratches.set(index, scratch)
  }
  return scratch
}

function bitCount(value: number): number {
  let count = 0
  for (let v = value; v !== 0; v &= v - 1) count++
  return count
}

export function search(index: SearchIndex, query: string): SearchOutcome {
  const words = queryWords(query)
  const empty: SearchOutcome = {
    words,
    order: new Int32Array(0),
    allCount: 0,
    marks: [],
    initials: [],
    suggestions: [],
  }
  if (words.length === 0) return empty

  const s = scratchFor(index)
  const touched: number[] = []
  const touchedAuthors: number[] = []
  const marks = new Set<string>()
  const initialsWords: string[] = []
  const typing = !/\s$/.test(query.slice(0, MAX_QUERY_LENGTH))

  const expansions = words.map((word, w) => expand(index, word, typing && w === words.length - 1))
  addSpelledOutAcronyms(expansions)

  expansions.forEach((expansion, w) => {
    const { word } = expansion
    const bit = 1 << w
    const inWord: number[] = []
    const reach = (talk: number) => {
      if (s.inWord[talk] === 0) {
        s.inWord[talk] = 1
        inWord.push(talk)
      }
    }

    for (const { term, similarity } of expansion.terms) {
      marks.add(term)
      const rarity = idf(index.size, documents(index, term))
      const titles = index.titleTerms.get(term)
      if (titles) {
        const value = similarity * WEIGHT.title * rarity
        for (const talk of titles) {
          reach(talk)
          if (value > s.title[talk]!) s.title[talk] = value
        }
      }
      const authors = index.authorTerms.get(term)
      if (authors) {
        const value = similarity * WEIGHT.authors * rarity
        for (const author of authors) {
          if (s.authorMask[author] === 0) touchedAuthors.push(author)
          s.authorMask[author]! |= bit
          for (const talk of index.authorTalks[author]!) {
            reach(talk)
            if (value > s.authors[talk]!) s.authors[talk] = value
          }
        }
      }
      const postings = index.abstractTerms.get(term)
      if (postings) {
        const base = similarity * WEIGHT.abstract * rarity
        const { docs, counts } = postings
        for (let k = 0; k < docs.length; k++) {
          const talk = docs[k]!
          const value = base * ABSTRACT_COUNT[counts[k]!]!
          reach(talk)
          if (value > s.abstract[talk]!) s.abstract[talk] = value
        }
      }
    }

    if (expansion.phrase) {
      const phrase = expansion.phrase
      for (const term of phrase) marks.add(term)
      const phraseRarity =
        phrase.reduce((sum, term) => sum + idf(index.size, documents(index, term)), 0) /
        phrase.length
      const titleLists = phrase.map((t) => index.titleTerms.get(t))
      if (titleLists.every(Boolean)) {
        const lists = titleLists as Int32Array[]
        const value = SIMILARITY.phrase * WEIGHT.title * phraseRarity
        for (const talk of intersect(lists)) {
          reach(talk)
          if (value > s.title[talk]!) s.title[talk] = value
        }
      }
      const abstractLists = phrase.map((t) => index.abstractTerms.get(t)?.docs)
      if (abstractLists.every(Boolean)) {
        const lists = abstractLists as Int32Array[]
        const value = SIMILARITY.phrase * WEIGHT.abstract * phraseRarity * ABSTRACT_COUNT[2]!
        for (const talk of intersect(lists)) {
          reach(talk)
          if (value > s.abstract[talk]!) s.abstract[talk] = value
        }
      }
    }

    if (expansion.initials > 0) {
      const found: number[] = []
      for (let talk = 0; talk < index.size; talk++)
        if (index.initials[talk]!.includes(word)) found.push(talk)
      if (found.length > 0) {
        initialsWords.push(word)
        const value = expansion.initials * WEIGHT.title * idf(index.size, found.length)
        for (const talk of found) {
          reach(talk)
          if (value > s.title[talk]!) s.title[talk] = value
        }
      }
    }

    for (const talk of inWord) {
      const a = s.title[talk]!
      const b = s.authors[talk]!
      const c = s.abstract[talk]!
      const best = Math.max(a, b, c)
      s.total[talk]! += best + OTHER_FIELDS * (a + b + c - best)
      s.words[talk]! |= bit
      if (b > 0) s.authorWords[talk]! |= bit
      if (s.inQuery[talk] === 0) {
        s.inQuery[talk] = 1
        touched.push(talk)
      }
      s.title[talk] = 0
      s.authors[talk] = 0
      s.abstract[talk] = 0
      s.inWord[talk] = 0
    }
  })

  if (words.length > 1)
    for (const talk of touched) {
      if (bitCount(s.authorWords[talk]!) < 2) continue
      let extra = 0
      for (const author of index.talkAuthors[talk]!)
        extra = Math.max(extra, bitCount(s.authorMask[author]!) - 1)
      s.total[talk]! += extra * SAME_AUTHOR_BONUS
    }

  const matched = s.matched
  for (const talk of touched) matched[talk] = bitCount(s.words[talk]!)
  const total = s.total
  const order = Int32Array.from(touched).sort(
    (x, y) => matched[y]! - matched[x]! || total[y]! - total[x]! || x - y,
  )
  let allCount = 0
  while (allCount < order.length && matched[order[allCount]!] === words.length) allCount++

  for (const talk of touched) {
    s.total[talk] = 0
    s.words[talk] = 0
    s.authorWords[talk] = 0
    s.inQuery[talk] = 0
    matched[talk] = 0
  }
  for (const author of touchedAuthors) s.authorMask[author] = 0

  return {
    words,
    order,
    allCount,
    marks: [...marks],
    initials: initialsWords,
    suggestions: order.length === 0 ? didYouMean(index, words) : [],
  }
}

/** Typos allowed when looking for suggestions: more than when searching, as nothing matched at all. */
function looseEdits(length: number): number {
  if (length < 3) return 0
  if (length < 5) return 1
  return length < 8 ? 2 : 3
}

/**
 * Up to three queries of near terms for a query that matched nothing: the nearest spellings of its first word that
 * has any, with the nearest of each other word. Spelled as the talks spell them.
 */
export function didYouMean(index: SearchIndex, words: readonly string[]): string[] {
  const options = words.map((word) =>
    index.vocabulary
      .near(word, looseEdits(word.length), 0.6)
      .slice(0, 3)
      .map((near) => index.surface.get(near.term) ?? near.term),
  )
  const pivot = options.findIndex((list) => list.length > 0)
  if (pivot < 0) return []
  return options[pivot]!.map((choice) =>
    options
      .map((list, i) => (i === pivot ? choice : list[0]))
      .filter(Boolean)
      .join(' '),
  )
}
