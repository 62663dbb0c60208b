/**
 * Operators written in a search query, the way an attendee would guess them: `room:janson`, `track:"Rust devroom"`,
 * `type:keynote`, `by:gomes`, `day:saturday`. Pure text work: which parts of the query are operators and what is
 * left for the engine. What an operator's value means for this conference is search-vocabulary.ts's.
 *
 * An operator starts a word (`room:`, any case), its value follows the colon (a space between is forgiven) and is
 * one word or a quoted phrase. Phones type curly quotes, so “ ” „ count as quotes too.
 */
import { MAX_FILTER_VALUE } from './search-params'

export const OPERATOR_KEYS = ['day', 'room', 'track', 'type', 'by'] as const
export type OperatorKey = (typeof OPERATOR_KEYS)[number]

/** What each key may be written as; "speaker:" is what some attendees type for "by:". */
const KEY_NAMES: Record<string, OperatorKey> = {
  day: 'day',
  room: 'room',
  track: 'track',
  type: 'type',
  by: 'by',
  speaker: 'by',
}

/** Operators read from one query; more than this is not a search, and the rest stays text. */
export const MAX_OPERATORS = 10

export interface WrittenOperator {
  key: OperatorKey
  /** The value without its quotes, trimmed and bounded; empty while only `room:` is typed. */
  value: string
  /** Where it is in the query: `query.slice(start, end)` is the whole `room:"H.1302"`. */
  start: number
  end: number
  /**
   * Whether the attendee has finished writing it: a space follows its value, or its quote is closed. A bare value at
   * the end of the query may still be being typed (`room:jan` on the way to `room:janson`).
   */
  complete: boolean
}

export interface ParsedQuery {
  operators: WrittenOperator[]
  /** The query without its operators: the words the engine searches for. */
  text: string
}

const OPENING_QUOTES = '"“”„'
const CLOSING_QUOTES = '"“”'
// A key at the start of a word, its colon, and the spaces after it (sticky: tried only where the scan stands).
const KEY = /(day|room|track|type|by|speaker):\s*/iy

export function parseQuery(query: string): ParsedQuery {
  const operators: WrittenOperator[] = []
  let i = 0
  while (i < query.length && operators.length < MAX_OPERATORS) {
    const atWordStart = i === 0 || /\s/.test(query[i - 1]!)
    KEY.lastIndex = i
    const key = atWordStart ? KEY.exec(query) : null
    if (!key) {
      // On to the next word start.
      const space = query.slice(i).search(/\s/)
      if (space < 0) break
      i += space + 1
      continue
    }
    const operator = readValue(query, i, KEY.lastIndex, KEY_NAMES[key[1]!.toLowerCase()]!)
    operators.push(operator)
    i = operator.end
  }
  return { operators, text: withoutOperators(query, operators) }
}

function readValue(query: string, start: number, from: number, key: OperatorKey): WrittenOperator {
  const bounded = (value: string) => value.trim().slice(0, MAX_FILTER_VALUE)
  if (OPENING_QUOTES.includes(query[from] ?? '\0')) {
    let close = from + 1
    while (close < query.length && !CLOSING_QUOTES.includes(query[close]!)) close++
    const closed = close < query.length
    return {
      key,
      value: bounded(query.slice(from + 1, close)),
      start,
      end: closed ? close + 1 : close,
      complete: closed,
    }
  }
  const rest = query.slice(from).search(/\s/)
  const end = rest < 0 ? query.length : from + rest
  return {
    key,
    value: bounded(query.slice(from, end)),
    start,
    end,
    // `room:` then a space is still waiting for its value.
    complete: rest >= 0 && end > from,
  }
}

/**
 * The query with these operators taken out, each with one space beside it, so the words around it stay apart and
 * nothing else moves: the text the attendee typed, less the operators, as they would have typed it.
 */
export function withoutOperators(query: string, operators: readonly WrittenOperator[]): string {
  let text = ''
  let from = 0
  for (const { start, end } of [...operators].sort((a, b) => a.start - b.start)) {
    if (start < from) continue
    let cut = end
    if (/\s/.test(query[cut] ?? '')) cut++
    else if (start > from && /\s/.test(query[start - 1]!)) {
      text += query.slice(from, start - 1)
      from = cut
      continue
    }
    text += query.slice(from, start)
    from = cut
  }
  return text + query.slice(from)
}

/** How an operator is written back into a query: quoted when its value has a space or a quote would end it. */
export function writeOperator(key: OperatorKey, value: string): string {
  return /[\s"“”„]/.test(value) || value === ''
    ? `${key}:"${value.replace(/["“”]/g, '')}"`
    : `${key}:${value}`
}
