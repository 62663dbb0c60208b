/**
 * The conference dataset, shared by the importer, the build and the app.
 *
 * Instants are ISO 8601 strings with the venue's offset ("2018-12-04T12:30:00-08:00"); the conference's IANA zone
 * says how to show them. Nothing here is specific to one session page: a whole conference uses the same shape.
 */

export const SCHEMA_VERSION = 1 as const

/** Every kind a talk can be: the validator and the URL's `kind` filter both check against this list. */
export const TALK_KINDS = [
  'oral',
  'spotlight',
  'poster',
  'keynote',
  'invited',
  'tutorial',
  'other',
] as const

export type TalkKind = (typeof TALK_KINDS)[number]

export interface Conference {
  id: string
  name: string
  /** IANA zone of the venue, e.g. "America/Los_Angeles". */
  timeZone: string
  url?: string
}

export interface ConferenceDay {
  /** The venue-local calendar date, "2018-12-04"; also the day's id. */
  date: string
}

export interface Session {
  id: string
  title: string
  /** The venue-local date of the day the session belongs to. */
  day: string
  track?: string
  room?: string
  start: string
  end: string
}

export interface Author {
  id: string
  name: string
}

export interface TalkLinks {
  paper?: string
  code?: string
  poster?: string
  video?: string
}

/** Everything about a talk that the schedule needs: all but the abstract. */
export interface TalkSummary {
  /** Stable id, also the URL: /talks/<id>. */
  id: string
  sessionId: string
  kind: TalkKind
  title: string
  /** In the order printed. */
  authorIds: string[]
  start: string
  end: string
  room?: string
  links?: TalkLinks
}

export interface Talk extends TalkSummary {
  /** Paragraphs, in order. */
  abstract: string[]
}

/** The whole dataset as the importer writes it. */
export interface Dataset {
  schemaVersion: typeof SCHEMA_VERSION
  /** Changes whenever the content does (the importer derives it from the content). */
  version: string
  /** The date the source was captured, "2026-11-26". */
  asOf: string
  conference: Conference
  days: ConferenceDay[]
  sessions: Session[]
  talks: Talk[]
  authors: Author[]
}

/**
 * What the app loads first: the dataset without abstracts. Abstracts live in one file per session, so a talk page
 * fetches a few kilobytes, not the whole conference.
 */
export interface ScheduleSession extends Session {
  /** Path of this session's abstracts file, relative to the app's base URL. */
  abstractsFile: string
}

export interface ScheduleIndex extends Omit<Dataset, 'talks' | 'sessions'> {
  sessions: ScheduleSession[]
  talks: TalkSummary[]
}

/** One session's abstracts file: talk id -> paragraphs. */
export type AbstractsChunk = Record<string, string[]>
