import type { Conference, ScheduleIndex, TalkSummary } from './types'

/**
 * What the app knows of the dataset before it loads any of it: where each index file is, and the few facts the shell
 * shows on every page. The build computes it (virtual:plenary-dataset); tests derive one from a fixture.
 */
export interface DatasetOutline {
  /** The whole schedule index (every talk without its abstract), relative to the app's base URL. */
  scheduleFile: string
  /** The days with sessions, in order, each with the index file holding that day alone (one day: the schedule). */
  days: { date: string; file: string }[]
  conference: Conference
  /** The date the data was captured, "2026-11-26". */
  asOf: string
  version: string
  /** When the dataset is a single session, its title: the header names it beside the conference. */
  onlySessionTitle: string | null
  /** The source type most talks share ("Talk"): a badge saying it would tell nothing (src/components/badge-rule.ts). */
  commonType: string | null
  /** How many rooms the conference has: the views name a talk's room, and offer the Now page, only with several. */
  roomCount: number
}

export function outlineOf(
  schedule: ScheduleIndex,
  scheduleFile: string,
  dayFile: (date: string) => string,
): DatasetOutline {
  const dates = conferenceDays(schedule)
  return {
    scheduleFile,
    days: dates.map((date) => ({ date, file: dates.length > 1 ? dayFile(date) : scheduleFile })),
    conference: schedule.conference,
    asOf: schedule.asOf,
    version: schedule.version,
    onlySessionTitle: schedule.sessions.length === 1 ? schedule.sessions[0]!.title : null,
    commonType: mostCommonType(schedule.talks),
    roomCount: schedule.rooms.length,
  }
}

/** The index file to load for a day's timeline: that day's own file, else the whole schedule. */
export function indexFileOfDay(
  outline: Pick<DatasetOutline, 'days' | 'scheduleFile'>,
  date: string | undefined,
): string {
  return outline.days.find((day) => day.date === date)?.file ?? outline.scheduleFile
}

/**
 * The conference days, in order ("2018-12-04"): the dataset lists them, and only days with talks. Here rather than in
 * day-index.ts, which only the offline day cut loads (on demand).
 */
export function conferenceDays(schedule: Pick<ScheduleIndex, 'days'>): string[] {
  return schedule.days.map((day) => day.date).sort()
}

/**
 * The source type most of the conference's talks share ("Talk", "devroom"), as published; null when no type leads
 * (a tie, or no types at all). A whole-conference fact: the build computes it once into the outline
 * (`outlineOf`), so a badge (src/components/badge-rule.ts) costs no pass over the talks.
 */
export function mostCommonType(talks: readonly Pick<TalkSummary, 'type'>[]): string | null {
  const counts = new Map<string, { type: string; count: number }>()
  for (const { type } of talks) {
    if (!type?.trim()) continue
    const key = type.trim().toLowerCase()
    const entry = counts.get(key) ?? { type: type.trim(), count: 0 }
    entry.count++
    counts.set(key, entry)
  }
  let best: { type: string; count: number } | null = null
  let tied = false
  for (const entry of counts.values()) {
    if (best === null || entry.count > best.count) {
      best = entry
      tied = false
    } else if (entry.count === best.count) tied = true
  }
  return best && !tied ? best.type : null
}
