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

// Letters and digits (with their combining marks: Thai vowels, a decomposed "é"), with apostrophes inside a word
// ("O'Connor", "Hoeffding’s") kept as part of it. Invisible format characters (a zero-width space or joiner, a soft
// hyphen, a right-to-left mark) do not end a word: pasted text carries them where nobody sees them.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*(?:['’][\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*)*/gu
const FORMAT = /\p{Cf}/gu
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai) or with particles glued to words (Korean):
 * a run of them is not one word, so it is also indexed as its overlapping character pairs (bigrams) and single
 * characters, and a query run matches wherever all its pairs are (see `gramsOf` and the engine).
 */
const UNSPACED = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}]/u
const UNSPACED_RUN =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{M}\p{Cf}]+/gu
// "BourGAN" -> "Bour" + "GAN", "BatchNorm" -> "Batch" + "Norm": a lower-case letter followed by an upper-case one.
const CAMEL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})/u
const HYPHENS = new Set(['-', '‐', '‑'])

/** Lower case, accents dropped ("Müller" -> "muller"), apostrophes removed ("O'Connor" -> "oconnor"). */
export function foldWord(word: string): string {
  // Most words are plain ASCII: skip Unicode normalization for them (index building folds millions of words).
  if (/^[\x20-\x7e]*$/.test(word))
    return word.toLowerCase().replace(/'/g, '').slice(0, MAX_TERM_LENGTH)
  return word
    .replace(FORMAT, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .slice(0, MAX_TERM_LENGTH)
}

/** Is this term (or word) from a script written without spaces? */
export function isUnspaced(term: string): boolean {
  return UNSPACED.test(term)
}

/** One character of an unspaced run as compared: compatibility forms unified (half-width katakana), case folded. */
function foldCharacter(character: string): string {
  return character.replace(FORMAT, '').normalize('NFKC').toLowerCase()
}

/**
 * The overlapping character pairs of an unspaced term ("編譯器" -> "編譯", "譯器"), or the term itself when it is one
 * or two characters. Characters, not UTF-16 units: a rare Han character outside the basic plane is one character.
 */
export function gramsOf(term: string): string[] {
  const characters = [...term]
  if (characters.length <= 2) return [term]
  const grams: string[] = []
  for (let i = 0; i + 1 < characters.length; i++) grams.push(characters[i]! + characters[i + 1]!)
  return grams
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
  const unspaced = (start: number, run: string) => {
    closeCompound()
    const characters: { folded: string; start: number; end: number }[] = []
    let offset = start
    for (const character of run) {
      const folded = foldCharacter(character)
      offset += character.length
      // An invisible character joins its neighbours' pair rather than making one of its own.
      if (folded === '') {
        if (characters.length > 0) characters[characters.length - 1]!.end = offset
        continue
      }
      characters.push({ folded, start: offset - character.length, end: offset })
    }
    const term = characters
      .slice(0, MAX_TERM_LENGTH)
      .map((c) => c.folded)
      .join('')
    tokens.push({ term, start, end: offset, word, plain: true })
    if (characters.length > 1)
      characters.forEach((character, i) => {
        tokens.push({
          term: character.folded,
          start: character.start,
          end: character.end,
          word,
          plain: false,
        })
        const next = characters[i + 1]
        if (next && characters.length > 2)
          tokens.push({
            term: character.folded + next.folded,
            start: character.start,
            end: next.end,
            word,
            plain: false,
          })
      })
    word++
    previousEnd = -2
  }
  const spaced = (start: number, raw: string) => {
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
  for (const match of text.matchAll(WORD)) {
    const raw = match[0]
    // Most words are in one spaced script: only words with unspaced characters are split.
    if (!UNSPACED.test(raw)) spaced(match.index, raw)
    else
      for (const part of byScript(match.index, raw))
        if (UNSPACED.test(part.raw)) unspaced(part.start, part.raw)
        else spaced(part.start, part.raw)
  }
  closeCompound()
  return tokens
}

/**
 * A word with unspaced characters in parts: its runs of unspaced script and the words between them ("Rust編譯器" is
 * "Rust" and "編譯器").
 */
function byScript(start: number, raw: string): { start: number; raw: string }[] {
  const parts: { start: number; raw: string }[] = []
  const spacedWords = (from: number, to: number) => {
    // What is left beside a run may begin with a mark or an apostrophe: words again.
    for (const match of raw.slice(from, to).matchAll(WORD))
      parts.push({ start: start + from + match.index, raw: match[0] })
  }
  let at = 0
  for (const run of raw.matchAll(UNSPACED_RUN)) {
    // A combining mark alone (after a Latin letter) is not a run of its own.
    if (!UNSPACED.test(run[0])) continue
    if (run.index > at) spacedWords(at, run.index)
    parts.push({ start: start + run.index, raw: run[0] })
    at = run.index + run[0].length
  }
  if (at < raw.length) spacedWords(at, raw.length)
  return parts
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

/**
 * A name (a room's, a track's) or a query as a comparable key: its words' terms, stopwords dropped unless nothing
 * else is left, joined by spaces. "Embedded, Mobile and Automotive" and "embedded mobile automotive" give the same.
 */
export function nameKey(text: string): string {
  const terms = tokenize(text)
    .filter((t) => t.plain && t.term.length > 0)
    .map((t) => t.term)
  const content = terms.filter((t) => !isStopword(t))
  return (content.length > 0 ? content : terms).join(' ')
}
