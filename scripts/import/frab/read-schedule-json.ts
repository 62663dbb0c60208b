import { sourceId } from '../../../src/lib/slug'
import { SourceError } from '../import-error'
import type {
  SourceEvent,
  SourceLink,
  SourcePerson,
  SourceRoom,
  SourceSchedule,
} from './source-schedule'

type Json = Record<string, unknown>

/**
 * Reads the frab-compatible schedule JSON (`{ "schedule": { "conference": { "days": [...] } } }`, as pretalx, frab
 * and the c3voc tools publish it) into the source-neutral shape. Errors name the JSON path of the field.
 */
export function readScheduleJson(value: unknown): SourceSchedule {
  const file = record(value, 'the file', 'the file')
  const schedule = record(file.schedule, 'schedule', 'the file')
  const conference = record(schedule.conference, 'schedule.conference', 'schedule')
  if (!Array.isArray(conference.days))
    throw new SourceError('schedule.conference.days', 'expected a list of days')

  const rooms: SourceRoom[] = []
  const addRoom = (room: SourceRoom) => {
    if (!rooms.some((r) => r.name === room.name)) rooms.push(room)
  }
  // The conference's own room list gives the order and the details; without one, the order rooms first appear in.
  if (Array.isArray(conference.rooms))
    conference.rooms.forEach((room, i) => {
      const at = `schedule.conference.rooms[${i}]`
      const entry = record(room, at, 'schedule.conference.rooms')
      const name = string(entry.name)
      if (!name) throw new SourceError(`${at}.name`, 'a room needs a name')
      const capacity = entry.capacity
      addRoom({
        at: (field) => (field ? `${at}.${field}` : at),
        name,
        slug: string(entry.slug),
        description: string(entry.description),
        ...(typeof capacity === 'number' && Number.isInteger(capacity) && capacity > 0
          ? { capacity }
          : {}),
      })
    })

  const pretalx = /pretalx/i.test(
    `${string(schedule.base_url) ?? ''} ${string(conference.url) ?? ''}`,
  )
  const days = conference.days.map((day, d) => {
    const at = `schedule.conference.days[${d}]`
    const entry = record(day, at, 'schedule.conference.days')
    const roomMap = record(entry.rooms, `${at}.rooms`, at)
    return {
      at: (field?: string) => (field ? `${at}.${field}` : at),
      date: string(entry.date),
      start: string(entry.day_start),
      events: Object.entries(roomMap).flatMap(([roomName, events]) => {
        const roomAt = `${at}.rooms.${roomName}`
        if (!Array.isArray(events)) throw new SourceError(roomAt, 'expected a list of events')
        if (roomName.trim()) addRoom({ at: () => roomAt, name: roomName.trim() })
        return events.map((event, e) =>
          readEvent(record(event, `${roomAt}[${e}]`, roomAt), `${roomAt}[${e}]`, roomName.trim()),
        )
      }),
    }
  })

  const conferenceAt = (field?: string) =>
    field ? `schedule.conference.${field}` : 'schedule.conference'
  return {
    format: 'schedule JSON',
    // pretalx writes Markdown; other producers of this format may write HTML, which the converter detects.
    ...(pretalx ? { textFormat: 'markdown' as const } : {}),
    baseUrl: string(schedule.base_url),
    version: string(schedule.version) ?? string(file.generated),
    conference: {
      at: conferenceAt,
      acronym: string(conference.acronym),
      title: string(conference.title),
      subtitle: string(conference.subtitle),
      venue: string(conference.venue),
      city: string(conference.city),
      url: string(conference.url) ?? string(schedule.base_url),
      timeZone: string(conference.time_zone_name),
      language: string(conference.language),
      dayChange: string(conference.day_change),
    },
    rooms,
    days,
  }
}

function readEvent(event: Json, at: string, listedRoom: string): SourceEvent {
  const locate = (field?: string) => (field ? `${at}.${field}` : at)
  const text = (field: string) => string(event[field])
  return {
    at: locate,
    listedRoom: listedRoom || undefined,
    id: scalar(event.id),
    guid: text('guid'),
    slug: text('slug'),
    date: text('date'),
    start: text('start'),
    duration: text('duration'),
    end: text('end'),
    room: text('room'),
    title: text('title'),
    subtitle: text('subtitle'),
    track: text('track'),
    type: text('type'),
    language: text('language'),
    abstract: text('abstract'),
    description: text('description'),
    url: text('url'),
    feedbackUrl: text('feedback_url'),
    status: text('status'),
    persons: list(event.persons, `${at}.persons`).map((person, i) =>
      readPerson(record(person, `${at}.persons[${i}]`, `${at}.persons`), `${at}.persons[${i}]`),
    ),
    links: [
      ...references(event.links, `${at}.links`, 'link'),
      ...references(event.attachments, `${at}.attachments`, 'attachment'),
    ],
  }
}

/** Person ids: pretalx's code ("SCD9VJ" -> "scd9vj"), else the guid, else the numeric id with the name. */
function readPerson(person: Json, at: string): SourcePerson {
  const code = string(person.code)
  const guid = string(person.guid)
  const id = scalar(person.id)
  const name = string(person.name) ?? string(person.public_name)
  const key = code ? `code:${code}` : guid ? `guid:${guid}` : id ? `id:${id}` : undefined
  if (!key) throw new SourceError(at, `"${name ?? '?'}" has no code, guid or id to know them by`)
  const base =
    sourceId(code ?? guid ?? '') || `${sourceId(name ?? '') || 'person'}-${sourceId(id ?? '')}`
  return {
    at: (field) => (field ? `${at}.${field}` : at),
    key,
    name,
    biography: string(person.biography),
    avatar: string(person.avatar),
    affiliation: string(person.affiliation) ?? string(person.organisation),
    idCandidates: [base],
  }
}

function references(value: unknown, at: string, kind: SourceLink['kind']): SourceLink[] {
  return list(value, at).flatMap((item) => {
    // Some producers write a bare URL string instead of { url, title }.
    if (typeof item === 'string') return item.trim() ? [{ url: item.trim(), kind }] : []
    if (!isRecord(item)) return []
    const url = string(item.url) ?? string(item.href)
    if (!url) return []
    const title = string(item.title)
    const declaredType = string(item.type)
    return [{ url, kind, ...(title ? { title } : {}), ...(declaredType ? { declaredType } : {}) }]
  })
}

function record(value: unknown, at: string, parent: string): Json {
  if (isRecord(value)) return value
  throw new SourceError(
    at,
    value === undefined ? `missing: ${parent} has no such field` : `expected an object`,
  )
}

function list(value: unknown, at: string): unknown[] {
  if (value == null) return []
  if (Array.isArray(value)) return value
  throw new SourceError(at, 'expected a list')
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A trimmed string, undefined when absent, null or blank. */
function string(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/** An id that some producers write as a number and others as a string. */
function scalar(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : string(value)
}

/** Parses JSON text; a syntax error names its line and column, which V8 gives only as a character position. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /, ".*" is not valid JSON$/s,
      '',
    )
    const position = /at position (\d+)/.exec(message)?.[1]
    const offset = position
      ? Number(position)
      : /end of JSON input/.test(message)
        ? text.length
        : undefined
    if (offset === undefined) throw new SourceError('JSON', `malformed JSON: ${message}`)
    const before = text.slice(0, offset).split('\n')
    throw new SourceError(
      `line ${before.length}, column ${before.at(-1)!.length + 1}`,
      `malformed JSON: ${message.replace(/ in JSON at position \d+/, '')}`,
    )
  }
}
