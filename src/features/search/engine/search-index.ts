/**
 * The in-memory index the engine searches, built from the search asset when search is first used: for each field, a
 * map from term to the talks that contain it (the inverted index), the title acronyms, and the vocabulary of all
 * terms for expanding query words.
 */
import { initialWords } from './acronyms'
import { decodePostings, type Postings } from './postings-codec'
import { SEARCH_ASSET_FORMAT, type SearchAsset } from './search-asset'
import { foldWord, stem, tokenize } from './text'
import { Vocabulary } from './vocabulary'

export interface SearchIndex {
  datasetVersion: string
  /** Number of talks; results are positions 0..size-1 in the schedule's talk order. */
  size: number
  /** Title term -> talks, ascending. */
  titleTerms: Map<string, Int32Array>
  /** Author-name term -> authors. */
  authorTerms: Map<string, Int32Array>
  /** Author-name term -> how many talks have an author with it (its document frequency). */
  authorTermTalks: Map<string, number>
  /** Author -> talks, ascending. */
  authorTalks: Int32Array[]
  /** Talk -> authors. */
  talkAuthors: Int32Array[]
  /** Abstract term -> talks with counts. */
  abstractTerms: Map<string, Postings>
  /** Talk -> the first letters of its title's words (acronyms/titleInitials). */
  initials: string[]
  vocabulary: Vocabulary
  /** Term -> a way the talks write it ("bia" -> "bias"), for showing terms to people. */
  surface: Map<string, string>
}

function addTo(map: Map<string, number[]>, term: string, id: number) {
  const list = map.get(term)
  if (!list) map.set(term, [id])
  else if (list[list.length - 1] !== id) list.push(id)
}

function frozen(map: Map<string, number[]>): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>()
  for (const [term, list] of map) out.set(term, Int32Array.from(list))
  return out
}

export function buildSearchIndex(asset: SearchAsset): SearchIndex {
  if (asset.format !== SEARCH_ASSET_FORMAT)
    throw new Error(`Search index format ${String(asset.format)} is not supported.`)
  const size = asset.titles.length

  const surface = new Map<string, string>()
  const readTerms = (text: string) => {
    const tokens = tokenize(text)
    for (const { term, start, end, plain } of tokens)
      if (plain && !surface.has(term)) surface.set(term, foldWord(text.slice(start, end)))
    return tokens
  }

  const titleLists = new Map<string, number[]>()
  const initials: string[] = []
  asset.titles.forEach((title, talk) => {
    const tokens = readTerms(title)
    for (const { term } of tokens) addTo(titleLists, term, talk)
    initials.push(
      initialWords(tokens)
        .map((t) => t.term[0])
        .join(''),
    )
  })

  const authorLists = new Map<string, number[]>()
  asset.authorNames.forEach((name, author) => {
    for (const { term } of readTerms(name)) addTo(authorLists, term, author)
  })
  const authorTalkLists: number[][] = asset.authorNames.map(() => [])
  asset.talkAuthors.forEach((authors, talk) => {
    for (const author of authors) {
      const list = authorTalkLists[author]!
      if (list[list.length - 1] !== talk) list.push(talk)
    }
  })
  const authorTalks = authorTalkLists.map((list) => Int32Array.from(list))
  const authorTerms = frozen(authorLists)
  const authorTermTalks = new Map<string, number>()
  for (const [term, authors] of authorTerms) {
    const talks = new Set<number>()
    for (const author of authors) for (const talk of authorTalks[author]!) talks.add(talk)
    authorTermTalks.set(term, talks.size)
  }

  const abstractTerms = new Map<string, Postings>()
  asset.abstractWords.forEach((word, i) => {
    const term = stem(word)
    abstractTerms.set(term, decodePostings(asset.abstractPostings[i]!))
    if (!surface.has(term)) surface.set(term, word)
  })

  const titleTerms = frozen(titleLists)
  const weights = new Map<string, number>()
  const add = (term: string, count: number) => weights.set(term, (weights.get(term) ?? 0) + count)
  for (const [term, talks] of titleTerms) add(term, talks.length)
  for (const [term, count] of authorTermTalks) add(term, count)
  for (const [term, postings] of abstractTerms) add(term, postings.docs.length)

  return {
    datasetVersion: asset.datasetVersion,
    size,
    titleTerms,
    authorTerms,
    authorTermTalks,
    authorTalks,
    talkAuthors: asset.talkAuthors.map((authors) => Int32Array.from(authors)),
    abstractTerms,
    initials,
    vocabulary: new Vocabulary(weights),
    surface,
  }
}
