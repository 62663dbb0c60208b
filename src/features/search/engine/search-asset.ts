/**
 * The search asset: everything search needs in one file that loads only when search is first used. The schedule
 * file has no abstracts (they live in details files of a few dozen talks), and fetching every one of them to search would cost
 * a request per session; so the build writes the abstracts here as postings lists, not text: the terms each
 * abstract uses and how often, about a fifth of the bytes of the text. Titles and author names are kept as text: they
 * are small, and the engine needs their word order for acronyms and same-author matching.
 *
 * Rooms, tracks, types and languages are few values shared by many talks: each is written once, with its talks as a
 * postings list, rather than once per talk. Subtitles and affiliations are written only when the conference has any.
 *
 * Talks are in the dataset's order, which is also the schedule file's order: results are positions in both.
 */
import { plainText } from '../../../data/rich-text'
import type { Dataset, Talk } from '../../../data/types'
import { epochOf } from '../../../lib/instant'
import { encodeNumbers, encodePostings, zigzag } from './postings-codec'
import { foldWord, isStopword, tokenize } from './text'

export const SEARCH_ASSET_FORMAT = 2

export type FacetKind = 'room' | 'track' | 'type' | 'language'

/** A room, track, type or language: its name as shown, and its talks (postings-codec, every count 1). */
export interface Facet {
  kind: FacetKind
  name: string
  talks: string
}

export interface SearchAsset {
  format: typeof SEARCH_ASSET_FORMAT
  /** The dataset's version, so the app can tell a mismatched schedule and index apart. */
  datasetVersion: string
  /** Per talk, in the schedule's order (talk ids are not repeated: the schedule has them). */
  titles: string[]
  authorNames: string[]
  /** Per talk, its authors as positions in `authorNames`, in printed order. */
  talkAuthors: number[][]
  /**
   * Abstract words, one per term, as most often written (folded, not stemmed, so "did you mean" can show them;
   * the term is `stem(word)`), sorted; and for each, its postings (postings-codec).
   */
  abstractWords: string[]
  abstractPostings: string[]
  /** Per talk, '' for none; absent when no talk has one. */
  subtitles?: string[]
  /** Per author (as `authorNames`), '' for none; absent when no author has one. */
  affiliations?: string[]
  facets: Facet[]
  /**
   * The talks' start times in minutes, each as the gap from the previous talk's (zigzag, as it may go back; the
   * first from 0 = the earliest start), postings-codec numbers: a query naming a room lists its talks by time.
   */
  starts: string
}

/** The words search finds a talk by beside its title and authors: its abstract and description, by paragraph. */
function searchableText(talk: Talk): string[] {
  return [plainText(talk.abstract), plainText(talk.description)].filter((text) => text !== '')
}

export function buildSearchAsset(dataset: Dataset): SearchAsset {
  const authorIndex = new Map<string, number>()
  const authorNames: string[] = []
  const affiliations: string[] = []
  const authorOf = new Map(dataset.authors.map((a) => [a.id, a]))
  const talkAuthors = dataset.talks.map((talk) =>
    talk.authorIds.map((id) => {
      let index = authorIndex.get(id)
      if (index === undefined) {
        index = authorNames.length
        authorIndex.set(id, index)
        authorNames.push(authorOf.get(id)?.name ?? id)
        affiliations.push(authorOf.get(id)?.affiliation ?? '')
      }
      return index
    }),
  )

  const postings = new Map<string, { docs: number[]; counts: number[] }>()
  const spellings = new Map<string, Map<string, number>>()
  dataset.talks.forEach((talk, doc) => {
    const counts = new Map<string, number>()
    for (const paragraph of searchableText(talk))
      for (const token of tokenize(paragraph)) {
        const { term } = token
        if (term.length < 2 || isStopword(term)) continue
        counts.set(term, (counts.get(term) ?? 0) + 1)
        if (!token.plain) continue
        const word = foldWord(paragraph.slice(token.start, token.end))
        let forms = spellings.get(term)
        if (!forms) spellings.set(term, (forms = new Map()))
        forms.set(word, (forms.get(word) ?? 0) + 1)
      }
    for (const [term, count] of counts) {
      let list = postings.get(term)
      if (!list) postings.set(term, (list = { docs: [], counts: [] }))
      list.docs.push(doc)
      list.counts.push(count)
    }
  })
  const entries = [...postings].map(([term, list]) => ({
    word: commonest(spellings.get(term)) ?? term,
    list,
  }))
  entries.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))

  const subtitles = dataset.talks.map((t) => t.subtitle ?? '')
  return {
    format: SEARCH_ASSET_FORMAT,
    datasetVersion: dataset.version,
    titles: dataset.talks.map((t) => t.title),
    authorNames,
    talkAuthors,
    abstractWords: entries.map((e) => e.word),
    abstractPostings: entries.map((e) => encodePostings(e.list.docs, e.list.counts)),
    ...(subtitles.some(Boolean) && { subtitles }),
    ...(affiliations.some(Boolean) && { affiliations }),
    facets: facetsOf(dataset),
    starts: encodedStarts(dataset),
  }
}

/** The talks of each room, track, type and language, in the order of first use. */
function facetsOf(dataset: Dataset): Facet[] {
  const roomName = new Map(dataset.rooms.map((r) => [r.id, r.name]))
  const sessionOf = new Map(dataset.sessions.map((s) => [s.id, s]))
  const talksOf = new Map<string, { kind: FacetKind; name: string; talks: number[] }>()
  const add = (kind: FacetKind, name: string | undefined, talk: number) => {
    if (!name) return
    const key = `${kind}\n${name}`
    let facet = talksOf.get(key)
    if (!facet) talksOf.set(key, (facet = { kind, name, talks: [] }))
    facet.talks.push(talk)
  }
  dataset.talks.forEach((talk, position) => {
    const session = talk.sessionId ? sessionOf.get(talk.sessionId) : undefined
    // Where a talk is: its room, else its session's (as roomOfTalk in src/data/schedule-model.ts).
    const roomId = talk.roomId ?? session?.roomId
    add('room', roomId && (roomName.get(roomId) ?? roomId), position)
    add('track', talk.track ?? session?.track, position)
    add('type', talk.type, position)
    add('language', talk.language && languageName(talk.language), position)
  })
  return [...talksOf.values()].map(({ kind, name, talks }) => ({
    kind,
    name,
    talks: encodePostings(talks, []),
  }))
}

const languageNames = new Map<string, string>()

/** "de" -> "German": what an attendee would type. The code itself when the runtime does not know it. */
function languageName(code: string): string {
  let name = languageNames.get(code)
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code
    } catch {
      name = code
    }
    languageNames.set(code, name)
  }
  return name
}

function encodedStarts(dataset: Dataset): string {
  const minutes = dataset.talks.map((t) => Math.floor(epochOf(t.start) / 60_000))
  const earliest = minutes.reduce((a, b) => Math.min(a, b), Infinity)
  let previous = earliest
  return encodeNumbers(
    minutes.map((minute) => {
      const gap = zigzag(minute - previous)
      previous = minute
      return gap
    }),
  )
}

function commonest(forms: Map<string, number> | undefined): string | undefined {
  let best: string | undefined
  let most = 0
  for (const [form, count] of forms ?? []) if (count > most) [best, most] = [form, count]
  return best
}
