/**
 * The search itself: a query in, talks out, best first.
 *
 * 1. The query becomes words (terms), stopwords dropped unless nothing else is left.
 * 2. Each word expands to the terms it may mean: itself, the longer words it begins (as you type), near spellings
 *    of a typo (vocabulary.ts), the phrase behind a common acronym ("ode"), and titles whose words' initials spell it.
 *    A word in a script written without spaces (Chinese, Japanese, Korean, Thai) means all its character pairs in
 *    one field: "亂數" is found inside "的亂數產生器".
 * 3. The inverted index gives the talks of each term; a talk's score for a word is its best match, weighted by field
 *    (title 3, speakers and subtitle 2, room and track 1.5, abstract, affiliation and type 1), by how rare the term is
 *    (idf) and by how close the term is to what was typed, with a bonus for matching in more than one field.
 * 4. Talks that match every word come first, then those matching fewest fewer; by score within each group. Two
 *    words matching one author's name ("kenji fujimoto") beat the same words split across two co-authors.
 * 5. A query that is exactly a room's, track's or type's name ("Janson", "Embedded, Mobile and Automotive") lists
 *    that room's talks first, by time, and is taken as typed: no typo or prefix expansion into unrelated words.
 *
 * Only terms are compared, never regular expressions built from input, and the query is cut to a bounded size, so
 * any input costs at most a few milliseconds.
 */
import { ACRONYM_PHRASES, couldBeInitials } from './acronyms'
import type { SearchIndex, TalkFieldName } from './search-index'
import { gramsOf, isStopword, isUnspaced, MAX_TERM_LENGTH, nameKey, tokenize } from './text'

/** Characters of a query looked at; the rest of a pasted essay is ignored. */
export const MAX_QUERY_LENGTH = 200
/** Words of a query searched for. */
export const MAX_QUERY_WORDS = 8

/** Title and speakers above everything else; a room or track name above a word of an abstract. */
const WEIGHT: Record<TalkFieldName | 'authors' | 'abstract', number> = {
  title: 3,
  authors: 2,
  subtitle: 2,
  room: 1.5,
  track: 1.5,
  abstract: 1,
  affiliation: 1,
  type: 1,
  language: 0.5,
}
/** How much each further field adds, relative to the best one. */
const OTHER_FIELDS = 0.5
/** How close each kind of expansion is to the word typed (1 = the word itself). */
const SIMILARITY = {
  exact: 1,
  /** Every character pair of an unspaced word in one field, not necessarily side by side. */
  grams: 0.95,
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
  /** An unspaced word of three characters or more: its character pairs, all to be found in one field. */
  grams: readonly string[] | null
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

/**
 * What a word may mean. `literal`: only itself (the query names a room or track exactly). An unspaced word is
 * itself or its character pairs: pairs are what typos and prefixes would be for it, and a one-letter edit of two
 * characters is another word altogether.
 */
function expand(index: SearchIndex, word: string, typing: boolean, literal: boolean): Expansion {
  const { vocabulary } = index
  const terms: Expansion['terms'] = []
  const exact = vocabulary.has(word)
  if (exact) terms.push({ term: word, similarity: SIMILARITY.exact })
  if (literal || isUnspaced(word)) {
    const grams = gramsOf(word)
    return {
      word,
      terms,
      phrase: null,
      grams: !literal && grams.length > 1 ? grams : null,
      initials: 0,
    }
  }
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
  return { word, terms, phrase: ACRONYM_PHRASES.get(word) ?? null, grams: null, initials }
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
  let most = Math.max(
    index.authorTermTalks.get(term) ?? 0,
    index.abstractTerms.get(term)?.docs.length ?? 0,
  )
  for (const field of index.fields) most = Math.max(most, field.terms.get(term)?.length ?? 0)
  return most
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
  /** A word's best score per talk in each of the index's `fields`. */
  fields: Float32Array[]
  authors: Float32Array
  abstract: Float32Array
  inWord: Uint8Array
  inQuery: Uint8Array
  /** Words matched, per talk, for sorting. */
  matched: Uint8Array
  authorMask: Uint8Array
  /** Talks already placed first because the query names their room, track or type. */
  named: Uint8Array
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
      fields: index.fields.map(() => new Float32Array(n)),
      authors: new Float32Array(n),
      abstract: new Float32Array(n),
      inWord: new Uint8Array(n),
      inQuery: new Uint8Array(n),
      matched: new Uint8Array(n),
      authorMask: new Uint8Array(index.authorTalks.length),
      named: new Uint8Array(n),
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
  const bounded = query.slice(0, MAX_QUERY_LENGTH)
  const typing = !/\s$/.test(bounded)
  const named = index.exactNames.get(nameKey(bounded)) ?? null

  const expansions = words.map((word, w) =>
    expand(index, word, typing && w === words.length - 1, named !== null),
  )
  if (!named) addSpelledOutAcronyms(expansions)
  const { fields } = index
  const fieldScores = s.fields
  const fieldWeights = fields.map((field) => WEIGHT[field.name])

  expansions.forEach((expansion, w) => {
    const { word } = expansion
    const bit = 1 << w
    const inWord: number[] = []
    // The fields this word matched in: most words touch two or three of them, so only those are summed and cleaned.
    const hit: Float32Array[] = []
    const reach = (talk: number) => {
      if (s.inWord[talk] === 0) {
        s.inWord[talk] = 1
        inWord.push(talk)
      }
    }
    const raise = (scores: Float32Array, talks: Int32Array, value: number) => {
      if (!hit.includes(scores)) hit.push(scores)
      for (let k = 0; k < talks.length; k++) {
        const talk = talks[k]!
        reach(talk)
        if (value > scores[talk]!) scores[talk] = value
      }
    }
    const raiseAuthors = (authors: Int32Array, value: number) => {
      for (let k = 0; k < authors.length; k++) {
        const author = authors[k]!
        if (s.authorMask[author] === 0) touchedAuthors.push(author)
        s.authorMask[author]! |= bit
        raise(s.authors, index.authorTalks[author]!, value)
      }
    }

    for (const { term, similarity } of expansion.terms) {
      marks.add(term)
      const rarity = idf(index.size, documents(index, term))
      fields.forEach((field, f) => {
        const talks = field.terms.get(term)
        if (talks) raise(fieldScores[f]!, talks, similarity * fieldWeights[f]! * rarity)
      })
      const authors = index.authorTerms.get(term)
      if (authors) raiseAuthors(authors, similarity * WEIGHT.authors * rarity)
      const postings = index.abstractTerms.get(term)
      if (postings) {
        const base = similarity * WEIGHT.abstract * rarity
        const { docs, counts } = postings
        if (!hit.includes(s.abstract)) hit.push(s.abstract)
        for (let k = 0; k < docs.length; k++) {
          const talk = docs[k]!
          const value = base * ABSTRACT_COUNT[counts[k]!]!
          reach(talk)
          if (value > s.abstract[talk]!) s.abstract[talk] = value
        }
      }
    }

    if (expansion.grams) {
      // Every pair in one field: the talks (or authors) on all of the pairs' lists.
      const grams = expansion.grams
      for (const gram of grams) marks.add(gram)
      // As rare as its rarest pair: a rare pair is what tells the talks apart.
      const rarity = Math.max(...grams.map((gram) => idf(index.size, documents(index, gram))))
      const all = (lists: (Int32Array | undefined)[]) =>
        lists.every(Boolean) ? intersect(lists as Int32Array[]) : null
      fields.forEach((field, f) => {
        const talks = all(grams.map((gram) => field.terms.get(gram)))
        if (talks) raise(fieldScores[f]!, talks, SIMILARITY.grams * fieldWeights[f]! * rarity)
      })
      const authors = all(grams.map((gram) => index.authorTerms.get(gram)))
      if (authors) raiseAuthors(authors, SIMILARITY.grams * WEIGHT.authors * rarity)
      const talks = all(grams.map((gram) => index.abstractTerms.get(gram)?.docs))
      if (talks)
        raise(s.abstract, talks, SIMILARITY.grams * WEIGHT.abstract * rarity * ABSTRACT_COUNT[2]!)
    }

    if (expansion.phrase) {
      const phrase = expansion.phrase
      for (const term of phrase) marks.add(term)
      const phraseRarity =
        phrase.reduce((sum, term) => sum + idf(index.size, documents(index, term)), 0) /
        phrase.length
      const titleLists = phrase.map((t) => index.titleTerms.get(t))
      if (titleLists.every(Boolean)) {
        const value = SIMILARITY.phrase * WEIGHT.title * phraseRarity
        raise(fieldScores[0]!, intersect(titleLists as Int32Array[]), value)
      }
      const abstractLists = phrase.map((t) => index.abstractTerms.get(t)?.docs)
      if (abstractLists.every(Boolean)) {
        const value = SIMILARITY.phrase * WEIGHT.abstract * phraseRarity * ABSTRACT_COUNT[2]!
        raise(s.abstract, intersect(abstractLists as Int32Array[]), value)
      }
    }

    if (expansion.initials > 0) {
      const found: number[] = []
      for (let talk = 0; talk < index.size; talk++)
        if (index.initials[talk]!.includes(word)) found.push(talk)
      if (found.length > 0) {
        initialsWords.push(word)
        const value = expansion.initials * WEIGHT.title * idf(index.size, found.length)
        raise(fieldScores[0]!, Int32Array.from(found), value)
      }
    }

    for (const talk of inWord) {
      const authorsHit = s.authors[talk]! > 0
      let best = 0
      let sum = 0
      for (const scores of hit) {
        const value = scores[talk]!
        if (value > best) best = value
        sum += value
        scores[talk] = 0
      }
      s.total[talk]! += best + OTHER_FIELDS * (sum - best)
      s.words[talk]! |= bit
      if (authorsHit) s.authorWords[talk]! |= bit
      if (s.inQuery[talk] === 0) {
        s.inQuery[talk] = 1
        touched.push(talk)
      }
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
  const ranked = Int32Array.from(touched).sort(
    (x, y) => matched[y]! - matched[x]! || total[y]! - total[x]! || x - y,
  )
  let allCount = 0
  while (allCount < ranked.length && matched[ranked[allCount]!] === words.length) allCount++
  let order = ranked
  if (named) {
    // The named room's (track's, type's) talks by time, then the other talks that match, as ranked.
    for (const talk of named) s.named[talk] = 1
    const others = ranked.filter((talk) => s.named[talk] === 0)
    const othersAll = others.filter((talk) => matched[talk] === words.length).length
    for (const talk of named) s.named[talk] = 0
    order = new Int32Array(named.length + others.length)
    order.set(named)
    order.set(others, named.length)
    allCount = named.length + othersAll
  }

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
    // A near spelling of a Chinese or Japanese word is another word, not a typo.
    isUnspaced(word)
      ? []
      : index.vocabulary
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
