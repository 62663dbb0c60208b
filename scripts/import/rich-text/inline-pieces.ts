import type { Inline } from '../../../src/data/rich-text'

/** Formatting over a stretch of text. Two marks are the same when their kind (and a link's target) is. */
export type Mark = { kind: 'em' } | { kind: 'strong' } | { kind: 'link'; href: string }

/**
 * One piece of a paragraph, as the source gives it, with the marks around it (outermost first). Whitespace is
 * collapsed only when the paragraph is complete, because a space's fate depends on its neighbours.
 */
export type Piece = { marks: readonly Mark[] } & (
  { text: string } | { code: string } | { br: true }
)

/** The marks with one more inside them, unless one of its kind is already there: `<em><em>` is still italics. */
export function withMark(marks: readonly Mark[], mark: Mark): readonly Mark[] {
  return marks.some((outer) => outer.kind === mark.kind) ? marks : [...marks, mark]
}

/**
 * A paragraph's pieces as inlines: whitespace collapsed as a browser does outside <pre>, line breaks at its edges
 * dropped (a browser draws none at the end and editors leave stray ones), runs of equal marks nested, neighbouring
 * strings joined. Empty when nothing visible is left.
 */
export function piecesToInlines(pieces: readonly Piece[]): Inline[] {
  return nest(trimLineBreaks(collapseWhitespace(pieces)), 0)
}

// HTML's ASCII whitespace: a no-break space is content, and stays.
const WHITESPACE = /[ \t\n\f\r]+/g

function collapseWhitespace(pieces: readonly Piece[]): Piece[] {
  const kept: Piece[] = []
  let afterSpace = true // at the start of a line, a space is not drawn
  for (const piece of pieces) {
    if ('br' in piece) {
      trimTrailingSpace(kept)
      kept.push(piece)
      afterSpace = true
      continue
    }
    let text = ('text' in piece ? piece.text : piece.code).replace(WHITESPACE, ' ')
    if (afterSpace && text.startsWith(' ')) text = text.slice(1)
    if (text === '') continue
    kept.push('text' in piece ? { marks: piece.marks, text } : { marks: piece.marks, code: text })
    afterSpace = text.endsWith(' ')
  }
  trimTrailingSpace(kept)
  return kept
}

function trimTrailingSpace(pieces: Piece[]): void {
  for (let last = pieces.at(-1); last && !('br' in last); last = pieces.at(-1)) {
    const text = 'text' in last ? last.text : last.code
    if (!text.endsWith(' ')) return
    const trimmed = text.slice(0, -1)
    pieces.pop()
    if (trimmed === '') continue
    pieces.push('text' in last ? { ...last, text: trimmed } : { ...last, code: trimmed })
    return
  }
}

function trimLineBreaks(pieces: Piece[]): Piece[] {
  let start = 0
  let end = pieces.length
  while (start < end && 'br' in pieces[start]!) start++
  while (end > start && 'br' in pieces[end - 1]!) end--
  return pieces.slice(start, end)
}

// Recursion as deep as the marks, and a piece has at most one of each kind.
function nest(pieces: readonly Piece[], level: number): Inline[] {
  const inlines: Inline[] = []
  let start = 0
  while (start < pieces.length) {
    const piece = pieces[start]!
    const mark = piece.marks[level]
    if (!mark) {
      appendInline(inlines, leaf(piece))
      start++
      continue
    }
    let end = start + 1
    while (end < pieces.length && sameMark(pieces[end]!.marks[level], mark)) end++
    appendInline(inlines, wrap(mark, nest(pieces.slice(start, end), level + 1)))
    start = end
  }
  return inlines
}

function leaf(piece: Piece): Inline {
  if ('br' in piece) return { br: true }
  if ('code' in piece) return { code: piece.code }
  return piece.text
}

function wrap(mark: Mark, inlines: Inline[]): Inline {
  if (mark.kind === 'link') return { link: mark.href, text: inlines }
  return mark.kind === 'em' ? { em: inlines } : { strong: inlines }
}

function sameMark(a: Mark | undefined, b: Mark): boolean {
  if (!a || a.kind !== b.kind) return false
  return a.kind !== 'link' || (b.kind === 'link' && a.href === b.href)
}

function appendInline(inlines: Inline[], inline: Inline): void {
  const last = inlines.at(-1)
  if (typeof inline === 'string' && typeof last === 'string')
    inlines[inlines.length - 1] = last + inline
  else inlines.push(inline)
}
