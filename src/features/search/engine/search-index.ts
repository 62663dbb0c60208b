/**
 * The in-memory index the engine searches, built from the search asset when search is first used: for each field, a
 * map from term to the talks that contain it (the inverted index), the title acronyms, the exact names of rooms,
 * tracks and types, and the vocabulary of all terms for expanding query words.
 */
import { initialWords } from './acronyms'
import { decodeNumbers, decodePostings, unzigzag, type Postings } from './postings-codec'
import { SEARCH_ASSET_FORMAT, type FacetKind, type SearchAsset } from './search-asset'
import { foldWord, nameKey, stem, tokenize } from './text'
import { Vocabulary } from './vocabulary'

/** The fields of a talk searched as term -> talks (authors and abstracts have their own shapes). */
export type TalkFieldName = 'title' | 'subtitle' | 'affiliation' | FacetKind

export interface TalkField {
  name: TalkFieldName
  /** Term -> talks, ascending. */
  terms: Map<string, Int32Array>
}

export interface SearchIndex {
  datasetVersion: string
  /** Number of talks; results are positions 0..size-1 in the schedule's talk order. */
  size: number
  /** Title term -> talks, ascending (the first of `fields`). */
  titleTerms: Map<string, Int32Array>
  /** Every field searched as term -> talks, the title first. */
  fields: TalkField[]
  /**
   * A room's, track's or type's name as a query's words would be (`nameKey`) -> its talks by start time. Names
   * like "K.1.105 (La Fontaine)" are also known by either part.
   */
  exactNames: Map<string, Int32Array>
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
  const subtitleLists = new Map<string, number[]>()
  asset.subtitles?.forEach((subtitle, talk) => {
    for (const { term } of readTerms(subtitle)) addTo(subtitleLists, term, talk)
  })
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
  const affiliationLists = new Map<string, number[]>()
  const affiliationTerms = asset.affiliations?.map((text) => readTerms(text).map((t) => t.term))
  if (affiliationTerms)
    asset.talkAuthors.forEach((authors, talk) => {
      for (const author of authors)
        for (const term of affiliationTerms[author] ?? []) addTo(affiliationLists, term, talk)
    })
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

  const starts = decodedStarts(asset.starts, size)
  const byTime = (talks: Iterable<number>) =>
    Int32Array.from(talks).sort((a, b) => starts[a]! - starts[b]! || a - b)
  const facetLists = new Map<FacetKind, Map<string, number[]>>()
  const named = new Map<string, Set<number>>()
  for (const facet of asset.facets) {
    const { docs } = decodePostings(facet.talks)
    let lists = facetLists.get(facet.kind)
    if (!lists) facetLists.set(facet.kind, (lists = new Map()))
    for (const { term } of readTerms(facet.name)) for (const talk of docs) addTo(lists, term, talk)
    // A language is an attribute of nearly every talk, not a place or a programme: it is searched, not named.
    if (facet.kind === 'language') continue
    for (const name of namesOf(facet.name)) {
      const key = nameKey(name)
      if (key === '') continue
      let talks = named.get(key)
      if (!talks) named.set(key, (talks = new Set()))
      for (const talk of docs) talks.add(talk)
    }
  }
  const exactNames = new Map([...named].map(([key, talks]) => [key, byTime(talks)]))
  // Facet lists are filled facet by facet, so a term shared by two rooms ("k") is not ascending yet.
  const sortedFacet = (kind: FacetKind) => {
    const out = new Map<string, Int32Array>()
    for (const [term, list] of facetLists.get(kind) ?? [])
      out.set(term, Int32Array.from(new Set(list)).sort())
    return out
  }

  const titleTerms = frozen(titleLists)
  const fields: TalkField[] = [
    { name: 'title', terms: titleTerms },
    { name: 'subtitle', terms: frozen(subtitleLists) },
    { name: 'affiliation', terms: frozen(affiliationLists) },
    { name: 'room', terms: sortedFacet('room') },
    { name: 'track', terms: sortedFacet('track') },
    { name: 'type', terms: sortedFacet('type') },
    { name: 'language', terms: sortedFacet('language') },
  ]
  const weights = new Map<string, number>()
  const add = (term: string, count: number) => weights.set(term, (weights.get(term) ?? 0) + count)
  for (const field of fields) for (const [term, talks] of field.terms) add(term, talks.length)
  for (const [term, count] of authorTermTalks) add(term, count)
  for (const [term, postings] of abstractTerms) add(term, postings.docs.length)

  return {
    datasetVersion: asset.datasetVersion,
    size,
    titleTerms,
    fields,
    exactNames,
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

/** Start minutes per talk, from the asset's gaps. */
function decodedStarts(text: string, size: number): Int32Array {
  const starts = new Int32Array(size)
  let minute = 0
  decodeNumbers(text).forEach((gap, talk) => {
    minute += unzigzag(gap)
    if (talk < size) starts[talk] = minute
  })
  return starts
}

/**
 * The names a room or track goes by: its whole name, and for "K.1.105 (La Fontaine)" each part; for a FOSDEM
 * "Open Media devroom", also "Open Media".
 */
export function namesOf(name: string): string[] {
  const names = [name]
  const parts = /^(.+?)\s*\((.+)\)\s*$/.exec(name)
  if (parts) names.push(parts[1]!, parts[2]!)
  const devroom = /^(.+?)\s+devroom$/i.exec(name)
  if (devroom) names.push(devroom[1]!)
  return names
}
