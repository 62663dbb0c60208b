import { paragraphs } from '../../src/data/rich-text'
import {
  SCHEMA_VERSION,
  type Author,
  type Dataset,
  type Session,
  type Talk,
  type TalkKind,
} from '../../src/data/types'
import { slugify, uniqueSlug } from '../../src/lib/slug'
import { toZonedIso, wallTimeToEpoch } from '../../src/lib/zoned-time'
import { GIVEN_NAMES, SURNAMES } from './names'
import { createRandom, type Random } from './random'
import {
  GENERIC_SENTENCES,
  PROPERTIES,
  QUALIFIERS,
  TITLE_TEMPLATES,
  TOPICS,
  type Topic,
} from './topics'

/**
 * A seeded synthetic conference in the app's schema, for benchmarks and multi-session tests: several days, parallel
 * sessions in tracks and rooms, orals and spotlights, 3 to 8 authors a talk, 150 to 250-word abstracts. Every talk
 * is about one known topic, so search relevance can be scored against the truth.
 */
export interface GenerateOptions {
  talks: number
  seed?: number
  /** The first day, a venue-local date. */
  startDate?: string
  timeZone?: string
  days?: number
}

export interface GeneratedConference {
  dataset: Dataset
  topics: Pick<Topic, 'id' | 'name' | 'terms'>[]
  topicOfTalk: Record<string, string>
}

const TALKS_PER_SESSION = 10
// Session start times in the venue's day: morning, late morning, afternoon, late afternoon.
const SESSION_STARTS = [
  { hour: 9, minute: 0 },
  { hour: 10, minute: 45 },
  { hour: 13, minute: 30 },
  { hour: 15, minute: 30 },
]

export function generateConference(options: GenerateOptions): GeneratedConference {
  const random = createRandom(options.seed ?? 1)
  const timeZone = options.timeZone ?? 'America/Los_Angeles'
  const [year, month, firstDay] = (options.startDate ?? '2026-12-07').split('-').map(Number) as [
    number,
    number,
    number,
  ]
  const sessionCount = Math.ceil(options.talks / TALKS_PER_SESSION)
  const dayCount =
    options.days ?? Math.min(5, Math.max(1, Math.ceil(sessionCount / SESSION_STARTS.length)))
  const slotsPerDay = SESSION_STARTS.length
  const tracks = Math.max(1, Math.ceil(sessionCount / (dayCount * slotsPerDay)))

  const authorPool = makeAuthorPool(random, Math.max(40, Math.round(options.talks * 1.5)))
  const usedAuthors = new Map<string, Author>()
  const takenTalkIds = new Set<string>()
  const sessions: Session[] = []
  const talks: Talk[] = []
  const topicOfTalk: Record<string, string> = {}

  for (let s = 0; s < sessionCount; s++) {
    const dayIndex = Math.floor(s / (slotsPerDay * tracks))
    const slot = Math.floor(s / tracks) % slotsPerDay
    const track = (s % tracks) + 1
    const sessionTopic = random.pick(TOPICS)
    const date = { year, month, day: firstDay + dayIndex }
    const dayIso = new Date(Date.UTC(year, month - 1, firstDay + dayIndex))
      .toISOString()
      .slice(0, 10)
    let minuteOfDay = SESSION_STARTS[slot]!.hour * 60 + SESSION_STARTS[slot]!.minute
    const sessionId = `${dayIso}-track-${track}-session-${slot + 1}`
    const sessionTalks = Math.min(TALKS_PER_SESSION, options.talks - s * TALKS_PER_SESSION)
    const sessionStart = minuteOfDay

    for (let t = 0; t < sessionTalks; t++) {
      // Most talks follow the session's theme; some don't, as in a real programme.
      const topic = random.chance(0.75) ? sessionTopic : random.pick(TOPICS)
      const kind: TalkKind = t % 5 === 0 ? 'oral' : 'spotlight'
      const minutes = kind === 'oral' ? 15 : 5
      const title = makeTitle(random, topic, takenTalkIds)
      const id = uniqueSlug(title, takenTalkIds, 'talk')
      const authorIds = pickAuthors(random, authorPool, usedAuthors)
      const at = (minute: number) =>
        toZonedIso(
          wallTimeToEpoch(
            { ...date, hour: Math.floor(minute / 60), minute: minute % 60 },
            timeZone,
          ),
          timeZone,
        )
      talks.push({
        id,
        sessionId,
        kind,
        title,
        authorIds,
        type: kind === 'oral' ? 'Oral' : 'Spotlight',
        track: `Track ${track}`,
        roomId: `room-${100 + track}`,
        abstract: paragraphs(makeAbstract(random, topic)),
        start: at(minuteOfDay),
        end: at(minuteOfDay + minutes),
      })
      topicOfTalk[id] = topic.id
      minuteOfDay += minutes
    }

    const at = (minute: number) =>
      toZonedIso(
        wallTimeToEpoch({ ...date, hour: Math.floor(minute / 60), minute: minute % 60 }, timeZone),
        timeZone,
      )
    sessions.push({
      id: sessionId,
      title: `Track ${track} · ${capitalise(sessionTopic.name)}`,
      day: dayIso,
      track: `Track ${track}`,
      roomId: `room-${100 + track}`,
      start: at(sessionStart),
      end: at(minuteOfDay),
    })
  }

  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    version: `synthetic-${options.talks}-${options.seed ?? 1}`,
    asOf: options.startDate ?? '2026-12-07',
    conference: {
      id: `synthetic-${options.talks}`,
      name: `Synthetic Conference (${options.talks} talks)`,
      timeZone,
      language: 'en',
    },
    days: [...new Set(sessions.map((s) => s.day))].map((date) => ({ date })),
    rooms: Array.from({ length: tracks }, (_, i) => ({
      id: `room-${101 + i}`,
      name: `Room ${101 + i}`,
    })),
    sessions,
    talks,
    authors: [...usedAuthors.values()].sort((a, b) => a.id.localeCompare(b.id)),
  }
  return {
    dataset,
    topics: TOPICS.map(({ id, name, terms }) => ({ id, name, terms })),
    topicOfTalk,
  }
}

function makeAuthorPool(random: Random, size: number): Author[] {
  const taken = new Set<string>()
  const pool: Author[] = []
  while (pool.length < size) {
    const name = `${random.pick(GIVEN_NAMES)} ${random.pick(SURNAMES)}`
    const id = slugify(name)
    // Two people with one name would be one author to the app; keep the pool's names distinct.
    if (taken.has(id)) {
      if (taken.size >= GIVEN_NAMES.length * SURNAMES.length) break
      continue
    }
    taken.add(id)
    pool.push({ id, name })
  }
  return pool
}

function pickAuthors(random: Random, pool: Author[], used: Map<string, Author>): string[] {
  const count = random.int(3, 8)
  const ids = new Set<string>()
  while (ids.size < count) {
    const author = random.pickSkewed(pool)
    ids.add(author.id)
    used.set(author.id, author)
  }
  return [...ids]
}

/** Real programmes rarely repeat a title: try a few draws for an unused one before accepting a repeat. */
function makeTitle(random: Random, topic: Topic, taken: ReadonlySet<string>): string {
  let title = ''
  for (let attempt = 0; attempt < 12; attempt++) {
    title = fill(random.pick(TITLE_TEMPLATES), random, topic, { titleCase: true })
    if (!taken.has(slugify(title))) break
  }
  return title
}

function makeAbstract(random: Random, topic: Topic): string[] {
  const target = random.int(150, 250)
  const sentences: string[] = []
  let words = 0
  while (words < target) {
    const sentence = fill(random.pick(GENERIC_SENTENCES), random, topic, { titleCase: false })
    sentences.push(sentence)
    words += sentence.split(/\s+/).length
  }
  // Trim the last sentence's excess words so the abstract lands inside the range.
  const all = sentences.join(' ').split(/\s+/).slice(0, target)
  const text = all.join(' ').replace(/[,;:]?$/, '.')
  const paragraphs = random.int(1, 3)
  if (paragraphs === 1) return [text]
  const parts = text.split(/(?<=\.) /)
  const size = Math.ceil(parts.length / paragraphs)
  const result: string[] = []
  for (let i = 0; i < parts.length; i += size) result.push(parts.slice(i, i + size).join(' '))
  return result
}

function fill(
  template: string,
  random: Random,
  topic: Topic,
  { titleCase }: { titleCase: boolean },
): string {
  const term = () => random.pick(topic.terms)
  return template
    .replaceAll('{method}', () => random.pick(topic.methods))
    .replaceAll('{task}', () =>
      titleCase ? random.pick(topic.tasks) : random.pick(topic.tasks).toLowerCase(),
    )
    .replaceAll('{term2}', () => term())
    .replaceAll('{term}', () => (titleCase ? capitaliseWords(term()) : term()))
    .replaceAll('{qualifier}', () => random.pick(QUALIFIERS))
    .replaceAll('{property2}', () => random.pick(PROPERTIES.slice(5)))
    .replaceAll('{property}', () => random.pick(PROPERTIES.slice(0, 5)))
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function capitaliseWords(text: string): string {
  return text.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())
}
