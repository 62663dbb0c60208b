import { paragraphs } from '../../src/data/rich-text'
import {
  SCHEMA_VERSION,
  type AuthorDetails,
  type Dataset,
  type Room,
  type Talk,
  type TalkKind,
} from '../../src/data/types'
import { slugify } from '../../src/lib/slug'
import { toZonedIso, weekdayOf, wallTimeToEpoch } from '../../src/lib/zoned-time'
import { datasetVersion } from '../dataset/dataset-version'
import { ImportError } from './import-error'
import type { PrintedSession, PrintedTime } from './parse-session-page'
import { weekdayIndex } from './parse-session-page'
import { assignTalkIds, recordRevisions, type IdMap } from './id-map'
import { talkState, withHistory } from './talk-history'

export interface ImportOptions {
  conference: { id: string; name: string; url?: string; language?: string }
  /** The page prints no year. */
  year: number
  /** IANA zone of the venue; the page prints only an abbreviation, checked against this zone. */
  timeZone: string
  /** The date the source page was captured. */
  asOf: string
  track?: string
  room?: string
}

const KINDS: Record<string, TalkKind> = {
  Oral: 'oral',
  Spotlight: 'spotlight',
  Poster: 'poster',
  Keynote: 'keynote',
  'Invited Talk': 'invited',
  Tutorial: 'tutorial',
}

/**
 * Turns a parsed (and corrected) session page into the dataset, merged into `existing` when the conference already
 * has other sessions: the session with the same id is replaced, every other one is kept.
 */
export function buildDataset(
  printed: PrintedSession,
  options: ImportOptions,
  idMap: IdMap,
  existing?: Dataset,
): { dataset: Dataset; idMap: IdMap } {
  const sessionId = slugify(printed.title.text)
  const times = printed.talks.map((talk) => resolveTimes(talk.time, options))
  const { ids, idMap: assignedIdMap } = assignTalkIds(
    idMap,
    printed.talks.map((talk, i) => ({
      title: talk.title.text,
      slot: `${sessionId}@${times[i]!.start}`,
    })),
  )

  const room = options.room ? roomNamed(options.room, existing?.rooms ?? []) : undefined
  const authors = new Map<string, AuthorDetails>((existing?.authors ?? []).map((a) => [a.id, a]))
  const drafts: Talk[] = printed.talks.map((talk, i) => {
    const names = talk.authors.text.split(' · ').map((name) => name.trim())
    const authorIds = names.map((name) => {
      const id = slugify(name)
      if (!id)
        throw new ImportError(
          talk.authors.line,
          'authors',
          `"${name}" has no letters or digits to make an id of`,
        )
      authors.set(id, { ...authors.get(id), id, name })
      return id
    })
    return {
      id: ids[i]!,
      sessionId,
      kind: KINDS[talk.kind.text]!,
      type: talk.kind.text,
      ...(options.track ? { track: options.track } : {}),
      ...(room ? { roomId: room.id } : {}),
      title: talk.title.text,
      authorIds,
      abstract: paragraphs(talk.abstract.map((p) => p.text)),
      start: times[i]!.start,
      end: times[i]!.end,
    }
  })

  // A page's ids never change (no former ids), but its talks do: each gets its revision from the id map.
  const rooms = room ? [room] : []
  const { revisions, idMap: nextIdMap } = recordRevisions(
    assignedIdMap,
    drafts.map((talk) => ({ id: talk.id, state: talkState(talk, { rooms, sessions: [] }) })),
  )
  const talks = drafts.map((talk, i) =>
    withHistory(talk, { revision: revisions[i]!, formerIds: [] }),
  )

  const starts = talks.map((t) => t.start).sort(byInstant)
  const ends = talks.map((t) => t.end).sort(byInstant)
  const day = times[0]!.day
  const session = {
    id: sessionId,
    title: printed.title.text,
    day,
    ...(options.track ? { track: options.track } : {}),
    ...(room ? { roomId: room.id } : {}),
    start: starts[0]!,
    end: ends.at(-1)!,
  }

  const keptSessions = (existing?.sessions ?? []).filter((s) => s.id !== sessionId)
  const keptTalks = (existing?.talks ?? []).filter((t) => t.sessionId !== sessionId)
  const allTalks = [...keptTalks, ...talks].sort(
    (a, b) => byInstant(a.start, b.start) || a.id.localeCompare(b.id),
  )
  const usedAuthorIds = new Set(allTalks.flatMap((t) => t.authorIds))
  const sessions = [...keptSessions, session].sort(
    (a, b) => byInstant(a.start, b.start) || a.id.localeCompare(b.id),
  )

  const content = {
    schemaVersion: SCHEMA_VERSION,
    asOf: options.asOf,
    conference: {
      ...options.conference,
      timeZone: options.timeZone,
      language: options.conference.language ?? 'en',
    },
    days: [...new Set(sessions.map((s) => s.day))].sort().map((date) => ({ date })),
    rooms:
      room && !existing?.rooms.some((r) => r.id === room.id)
        ? [...(existing?.rooms ?? []), room]
        : (existing?.rooms ?? []),
    sessions,
    talks: allTalks,
    authors: [...authors.values()]
      .filter((a) => usedAuthorIds.has(a.id))
      .sort((a, b) => a.id.localeCompare(b.id)),
  }
  return { dataset: { ...content, version: datasetVersion(content) }, idMap: nextIdMap }
}

/** The room of that name already in the dataset, or a new one: a page names rooms by their name only. */
function roomNamed(name: string, rooms: readonly Room[]): Room {
  return rooms.find((room) => room.name === name) ?? { id: slugify(name), name }
}

function byInstant(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b)
}

function resolveTimes(time: PrintedTime, options: ImportOptions) {
  const { year, timeZone } = options
  const expectedWeekday = weekdayOf(year, time.month, time.day)
  if (weekdayIndex(time.weekday) !== expectedWeekday)
    throw new ImportError(
      time.line,
      'time',
      `"${time.weekday}" does not match ${year}-${pad(time.month)}-${pad(time.day)}, which is a ${WEEKDAY_NAMES[expectedWeekday]}: check the year`,
    )
  const date = { year, month: time.month, day: time.day }
  const startEpoch = wallTimeToEpoch({ ...date, ...time.start }, timeZone)
  let endEpoch = wallTimeToEpoch({ ...date, ...time.end }, timeZone)
  // "23:50 - 00:05" ends on the next calendar day.
  if (endEpoch <= startEpoch)
    endEpoch = wallTimeToEpoch({ ...date, day: time.day + 1, ...time.end }, timeZone)

  const printedZone = zoneAbbreviation(startEpoch, timeZone)
  if (printedZone !== time.zoneLabel)
    throw new ImportError(
      time.line,
      'time',
      `the page prints "${time.zoneLabel}" but ${timeZone} is ${printedZone} on that date`,
    )

  return {
    day: `${year}-${pad(time.month)}-${pad(time.day)}`,
    start: toZonedIso(startEpoch, timeZone),
    end: toZonedIso(endEpoch, timeZone),
  }
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** "PST", as an en-US reader of the venue's page sees it. */
function zoneAbbreviation(epochMs: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(
    epochMs,
  )
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? ''
}
