/**
 * Calendar files (RFC 5545) and Google Calendar links for talks.
 *
 * Times are written in UTC ("20181204T205000Z"), which every calendar converts to the reader's zone without needing
 * a VTIMEZONE block. Each talk's UID is derived from the conference and the talk's oldest id, and its SEQUENCE is the
 * talk's revision, so importing a later file updates the events instead of duplicating them, even for a talk the
 * source has renamed since: the calendar keeps one event, moved, retitled or cancelled.
 */
import { plainText } from '../data/rich-text'
import { authorNames, roomOfTalk, type ScheduleModel } from '../data/schedule-model'
import type { Conference, DetailsChunk, Session, TalkSummary } from '../data/types'
import { paths } from './paths'

export interface CalendarEvent {
  uid: string
  /** ISO 8601 instants (any offset). */
  start: string
  end: string
  summary: string
  description: string
  url?: string
  location?: string
  /** A cancelled talk's event says so, so a calendar that has it shows it cancelled rather than as on. */
  cancelled?: boolean
  /** RFC 5545 SEQUENCE: a calendar takes a higher one as a newer version of the same UID. Absent means 0. */
  sequence?: number
}

export interface IcsOptions {
  /** DTSTAMP: when the file was made. */
  now?: Date
  /** Minutes before the start for a display reminder (VALARM); none when null or absent. */
  reminderMinutes?: number | null
  /** Shown by calendars that name an imported calendar (X-WR-CALNAME). */
  calendarName?: string
}

export const PRODID = '-//Plenary//Conference agenda//EN'
const CRLF = '\r\n'
/** RFC 5545 3.1: lines longer than 75 octets, not counting the line break, are folded. */
const MAX_OCTETS = 75

/** "2018-12-04T12:50:00-08:00" -> "20181204T205000Z". */
export function toIcsUtc(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(instant)}`)
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

/**
 * What a calendar file cannot carry (RFC 5545 3.1, 3.3.11): C0 controls but tab and the line breaks, DEL, C1 controls,
 * and UTF-16 surrogates without their pair, which have no UTF-8 form. The importer rejects them in a dataset
 * (scripts/dataset/dataset-schema.ts), but a file must stay valid whatever reaches it.
 */
const UNWRITABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const LINE_BREAK = /\r\n|\r|\n/g

/** The value without the characters a calendar file cannot carry; line breaks stay, for TEXT to escape. */
export function writableText(value: string): string {
  return value.replace(UNWRITABLE, '')
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped; every line break becomes "\n". */
export function escapeText(value: string): string {
  return writableText(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(LINE_BREAK, '\\n')
}

const encoder = new TextEncoder()

/**
 * Folds a content line at 75 octets: CRLF plus one space starts each continuation. Splits only between code
 * points, so a multi-byte UTF-8 character is never cut in half.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line
  const parts: string[] = []
  let part = ''
  let octets = 0
  // The first line holds 75 octets; each continuation has a leading space, so 74 more.
  let limit = MAX_OCTETS
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > limit) {
      parts.push(part)
      part = ''
      octets = 0
      limit = MAX_OCTETS - 1
    }
    part += char
    octets += size
  }
  parts.push(part)
  return parts.join(`${CRLF} `)
}

/** A content line; a value that is not TEXT (UID, URL) has no way to carry a line break, so it loses it too. */
function property(name: string, value: string): string {
  return foldLine(`${name}:${writableText(value).replace(LINE_BREAK, '')}`)
}

/** A VCALENDAR with one VEVENT per event, CRLF line ends, ready to save as .ics. */
export function buildIcs(events: readonly CalendarEvent[], options: IcsOptions = {}): string {
  const stamp = toIcsUtc(options.now ?? new Date())
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN']
  lines.push('METHOD:PUBLISH')
  if (options.calendarName) lines.push(property('X-WR-CALNAME', escapeText(options.calendarName)))
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      property('UID', event.uid),
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${event.sequence ?? 0}`,
      `DTSTART:${toIcsUtc(event.start)}`,
      `DTEND:${toIcsUtc(event.end)}`,
      property('SUMMARY', escapeText(event.summary)),
      property('DESCRIPTION', escapeText(event.description)),
    )
    // URL is a URI value, not TEXT: it is not escaped (RFC 5545 3.8.4.6).
    if (event.url) lines.push(property('URL', event.url))
    if (event.location) lines.push(property('LOCATION', escapeText(event.location)))
    if (event.cancelled) lines.push('STATUS:CANCELLED')
    const reminder = options.reminderMinutes
    if (reminder != null && reminder >= 0 && !event.cancelled)
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        property('DESCRIPTION', escapeText(event.summary)),
        `TRIGGER:-PT${Math.round(reminder)}M`,
        'END:VALARM',
      )
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.join(CRLF) + CRLF
}

/** What a talk's event needs besides the talk. */
export interface TalkEventContext {
  conference: Conference
  session?: Session
  roomName?: string
  authorNames: string[]
  /** The abstract as plain text, when loaded. */
  abstract?: string
  /** The site's absolute base URL ending in "/", e.g. "https://example.org/plenary/"; no link when absent. */
  siteUrl?: string | null
}

/** The talk page's absolute URL, from the site's base URL. */
export function talkUrl(siteUrl: string, talkId: string): string {
  return `${siteUrl.replace(/\/$/, '')}${paths.talk.href(talkId)}`
}

export function talkUid(conferenceId: string, talkId: string): string {
  return `${talkId}@${conferenceId}.plenary`
}

/** The id a talk's event is known by in every version: its oldest, should the source have renamed it since. */
export function calendarIdOf(talk: Pick<TalkSummary, 'id' | 'formerIds'>): string {
  return talk.formerIds?.[0] ?? talk.id
}

export function talkEvent(talk: TalkSummary, context: TalkEventContext): CalendarEvent {
  const url = context.siteUrl ? talkUrl(context.siteUrl, talk.id) : undefined
  const blocks: string[] = []
  if (context.authorNames.length > 0) blocks.push(context.authorNames.join(', '))
  if (context.session) blocks.push(`${context.conference.name} · ${context.session.title}`)
  if (context.abstract) blocks.push(context.abstract)
  if (url) blocks.push(url)
  const location = context.roomName
  return {
    uid: talkUid(context.conference.id, calendarIdOf(talk)),
    sequence: talk.revision ?? 0,
    start: talk.start,
    end: talk.end,
    summary: talk.title,
    description: blocks.join('\n\n'),
    ...(url ? { url } : {}),
    ...(location ? { location } : {}),
    ...(talk.status === 'cancelled' ? { cancelled: true } : {}),
  }
}

/** A talk's event from the schedule, with its abstract when its details file is at hand. */
export function scheduledTalkEvent(
  model: ScheduleModel,
  talk: TalkSummary,
  options: { details?: DetailsChunk; siteUrl?: string | null },
): CalendarEvent {
  const texts = options.details?.talks[talk.id]
  const abstract = plainText(texts?.abstract).trim() || plainText(texts?.description).trim()
  const session = talk.sessionId ? model.sessionById.get(talk.sessionId) : undefined
  const roomName = roomOfTalk(model, talk)?.name
  return talkEvent(talk, {
    conference: model.schedule.conference,
    ...(session ? { session } : {}),
    ...(roomName ? { roomName } : {}),
    authorNames: authorNames(model, talk),
    ...(abstract ? { abstract } : {}),
    siteUrl: options.siteUrl ?? null,
  })
}

/** Google's "add event" link carries everything in the URL, so the description is kept short. */
const GOOGLE_DETAILS_MAX = 1200

export function googleCalendarUrl(event: CalendarEvent): string {
  let details = event.description
  if (details.length > GOOGLE_DETAILS_MAX) {
    // Keep the deep link, which ends the description, and shorten the text before it.
    const tail = event.url && details.endsWith(event.url) ? `\n\n${event.url}` : ''
    const body = tail ? details.slice(0, -event.url!.length).trimEnd() : details
    details = `${body.slice(0, GOOGLE_DETAILS_MAX - tail.length - 1).trimEnd()}…${tail}`
  }
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    // Google's link has no status: a cancelled talk says so in its title rather than look like any other event.
    text: event.cancelled ? `Cancelled: ${event.summary}` : event.summary,
    dates: `${toIcsUtc(event.start)}/${toIcsUtc(event.end)}`,
    details,
  })
  if (event.location) params.set('location', event.location)
  return `https://calendar.google.com/calendar/render?${params}`
}
