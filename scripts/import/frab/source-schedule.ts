/**
 * A frab-style schedule as read from either of its formats (frab XML, the frab/pretalx schedule JSON), before any
 * rule of ours is applied: strings as published, empty ones absent. The readers only find the fields; one builder
 * (build-schedule-dataset.ts) turns both into the dataset, so every rule lives in one place.
 *
 * `at(field)` names where a field is in the file, for error messages: "line 6291: <event id=8376> <duration>" in XML,
 * "schedule.conference.days[1].rooms.Saal 1[3].duration" in JSON.
 */
export type Locate = (field?: string) => string

export interface SourceSchedule {
  format: 'frab XML' | 'schedule JSON'
  /** How abstracts, descriptions and biographies are marked up; undefined lets the converter detect it. */
  textFormat?: 'html' | 'markdown'
  /** Relative links and avatars are resolved against this (the schedule's `base_url`). */
  baseUrl?: string
  /** The file's `version` (frab) or `generated` stamp, as published. */
  version?: string
  conference: SourceConference
  /** In the order the source gives them. */
  rooms: SourceRoom[]
  days: SourceDay[]
}

export interface SourceConference {
  at: Locate
  acronym?: string
  title?: string
  subtitle?: string
  venue?: string
  city?: string
  url?: string
  timeZone?: string
  language?: string
  /** Wall time a conference day starts at ("09:00"): earlier start times belong to the next calendar date. */
  dayChange?: string
}

export interface SourceRoom {
  at: Locate
  name: string
  slug?: string
  description?: string
  capacity?: number
}

export interface SourceDay {
  at: Locate
  date?: string
  /** The day's start, an ISO instant or a wall time; overrides the conference's day change. */
  start?: string
  events: SourceEvent[]
}

export interface SourceEvent {
  at: Locate
  /** The room it is listed under (frab XML `<room name>`, the JSON day's room key). */
  listedRoom?: string
  id?: string
  guid?: string
  slug?: string
  date?: string
  start?: string
  duration?: string
  end?: string
  room?: string
  title?: string
  subtitle?: string
  track?: string
  type?: string
  language?: string
  abstract?: string
  description?: string
  url?: string
  feedbackUrl?: string
  status?: string
  persons: SourcePerson[]
  /** `<links>` then `<attachments>`, in that order. */
  links: SourceLink[]
}

export interface SourcePersonDetails {
  name?: string
  slug?: string
  biography?: string
  extendedBiography?: string
  avatar?: string
  affiliation?: string
}

/** A person as an event lists them. `key` is the source's identity for the person ("id:1328", "code:SCD9VJ"). */
export interface SourcePerson extends SourcePersonDetails {
  at: Locate
  key: string
  /** Ids to try in order: the first one no other person of the file also wants is taken. */
  idCandidates: string[]
}

export interface SourceLink {
  url: string
  title?: string
  /** The type the source declares (an attachment's `type="slides"`, a JSON reference's `type`). */
  declaredType?: string
  kind: 'link' | 'attachment'
}
