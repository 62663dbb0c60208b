/**
 * How search reads text: words, their normal form (the "term") and where they sit in the original string. The build
 * (the search asset), the engine and the highlighter all use these functions, so a word typed by an attendee, a word
 * in the index and a word marked on screen are compared in exactly one way.
 */

/** A word of a text: its term and its place in the original string (UTF-16 offsets, end exclusive). */
export interface Token {
  term: string
  start: number
  end: number
  /** Index of the plain word this token is or belongs to (camel-case parts and hyphen compounds share it). */
  word: number
  /** True for a whole word as written; false for parts and compounds derived from words. */
  plain: boolean
}

/** Longer "words" (pasted junk, hashes) cannot be anything an attendee would type; cut them so work stays bounded. */
export const MAX_TERM_LENGTH = 32

// Letters and digits, with apostrophes inside a word ("O'Connor", "Hoeffding’s") kept as part of it.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
// "BourGAN" -> "Bour" + "GAN", "BatchNorm" -> "Batch" + "Norm": a lower-case letter followed by an upper-case one.
const CAMEL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})/u
const HYPHENS = new Set(['-', '‐', '‑'])

/** Lower case, accents dropped ("Müller" -> "muller"), apostrophes removed ("O'Connor" -> "oconnor"). */
export function foldWord(word: string): string {
  // Most words are plain ASCII: skip Unicode normalization for them (index building folds millions of words).
  if (/^[\x20-\x7e]*$/.test(word))
    return word.toLowerCase().replace(/'/g, '').slice(0, MAX_TERM_LENGTH)
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .slice(0, MAX_TERM_LENGTH)
}

/**
 * A light plural stemmer, so "GANs" finds "GAN" and "networks" finds "network". Deliberately crude (no suffix
 * stripping beyond plurals): it only has to map the query and the text the same way, and aggressive stemmers
 * conflate words that attendees distinguish ("generative" and "generation").
 */
export function stem(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term
  if (term.endsWith('sses')) return term.slice(0, -2)
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`
  if (term.endsWith('s') && !/(ss|us|is)$/.test(term)) return term.slice(0, -1)
  return term
}

/** The term of one written word. */
export function termOf(word: string): string {
  return stem(foldWord(word))
}

/**
 * Every token of `text`: each word, the camel-case parts of a word ("BourGAN" also gives "bour" and "gan"), and the
 * joined form of hyphenated words ("meta-learning" also gives "metalearning"), each with its span in `text`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let word = 0
  let previousEnd = -2
  let compound: { start: number; end: number; folded: string; parts: number } | null = null
  const closeCompound = () => {
    if (compound && compound.parts > 1)
      tokens.push({
        term: stem(compound.folded.slice(0, MAX_TERM_LENGTH)),
        start: compound.start,
        end: compound.end,
        word: word - 1,
        plain: false,
      })
    compound = null
  }
  for (const match of text.matchAll(WORD)) {
    const raw = match[0]
    const start = match.index
    const end = start + raw.length
    const folded = foldWord(raw)
    const joined = start === previousEnd + 1 && HYPHENS.has(text[previousEnd]!)
    if (joined && compound) {
      compound.end = end
      compound.folded += folded
      compound.parts++
    } else {
      closeCompound()
      compound = { start, end, folded, parts: 1 }
    }
    tokens.push({ term: stem(folded), start, end, word, plain: true })
    const parts = raw.split(CAMEL_BOUNDARY)
    if (parts.length > 1) {
      let offset = start
      for (const part of parts) {
        tokens.push({
          term: termOf(part),
          start: offset,
          end: offset + part.length,
          word,
          plain: false,
        })
        offset += part.length
      }
    }
    word++
    previousEnd = end
  }
  closeCompound()
  return tokens
}

/** The terms of `text`, in order, duplicates kept. */
export function termsOf(text: string): string[] {
  return tokenize(text).map((token) => token.term)
}

/**
 * Words too common to tell talks apart. Left out of the abstract index (where they are most of the bytes) and out of
 * queries, unless a query has nothing else ("how does").
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do doe does doing down during each few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my myself ' +
    'no nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up upon ' +
    'very via was we were what when where which while who whom why will with would you your yours yourself ' +
    'yourselves us use used using'
  ).split(' '),
)

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term)
}
