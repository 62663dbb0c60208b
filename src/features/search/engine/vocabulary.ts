/**
 * The distinct terms of every talk (title words, author names, abstract words), for turning a query word into the
 * terms it may mean: itself, the words it begins (as you type "grap", "graph"), and the near spellings of a typo
 * ("nueral" -> "neural").
 *
 * Near spellings are found in two steps. Letter pairs first: a word within one or two edits of a term shares most
 * of its letter pairs, so an index from pair to terms narrows tens of thousands of terms to a few hundred in well
 * under a millisecond. Fuse.js then scores those few with its Bitap matcher, and a true edit distance (with
 * transpositions, the commonest typo) keeps only real near-misses: Bitap alone also accepts a word found inside a
 * longer one ("ode" in "node"), which is a prefix or substring, not a typo.
 */
import Fuse from 'fuse.js/basic'

export interface NearTerm {
  term: string
  /** Edits (insert, delete, substitute, swap two neighbours) from the query word. */
  distance: number
  /** Fuse.js score, 0 (exact) to 1. */
  score: number
}

/** Candidate terms passed to Fuse.js per query word, at most: the ones sharing most letter pairs. */
const MAX_CANDIDATES = 200

export class Vocabulary {
  /** Sorted, distinct. */
  readonly terms: string[]
  /** How many talks use each term (any field): common terms go first among equals. */
  readonly weights: Int32Array
  private readonly ids = new Map<string, number>()
  private readonly pairs = new Map<string, Int32Array>()
  private readonly shared: Uint8Array

  constructor(weights: ReadonlyMap<string, number>) {
    this.terms = [...weights.keys()].sort()
    this.weights = Int32Array.from(this.terms, (t) => weights.get(t) ?? 0)
    const lists = new Map<string, number[]>()
    this.terms.forEach((term, id) => {
      this.ids.set(term, id)
      for (const pair of new Set(letterPairs(term))) {
        const list = lists.get(pair)
        if (list) list.push(id)
        else lists.set(pair, [id])
      }
    })
    for (const [pair, list] of lists) this.pairs.set(pair, Int32Array.from(list))
    this.shared = new Uint8Array(this.terms.length)
  }

  get size(): number {
    return this.terms.length
  }

  has(term: string): boolean {
    return this.ids.has(term)
  }

  weight(term: string): number {
    const id = this.ids.get(term)
    return id === undefined ? 0 : this.weights[id]!
  }

  /** Terms longer than `prefix` that start with it, the most used first, at most `limit`. */
  withPrefix(prefix: string, limit: number): string[] {
    let low = 0
    let high = this.terms.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.terms[mid]! < prefix) low = mid + 1
      else high = mid
    }
    const found: number[] = []
    for (let id = low; id < this.terms.length && this.terms[id]!.startsWith(prefix); id++)
      if (this.terms[id]!.length > prefix.length) found.push(id)
    if (found.length > limit) found.sort((a, b) => this.weights[b]! - this.weights[a]!)
    return found.slice(0, limit).map((id) => this.terms[id]!)
  }

  /**
   * Terms within `maxEdits` of `word` (not `word` itself), nearest first, then the most used. `threshold` is the
   * Fuse.js score a term must beat; the default lets each allowed edit count twice, as Bitap sees a swap of two
   * letters as two errors.
   */
  near(
    word: string,
    maxEdits: number,
    threshold = Math.min(0.6, (2 * maxEdits) / word.length + 0.01),
  ): NearTerm[] {
    if (maxEdits <= 0 || word.length === 0) return []
    const candidates = this.candidates(word, maxEdits)
    if (candidates.length === 0) return []
    const fuse = new Fuse(candidates, {
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
      shouldSort: false,
      threshold,
    })
    const near: NearTerm[] = []
    for (const { item, score = 1 } of fuse.search(word)) {
      if (item === word) continue
      const distance = editDistance(word, item, maxEdits)
      if (distance <= maxEdits) near.push({ term: item, distance, score })
    }
    return near.sort(
      (a, b) =>
        a.distance - b.distance || this.weight(b.term) - this.weight(a.term) || a.score - b.score,
    )
  }

  /** Terms of a near length that share enough letter pairs with `word` to be within `maxEdits` of it. */
  private candidates(word: string, maxEdits: number): string[] {
    const pairs = [...new Set(letterPairs(word))]
    // Each edit breaks at most three pairs of the padded word (a swap breaks three), so a term within `maxEdits`
    // keeps at least this many (the q-gram lemma).
    const needed = Math.max(1, pairs.length - 3 * maxEdits)
    const touched: number[] = []
    const shared = this.shared
    for (const pair of pairs) {
      const list = this.pairs.get(pair)
      if (!list) continue
      for (let i = 0; i < list.length; i++) {
        const id = list[i]!
        if (Math.abs(this.terms[id]!.length - word.length) > maxEdits) continue
        if (shared[id] === 0) touched.push(id)
        if (shared[id]! < 255) shared[id]!++
      }
    }
    const kept = touched.filter((id) => shared[id]! >= needed)
    kept.sort((a, b) => shared[b]! - shared[a]! || this.weights[b]! - this.weights[a]!)
    const result = kept.slice(0, MAX_CANDIDATES).map((id) => this.terms[id]!)
    for (const id of touched) shared[id] = 0
    return result
  }
}

/** The letter pairs of a word padded with ^ and $, so its first and last letters count too. */
export function letterPairs(word: string): string[] {
  const padded = `^${word}$`
  const pairs: string[] = []
  for (let i = 0; i < padded.length - 1; i++) pairs.push(padded.slice(i, i + 2))
  return pairs
}

/**
 * Edits between `a` and `b` (optimal string alignment: insert, delete, substitute, swap adjacent), or `limit + 1` as
 * soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const m = a.length
  const n = b.length
  let previous2 = new Array<number>(n + 1).fill(0)
  let previous = Array.from({ length: n + 1 }, (_, j) => j)
  let current = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= m; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previous2[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return limit + 1
    ;[previous2, previous, current] = [previous, current, previous2]
  }
  return Math.min(previous[n]!, limit + 1)
}
