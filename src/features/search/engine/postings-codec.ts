/**
 * A compact text encoding of postings lists (which talks contain a term, and how often), so the search asset stays
 * small as JSON: talk numbers are stored as gaps from the previous one, with the term's count folded into the low
 * two bits, as variable-length base-32 digits. A common term costs about one character per talk.
 *
 * Digits: 32 "final" characters end a number, 32 "more" characters carry its higher 5-bit groups first. All are
 * plain ASCII that JSON never escapes.
 */
const FINAL = '0123456789ABCDEFGHIJKLMNOPQRSTUV'
const MORE = 'WXYZabcdefghijklmnopqrstuvwxyz-_'

// char code -> digit value, +32 for a "more" digit; -1 for anything else.
const DIGIT = new Int8Array(128).fill(-1)
for (let i = 0; i < 32; i++) {
  DIGIT[FINAL.charCodeAt(i)] = i
  DIGIT[MORE.charCodeAt(i)] = 32 + i
}

/** Counts above this are stored as this: past a few mentions, more say little about relevance. */
export const MAX_COUNT = 4

function encodeNumber(value: number): string {
  let out = FINAL[value & 31]!
  value = Math.floor(value / 32)
  while (value > 0) {
    out = MORE[value & 31] + out
    value = Math.floor(value / 32)
  }
  return out
}

/** `docs` ascending and distinct; `counts[i]` >= 1 is how often the term occurs in `docs[i]`. */
export function encodePostings(docs: readonly number[], counts: readonly number[]): string {
  let out = ''
  let previous = -1
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!
    if (doc <= previous) throw new Error('postings must be ascending and distinct')
    const count = Math.min(Math.max(counts[i] ?? 1, 1), MAX_COUNT)
    out += encodeNumber((doc - previous - 1) * 4 + (count - 1))
    previous = doc
  }
  return out
}

export interface Postings {
  docs: Int32Array
  /** 1..MAX_COUNT */
  counts: Uint8Array
}

export function decodePostings(text: string): Postings {
  const docs = new Int32Array(text.length)
  const counts = new Uint8Array(text.length)
  let n = 0
  let value = 0
  let open = false
  let previous = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const digit = code < 128 ? DIGIT[code]! : -1
    if (digit < 0) throw new Error(`not a postings list (character ${i})`)
    if (digit >= 32) {
      value = value * 32 + (digit - 32)
      open = true
      continue
    }
    open = false
    value = value * 32 + digit
    previous += Math.floor(value / 4) + 1
    docs[n] = previous
    counts[n] = (value & 3) + 1
    n++
    value = 0
  }
  if (open) throw new Error('postings list ends inside a number')
  return { docs: docs.slice(0, n), counts: counts.slice(0, n) }
}

/** Non-negative whole numbers in the same digits, one after another (the talks' start times, as gaps). */
export function encodeNumbers(values: readonly number[]): string {
  return values.map(encodeNumber).join('')
}

export function decodeNumbers(text: string): number[] {
  const values: number[] = []
  let value = 0
  let open = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const digit = code < 128 ? DIGIT[code]! : -1
    if (digit < 0) throw new Error(`not a list of numbers (character ${i})`)
    value = value * 32 + (digit & 31)
    open = digit >= 32
    if (!open) {
      values.push(value)
      value = 0
    }
  }
  if (open) throw new Error('list of numbers ends inside a number')
  return values
}

/** A signed number as a non-negative one (0, -1, 1, -2 ... -> 0, 1, 2, 3 ...), for gaps that may go back. */
export function zigzag(value: number): number {
  return value < 0 ? -2 * value - 1 : 2 * value
}

export function unzigzag(value: number): number {
  return value % 2 === 1 ? -(value + 1) / 2 : value / 2
}
