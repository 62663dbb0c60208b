/**
 * What an operator's value can mean at this conference: its days, rooms, tracks, types and speakers, each with the
 * names an attendee may write for it. `resolveValue` says which ones a written value means, forgiving case, accents,
 * punctuation and invisible characters: `room:h1302` is "H.1302", `by:gomes` is "Pedro Gomès", `track:rust` is
 * "Rust devroom".
 */
import { cachedBy } from '../../lib/cached-by'
import type { ScheduleModel } from '../../data/schedule-model'
import type { OperatorKey } from './query-operators'

export interface Choice {
  /** What the URL holds: a room's id, a date, a track, type or speaker's name as published. */
  value: string
  /** What the page shows. */
  label: string
  /** The names it answers to, folded (see `foldWords`). */
  names: string[][]
}

export type SearchVocabulary = Record<OperatorKey, Choice[]>

/**
 * The words of a text as compared: compatibility-decomposed, accents and other marks dropped, lower case, split on
 * anything that is not a letter or a digit of any script (which drops zero-width and direction marks too).
 */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

const choice = (value: string, label: string, ...names: string[]): Choice => ({
  value,
  label,
  names: names.map(foldWords),
})

const WEEKDAY = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' })

export const searchVocabulary = cachedBy((model: ScheduleModel): SearchVocabulary => {
  const distinct = (values: (string | undefined)[]) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) =>
      a.localeCompare(b, 'en'),
    )
  const talks = model.schedule.talks
  return {
    day: model.schedule.days.map(({ date }) =>
      // "day:saturday" and "day:sat" (a word's start) as well as the date.
      choice(date, date, date, WEEKDAY.format(new Date(`${date}T12:00:00Z`))),
    ),
    room: model.schedule.rooms.map((room) => choice(room.id, room.name, room.name, room.id)),
    track: distinct(talks.map((t) => t.track)).map((track) => choice(track, track, track)),
    type: distinct(talks.map((t) => t.type)).map((type) => choice(type, type, type)),
    by: model.schedule.authors.map((author) => choice(author.name, author.name, author.name)),
  }
})

/**
 * The choices a written value means, the first of these that finds any: the whole name, punctuation aside
 * (`h1302`, `rust devroom`); names that have each written word as a word (`gomes`, `rust`); names that have a word
 * beginning with each written word (`jans`). None for a value with no letters or digits.
 */
export function resolveValue(value: string, choices: readonly Choice[]): Choice[] {
  const words = foldWords(value)
  if (words.length === 0) return []
  const joined = words.join('')
  const tiers: ((name: string[]) => boolean)[] = [
    (name) => name.join('') === joined,
    (name) => words.every((word) => name.includes(word)),
    (name) => words.every((word) => name.some((part) => part.startsWith(word))),
  ]
  for (const matches of tiers) {
    const found = choices.filter((c) => c.names.some(matches))
    if (found.length > 0) return found
  }
  return []
}

/** What each key is called on the page. */
export const KEY_LABELS: Record<OperatorKey, { one: string; many: string }> = {
  day: { one: 'day', many: 'days' },
  room: { one: 'room', many: 'rooms' },
  track: { one: 'track', many: 'tracks' },
  type: { one: 'type', many: 'types' },
  by: { one: 'speaker', many: 'speakers' },
}
