/**
 * The search asset: everything search needs in one file that loads only when search is first used. The schedule
 * file has no abstracts (they live in details files of a few dozen talks), and fetching every one of them to search would cost
 * a request per session; so the build writes the abstracts here as postings lists, not text: the terms each
 * abstract uses and how often, about a fifth of the bytes of the text. Titles and author names are kept as text: they
 * are small, and the engine needs their word order for acronyms and same-author matching.
 *
 * Talks are in the dataset's order, which is also the schedule file's order: results are positions in both.
 */
import { plainText } from '../../../data/rich-text'
import type { Dataset, Talk } from '../../../data/types'
import { encodePostings } from './postings-codec'
import { foldWord, isStopword, tokenize } from './text'

export const SEARCH_ASSET_FORMAT = 1

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
}

/** The words search finds a talk by beside its title and authors: its abstract and description, by paragraph. */
function searchableText(talk: Talk): string[] {
  return [plainText(talk.abstract), plainText(talk.description)].filter((text) => text !== '')
}

export function buildSearchAsset(dataset: Dataset): SearchAsset {
  const authorIndex = new Map<string, number>()
  const authorNames: string[] = []
  const nameOf = new Map(dataset.authors.map((a) => [a.id, a.name]))
  const talkAuthors = dataset.talks.map((talk) =>
    talk.authorIds.map((id) => {
      let index = authorIndex.get(id)
      if (index === undefined) {
        index = authorNames.length
        authorIndex.set(id, index)
        authorNames.push(nameOf.get(id) ?? id)
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

  return {
    format: SEARCH_ASSET_FORMAT,
    datasetVersion: dataset.version,
    titles: dataset.talks.map((t) => t.title),
    authorNames,
    talkAuthors,
    abstractWords: entries.map((e) => e.word),
    abstractPostings: entries.map((e) => encodePostings(e.list.docs, e.list.counts)),
  }
}

function commonest(forms: Map<string, number> | undefined): string | undefined {
  let best: string | undefined
  let most = 0
  for (const [form, count] of forms ?? []) if (count > most) [best, most] = [form, count]
  return best
}
