import { calendarDate } from '../../../src/lib/format-time'
import { isBlank, type RichText } from '../../../src/data/rich-text'
import {
  SCHEMA_VERSION,
  type AuthorDetails,
  type Dataset,
  type Room,
  type Talk,
  type TalkKind,
} from '../../../src/data/types'
import { sourceId } from '../../../src/lib/slug'
import { datasetVersion } from '../../dataset/dataset-version'
import { validateDataset } from '../../dataset/validate-dataset'
import { SourceError } from '../import-error'
import { applyRegistry, eventKey, type ImportRegistry } from '../import-registry'
import { sourceTextToRichText } from '../rich-text/source-text'
import { talkState } from '../talk-history'
import { detectCancellation } from './cancelled'
import { eventTimes } from './event-times'
import { assignPersonIds } from './person-ids'
import type { SourcePerson, SourceSchedule } from './source-schedule'
import { assignTalkIds } from './talk-ids'
import { resolveUrl, talkLinks } from './talk-links'

export interface ScheduleImportOptions {
  /** IANA zone; required when the file names none (pretalx JSON often doesn't), and wins over the file's. */
  timeZone?: string
  /** The date the file was captured; default: a date in the file's version, else today (UTC). */
  asOf?: string
  /** The conference id; default: the slug of the file's acronym. */
  conferenceId?: string
  /** Today's date, "2026-11-26": injected by tests. */
  today?: () => string
  /** What earlier imports of this schedule saw (import-registry.ts); absent on the first import. */
  registry?: ImportRegistry
}

export interface ScheduleImport {
  dataset: Dataset
  /** The registry to keep for the next import: each event's ids, revision and fingerprint. */
  registry: ImportRegistry
  /** What was left out and why (a link that is not http(s)): printed by the CLI, never fatal. */
  warnings: string[]
}

/**
 * Turns a frab-style schedule (XML or JSON, read into one shape) into the dataset: one talk per event, sessions none
 * (frab has none, and none are invented), rooms and people as entities with ids from the source, then validates it.
 * Throws a SourceError naming the line or JSON path of the first problem; a dataset problem the validator finds is
 * reported at the event or person it came from.
 */
export function buildScheduleDataset(
  source: SourceSchedule,
  options: ScheduleImportOptions = {},
): ScheduleImport {
  const warnings: string[] = []
  const timeZone = resolveTimeZone(source, options.timeZone)
  const richText = (text: string | undefined): RichText =>
    sourceTextToRichText(text, {
      ...(source.textFormat ? { format: source.textFormat } : {}),
      ...(source.baseUrl ? { baseUrl: source.baseUrl } : {}),
    })

  const placed = source.days.flatMap((day) => day.events.map((event) => ({ day, event })))
  const talkIds = assignTalkIds(placed.map(({ event }) => event))
  const rooms = roomRegistry(source)
  const people = new Map<string, SourcePerson>()
  let offsetWarned = false

  const talkLanguages = placed.map(({ event }) =>
    event.language ? canonicalLanguage(event.language, event.at('language')) : undefined,
  )
  // The file's language, else the one most talks are in; a schedule that names none is taken to be in English.
  const language =
    (source.conference.language &&
      canonicalLanguage(source.conference.language, source.conference.at('language'))) ??
    mostCommon(talkLanguages) ??
    'en'

  const drafts = placed.map(({ day, event }, i) => {
    const title = event.title?.replace(/\s+/g, ' ')
    if (!title) throw new SourceError(event.at('title'), 'no title: required')
    const roomName = event.room ?? event.listedRoom
    if (!roomName) throw new SourceError(event.at('room'), 'no room: required')
    const { cancelled, title: shownTitle } = detectCancellation({ ...event, title })
    const isMarker = (field: string | undefined) =>
      field !== undefined && /^cancell?ed$/i.test(field)
    for (const person of event.persons) {
      if (!person.name) throw new SourceError(person.at(), 'a person needs a name')
      mergePerson(people, person)
    }
    const description = richText(event.description)
    const times = eventTimes(event, day, timeZone, source.conference.dayChange)
    // A file without a zone still writes offsets into each `date`: a --time-zone that disagrees is likely wrong.
    const publishedOffset = event.date?.match(/(?:Z|[+-]\d{2}:\d{2})$/)?.[0].replace('Z', '+00:00')
    if (publishedOffset && !times.start.endsWith(publishedOffset) && !offsetWarned) {
      offsetWarned = true
      warnings.push(
        `${event.at('date')}: the file says ${event.date}, which ${timeZone} shows as ${times.start}: is the time zone right?`,
      )
    }
    const talkLanguage = talkLanguages[i]
    const links = talkLinks(event, source.baseUrl, (message) => warnings.push(message))
    const talk: Talk = {
      id: talkIds[i]!,
      kind: kindOf(event.type),
      ...(event.type && !isMarker(event.type) ? { type: event.type } : {}),
      ...(event.track && !isMarker(event.track) ? { track: event.track } : {}),
      roomId: rooms.idOf(roomName, event.at('room')),
      title: shownTitle,
      ...(event.subtitle ? { subtitle: event.subtitle.replace(/\s+/g, ' ') } : {}),
      ...(cancelled ? { status: 'cancelled' as const } : {}),
      // A talk names its language only where it differs: an empty <language/> means the conference's.
      ...(talkLanguage && talkLanguage !== language ? { language: talkLanguage } : {}),
      authorIds: event.persons.map((person) => person.key),
      ...times,
      // A talk after midnight stays on the day the source lists it under.
      ...(day.date && calendarDate(times.start, timeZone) !== day.date ? { day: day.date } : {}),
      ...(links.length > 0 ? { links } : {}),
      abstract: richText(event.abstract),
      ...(isBlank(description) ? {} : { description }),
    }
    return { talk, at: event.at(), key: eventKey(event, talk.id) }
  })

  const personIds = assignPersonIds([...people.values()])
  const withAuthors: Talk[] = drafts.map(({ talk }) => ({
    ...talk,
    authorIds: talk.authorIds.map((key) => personIds.get(key)!),
  }))
  const history = applyRegistry(
    withAuthors.map((talk, i) => ({
      talk,
      key: drafts[i]!.key,
      state: talkState(talk, { rooms: rooms.list(), sessions: [] }),
    })),
    options.registry,
  )
  warnings.push(...history.warnings)
  const talks = history.talks
  const authors = [...people.values()].map((person) => author(person, personIds, source, richText))

  const conference = source.conference
  const conferenceId =
    options.conferenceId ?? (sourceId(conference.acronym ?? '') || sourceId(conference.title ?? ''))
  if (!conference.title)
    throw new SourceError(conference.at('title'), 'the conference has no title')
  const url = conference.url && resolveUrl(conference.url, undefined)
  const asOf = options.asOf ?? dateIn(source.version) ?? (options.today ?? todayUtc)()
  const withEvents = new Set(placed.map(({ day }) => day))

  const content = {
    schemaVersion: SCHEMA_VERSION,
    asOf,
    conference: {
      id: conferenceId,
      name: conference.title,
      timeZone,
      language,
      ...(conference.subtitle ? { subtitle: conference.subtitle } : {}),
      ...(conference.venue ? { venue: conference.venue } : {}),
      ...(conference.city ? { city: conference.city } : {}),
      ...(url ? { url } : {}),
    },
    // Days that have talks, as the source dates them: a talk after midnight stays on its frab day.
    days: source.days.filter((day) => withEvents.has(day)).map((day) => ({ date: day.date ?? '' })),
    rooms: rooms.list(),
    sessions: [],
    talks,
    authors,
  }
  const dataset: Dataset = { ...content, version: datasetVersion(content) }

  const problems = validateDataset(dataset)
  if (problems.length > 0) {
    const where = {
      talks: drafts.map((draft) => draft.at),
      authors: [...people.values()].map((person) => person.at()),
      rooms: rooms.locations(),
    }
    throw new SourceError(
      'the imported dataset',
      `is invalid:\n  ${problems
        .slice(0, 20)
        .map((problem) => inSource(problem, where))
        .join('\n  ')}`,
    )
  }
  return { dataset, registry: history.registry, warnings }
}

function resolveTimeZone(source: SourceSchedule, option: string | undefined): string {
  const timeZone = option ?? source.conference.timeZone
  const where = option ? '--time-zone' : source.conference.at('time_zone_name')
  if (!timeZone)
    throw new SourceError(
      source.conference.at(),
      `the file names no time zone (no time_zone_name): give the venue's with --time-zone, e.g. --time-zone Europe/Berlin`,
    )
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
  } catch {
    throw new SourceError(
      where,
      `unknown time zone "${timeZone}": expected an IANA zone like Europe/Brussels`,
    )
  }
  return timeZone
}

/** keynote -> keynote, workshop or tutorial -> tutorial, poster -> poster, anything else -> other. */
function kindOf(type: string | undefined): TalkKind {
  const words = type?.toLowerCase() ?? ''
  if (/keynote/.test(words)) return 'keynote'
  if (/workshop|tutorial/.test(words)) return 'tutorial'
  if (/poster/.test(words)) return 'poster'
  return 'other'
}

function canonicalLanguage(tag: string, at: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag)
    if (canonical) return canonical
  } catch {
    // reported below
  }
  throw new SourceError(at, `language "${tag}" is not a BCP 47 tag like en or de`)
}

/** The value most talks have; the first seen wins a tie. */
function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>()
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best: string | undefined
  for (const [value, count] of counts)
    if (best === undefined || count > counts.get(best)!) best = value
  return best
}

/** The same person on several events: the first non-empty value of each field wins. */
function mergePerson(people: Map<string, SourcePerson>, person: SourcePerson) {
  const known = people.get(person.key)
  if (!known) {
    people.set(person.key, person)
    return
  }
  for (const field of ['name', 'biography', 'extendedBiography', 'avatar', 'affiliation'] as const)
    known[field] ??= person[field]
}

function author(
  person: SourcePerson,
  ids: Map<string, string>,
  source: SourceSchedule,
  richText: (text: string | undefined) => RichText,
): AuthorDetails {
  // frab's short and extended biographies are one text on the author's page.
  const biography = [...richText(person.biography), ...richText(person.extendedBiography)]
  const avatarUrl = person.avatar && resolveUrl(person.avatar, source.baseUrl)
  const affiliation = person.affiliation?.replace(/\s+/g, ' ')
  return {
    id: ids.get(person.key)!,
    name: person.name!.replace(/\s+/g, ' '),
    ...(affiliation ? { affiliation } : {}),
    ...(avatarUrl ? { avatarUrl } : {}),
    ...(isBlank(biography) ? {} : { biography }),
  }
}

/** Rooms in the source's order, with ids from their slug or name; a room only an event names is added at the end. */
function roomRegistry(source: SourceSchedule) {
  const rooms: { room: Room; at: string }[] = []
  const add = (name: string, slug: string | undefined, at: string, details: Partial<Room> = {}) => {
    const base = sourceId(slug ?? '') || sourceId(name) || 'room'
    let id = base
    for (let n = 2; rooms.some(({ room }) => room.id === id); n++) id = `${base}-${n}`
    const room = { id, name: name.replace(/\s+/g, ' '), ...details }
    rooms.push({ room, at })
    return room
  }
  for (const room of source.rooms)
    add(room.name, room.slug, room.at(), {
      ...(room.description ? { description: room.description } : {}),
      ...(room.capacity ? { capacity: room.capacity } : {}),
    })
  return {
    idOf: (name: string, at: string) =>
      (
        rooms.find(({ room }) => room.name === name.replace(/\s+/g, ' '))?.room ??
        add(name, undefined, at)
      ).id,
    list: () => rooms.map(({ room }) => room),
    locations: () => rooms.map(({ at }) => at),
  }
}

/** "talks[3].start: expected ..." -> "line 6289: <event id=8376> (talks[3].start): expected ...". */
function inSource(problem: string, where: Record<'talks' | 'authors' | 'rooms', string[]>): string {
  const match = /^(talks|authors|rooms)\[(\d+)\]/.exec(problem)
  const at = match && where[match[1] as keyof typeof where][Number(match[2])]
  if (!at) return problem
  const colon = problem.indexOf(': ')
  return `${at} (${problem.slice(0, colon)})${problem.slice(colon)}`
}

/** A date a file's version stamp holds ("2026-01-20 12:00", "1.3" holds none). */
function dateIn(version: string | undefined): string | undefined {
  const date = /\b(\d{4}-\d{2}-\d{2})\b/.exec(version ?? '')?.[1]
  return date && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? date : undefined
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10)
}
