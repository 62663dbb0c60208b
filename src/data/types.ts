/**
 * The conference dataset, shared by the importers, the build and the app.
 *
 * Instants are ISO 8601 strings with the venue's offset ("2018-12-04T12:30:00-08:00"); the conference's IANA zone
 * says how to show them. Nothing here is specific to one source: a session page, a frab XML schedule and a pretalx
 * schedule JSON all become this shape (scripts/import/). The validator (scripts/dataset/dataset-schema.ts) checks
 * every field at import and build time, so the app trusts the files it loads.
 */
import type { RichText } from './rich-text'

export type { RichText } from './rich-text'

export const SCHEMA_VERSION = 2 as const

/**
 * The kinds the app knows how to badge and filter by. A source's own words for an event's type ("Lightning Talk",
 * "devroom") are kept as published in `type`; the importer also maps them onto one of these, or 'other'.
 */
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

export const TALK_STATUSES = ['confirmed', 'cancelled'] as const
export type TalkStatus = (typeof TALK_STATUSES)[number]

/** What a link on a talk points at; the talk page names each link by its type and title. */
export const LINK_TYPES = [
  'paper',
  'slides',
  'video',
  'code',
  'poster',
  'event',
  'feedback',
  'chat',
  'other',
] as const

export type LinkType = (typeof LINK_TYPES)[number]

export interface Conference {
  id: string
  name: string
  /** IANA zone of the venue, e.g. "America/Los_Angeles". */
  timeZone: string
  /** BCP 47 tag of the language most talks are in ("en"): the pages' `lang`. */
  language: string
  subtitle?: string
  venue?: string
  city?: string
  url?: string
}

export interface ConferenceDay {
  /** The venue-local calendar date, "2018-12-04"; also the day's id. */
  date: string
}

/** A room, in the order the source lists its rooms. */
export interface Room {
  id: string
  name: string
  description?: string
  capacity?: number
  /** Where the room is: a map or a venue page. */
  mapUrl?: string
  /** Where to watch it live. */
  streamUrl?: string
}

/** An optional grouping of talks printed as one block, as a session page has. frab and pretalx data has none. */
export interface Session {
  id: string
  title: string
  /** The venue-local date of the day the session belongs to. */
  day: string
  track?: string
  roomId?: string
  start: string
  end: string
}

/** A speaker or author. The id comes from the source (frab person id, pretalx code) or, for a page, the name. */
export interface Author {
  id: string
  name: string
  affiliation?: string
  /** Shown as a link target only: avatars are never fetched at build or test time. */
  avatarUrl?: string
}

/** An author with their biography: what the author's page shows. */
export interface AuthorDetails extends Author {
  biography?: RichText
}

export interface TalkLink {
  type: LinkType
  url: string
  /** As published ("Chat room(web)", "draft slides"); without one, the type names the link. */
  title?: string
}

/** Everything about a talk that the schedule needs: all but the abstract and description. */
export interface TalkSummary {
  /** Stable id, also the URL: /talks/<id>. */
  id: string
  sessionId?: string
  kind: TalkKind
  /** The source's event type as published: "Oral", "Lightning Talk", "devroom". */
  type?: string
  track?: string
  roomId?: string
  title: string
  subtitle?: string
  /** Absent means confirmed. A cancelled talk stays in the schedule and keeps its link. */
  status?: TalkStatus
  /**
   * How many times the importer saw the talk's time, room, title or status change since its first import; absent
   * means never. The calendar export's SEQUENCE, so a calendar app updates the event rather than keeping the old one.
   */
  revision?: number
  /**
   * Ids the talk had in earlier versions, oldest first, when the source renamed it (a new slug): old links and stars
   * follow it to its current id, and its calendar UID stays the oldest id's.
   */
  formerIds?: string[]
  /** BCP 47, only where it differs from the conference's language. */
  language?: string
  /** In the order printed. */
  authorIds: string[]
  start: string
  end: string
  /**
   * The conference day the source lists the talk under, only where that is not the venue's date of its start (a
   * talk after midnight belongs to the evening before). Read it through `dayOfTalk` (src/data/schedule-model.ts).
   */
  day?: string
  links?: TalkLink[]
}

export interface Talk extends TalkSummary {
  /** The short text (frab's and pretalx's `abstract`); empty when the source has none. */
  abstract: RichText
  /** The long text, when the source gives one beside the abstract. */
  description?: RichText
}

/** The whole dataset as the importers write it. */
export interface Dataset {
  schemaVersion: typeof SCHEMA_VERSION
  /** Changes whenever the content does (the importer derives it from the content). */
  version: string
  /** The date the source was captured, "2026-11-26". */
  asOf: string
  conference: Conference
  days: ConferenceDay[]
  rooms: Room[]
  /** Empty when the source groups talks into no sessions. */
  sessions: Session[]
  talks: Talk[]
  authors: AuthorDetails[]
}

/**
 * What the app loads first: the dataset without abstracts, descriptions and biographies. Those live in details
 * files of a few dozen talks each (grouped by session, else by day and room), so a talk page fetches a few
 * kilobytes, not the whole conference.
 */
export interface ScheduleTalk extends TalkSummary {
  /** Index into `ScheduleIndex.detailsFiles` of the file holding this talk's texts and its authors' biographies. */
  details: number
}

export interface ScheduleIndex extends Omit<Dataset, 'talks' | 'authors'> {
  /** Paths of the details files, relative to the app's base URL. */
  detailsFiles: string[]
  talks: ScheduleTalk[]
  authors: Author[]
  /** The whole conference's filter values, also in a day's index file, which holds one day's talks. */
  filterValues: ScheduleFilterValues
}

/**
 * Every value the room, track and type filters can take, over the whole conference, computed once by the build
 * (scripts/build/filter-values.ts): a day's timeline offers every room and track, not only that day's, without
 * loading the other days.
 */
export interface ScheduleFilterValues {
  /** The rooms with talks, in the source's order. */
  rooms: { id: string; name: string }[]
  /** In natural order ("Track 2" before "Track 10"). */
  tracks: string[]
  /** The source's event types, in natural order. */
  types: string[]
  /**
   * For each conference day, the distinct [room, track, type] of its talks, as indexes into the lists above (-1 for
   * none): which days a set of filters has talks on (`daysMatching` in src/lib/schedule-filters.ts).
   */
  byDay: Record<string, [number, number, number][]>
}

/** One details file: the texts of its talks, and the biographies of their authors. */
export interface DetailsChunk {
  talks: Record<string, { abstract: RichText; description?: RichText }>
  biographies: Record<string, RichText>
}
