/**
 * Which characters to mark, computed only for the results on screen: the words whose terms the search matched, and
 * the title words whose initials spell an acronym that was searched. Works on spans of the original text, so what is
 * shown is always the text itself (rendered as text, never as HTML).
 */
import { initialsSpans } from './engine/acronyms'
import { tokenize } from './engine/text'

export interface Segment {
  text: string
  marked: boolean
}

interface Span {
  start: number
  end: number
}

/** Characters of abstract shown around the best match. */
export const SNIPPET_LENGTH = 180

function markedSpans(text: string, marks: ReadonlySet<string>): Span[] {
  return tokenize(text)
    .filter((token) => marks.has(token.term))
    .map(({ start, end }) => ({ start, end }))
}

/** `text` cut into marked and unmarked runs; overlapping spans merge. */
export function segmentsOf(text: string, spans: readonly Span[]): Segment[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const segments: Segment[] = []
  let at = 0
  for (const span of sorted) {
    const start = Math.max(span.start, at)
    if (span.end <= start) continue
    if (start > at) segments.push({ text: text.slice(at, start), marked: false })
    segments.push({ text: text.slice(start, span.end), marked: true })
    at = span.end
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false })
  // Touching marks, or two marked words with only a space between, read as one phrase: one <mark>.
  return segments.reduce<Segment[]>((joined, segment) => {
    const last = joined[joined.length - 1]
    const previous = joined[joined.length - 2]
    if (segment.marked && last?.marked) last.text += segment.text
    else if (segment.marked && last?.text === ' ' && previous?.marked) {
      joined.pop()
      previous.text += last.text + segment.text
    } else joined.push({ ...segment })
    return joined
  }, [])
}

/** A title or name with its matched words marked, and for a title, the words of a searched acronym. */
export function highlight(
  text: string,
  marks: ReadonlySet<string>,
  acronyms: readonly string[] = [],
): Segment[] {
  const spans = markedSpans(text, marks)
  for (const acronym of acronyms) spans.push(...initialsSpans(text, acronym))
  return segmentsOf(text, spans)
}

/**
 * About `length` characters of the abstract around its best match: the stretch with the most different matched
 * terms, starting a little before the first of them, cut at word boundaries, with "…" where text was left out.
 * Without any match, the abstract's beginning.
 */
export function snippet(
  paragraphs: readonly string[],
  marks: ReadonlySet<string>,
  length = SNIPPET_LENGTH,
): Segment[] {
  const text = paragraphs.join(' ')
  const tokens = tokenize(text).filter((t) => marks.has(t.term))
  let from = 0
  let bestTerms = 0
  for (let i = 0; i < tokens.length; i++) {
    const terms = new Set<string>()
    for (let j = i; j < tokens.length && tokens[j]!.end - tokens[i]!.start <= length * 0.8; j++)
      terms.add(tokens[j]!.term)
    if (terms.size > bestTerms) {
      bestTerms = terms.size
      from = tokens[i]!.start
    }
  }
  // Some words of context before the match, starting at a word.
  let start = Math.max(0, from - Math.round(length * 0.2))
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space >= 0 && space < from ? space + 1 : from
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start) end = space
  }
  const window = text.slice(start, end)
  const spans = tokens
    .filter((t) => t.start >= start && t.end <= end)
    .map((t) => ({ start: t.start - start, end: t.end - start }))
  const segments = segmentsOf(window, spans)
  if (start > 0) segments.unshift({ text: '… ', marked: false })
  if (end < text.length) segments.push({ text: ' …', marked: false })
  return segments
}
