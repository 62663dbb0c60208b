/**
 * What the app notices when a new version of the schedule arrives: the shapes shared by the comparison
 * (compare-schedules.ts), the record kept in this browser (changes-record.ts) and the views (/changes, the notice, the
 * agenda's marks).
 */

/** One talk as the comparison sees it: only what an attendee would want to be told about. */
export interface TalkDigest {
  id: string
  title: string
  start: string
  end: string
  /** The room's name as published (a room id may not survive a version); null when the talk has no room. */
  room: string | null
  cancelled: boolean
  formerIds?: string[]
}

/** One schedule version, reduced to what the comparison needs; kept in this browser as the version last seen. */
export interface ScheduleDigest {
  version: string
  talks: TalkDigest[]
}

/** One thing that changed about a talk, with what it was and what it is now. */
export type TalkChange =
  | { kind: 'time'; from: { start: string; end: string }; to: { start: string; end: string } }
  | { kind: 'room'; from: string | null; to: string | null }
  | { kind: 'title'; from: string; to: string }
  | { kind: 'cancelled' }
  /** A cancelled talk is back on. */
  | { kind: 'reinstated' }
  /** Gone from the schedule: its star is kept and shown as "no longer in the schedule". */
  | { kind: 'removed' }
  /** New in the schedule. */
  | { kind: 'added' }
  /** The source renamed the talk: its star and links moved from `from` to the current id. */
  | { kind: 'id'; from: string }

/** A talk and everything that changed about it between two versions. */
export interface ChangedTalk {
  /** The current id; for a removed talk, the id it last had. */
  talkId: string
  /** The current title; for a removed talk, the title it last had. */
  title: string
  changes: TalkChange[]
}

/** What one comparison found, for the record to keep. */
export interface FoundChanges {
  fromVersion: string
  toVersion: string
  /** When this browser noticed, epoch milliseconds. */
  noticedAt: number
  /** Changes to talks the attendee had starred, in schedule order. */
  starred: ChangedTalk[]
  /** Changes to every other talk, in schedule order. */
  others: ChangedTalk[]
}
