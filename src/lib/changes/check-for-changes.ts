/**
 * The check that runs, at idle, when the page's schedule is a version this browser has not seen
 * (change-watch.ts): what changed since the version last seen, told to the record, with the stars of renamed talks
 * moved along. Its own chunk; the app passes in the schedule fetch, the stars and the record, so it stays testable.
 *
 * The steps run in an order that loses nothing: record what changed, move the stars, keep the new digest, and only
 * then mark the version seen. A failure anywhere before the last step leaves the old version seen, so the next page
 * load compares again from the same digest. Because of that retry, `record` may be handed the same comparison twice
 * (same fromVersion and toVersion) and should replace rather than add to it.
 */
import type { FoundChanges } from './change-types'
import { compareSchedules } from './compare-schedules'
import { digestOf } from './schedule-digest'
import {
  keepSeenSchedule,
  keepSeenVersion,
  readSeenSchedule,
  readSeenVersion,
} from './seen-schedule'
import type { ScheduleIndex } from '../../data/types'

export interface CheckForChangesOptions {
  /** The version of the schedule the page was built with (`outline.version`). */
  currentVersion: string
  /** The whole schedule index (`outline.scheduleFile`). */
  loadSchedule: () => Promise<ScheduleIndex>
  starredIds: () => Promise<ReadonlySet<string>>
  /** Keeps what was found; false when storage refused it. */
  record: (found: FoundChanges) => boolean
  /** Moves stars from the previous id to the current one; throws (or rejects) when they could not be saved. */
  renameStars: (pairs: [from: string, to: string][]) => Promise<void> | void
  /** Epoch milliseconds. */
  now: () => number
}

/** The step that failed; every step before it is done, none after it. */
export type CheckStep =
  | 'load'
  | 'stars'
  | 'record'
  | 'rename'
  | 'keep-digest'
  | 'keep-version'
  /** Something no step expected (a schedule of the wrong shape, a clock that throws). */
  | 'unexpected'

/** What a check did, for tests and logs. */
export type CheckResult =
  /** Another tab (or an earlier check) saw this version already. */
  | { outcome: 'seen' }
  /** Nothing to compare with: this version's digest is kept, nothing told. */
  | { outcome: 'first-visit' }
  /** Compared: `starred` and `others` count the changed talks recorded (none recorded when both are 0). */
  | { outcome: 'compared'; starred: number; others: number; renamed: number }
  | { outcome: 'failed'; step: CheckStep; error?: string }

/** Two tabs opened on a new version check one after the other, so the second finds it seen and records nothing. */
const LOCK = 'plenary-check-for-changes'

/** Runs the check, one tab at a time where the browser can say so; never throws. */
export async function checkForChanges(options: CheckForChangesOptions): Promise<CheckResult> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!locks) return check(options)
  let result = null as CheckResult | null
  try {
    await locks.request(LOCK, async () => {
      result = await check(options)
    })
  } catch {
    // No lock to be had (an opaque origin): check without one.
  }
  return result ?? check(options)
}

async function check(options: CheckForChangesOptions): Promise<CheckResult> {
  try {
    return await checkSteps(options)
  } catch (error) {
    return { outcome: 'failed', step: 'unexpected', error: String(error) }
  }
}

async function checkSteps(options: CheckForChangesOptions): Promise<CheckResult> {
  const { currentVersion } = options
  if (readSeenVersion() === currentVersion) return { outcome: 'seen' }
  const failed = (step: CheckStep, error?: unknown): CheckResult =>
    error === undefined
      ? { outcome: 'failed', step }
      : { outcome: 'failed', step, error: String(error) }

  let index: ScheduleIndex
  try {
    index = await options.loadSchedule()
  } catch (error) {
    return failed('load', error)
  }
  const digest = digestOf(index)
  await yieldToPage()
  const previous = await readSeenSchedule()
  const keepVersion = () => (keepSeenVersion(currentVersion) ? null : failed('keep-version'))

  if (!previous) {
    if (!(await keepSeenSchedule(digest))) return failed('keep-digest')
    return keepVersion() ?? { outcome: 'first-visit' }
  }

  let starredIds: ReadonlySet<string>
  try {
    starredIds = await options.starredIds()
  } catch (error) {
    return failed('stars', error)
  }
  await yieldToPage()
  const { starred, others, renamed } = compareSchedules(previous, digest, starredIds)

  if (starred.length > 0 || others.length > 0) {
    const found: FoundChanges = {
      fromVersion: previous.version,
      toVersion: digest.version,
      noticedAt: options.now(),
      starred,
      others,
    }
    try {
      if (!options.record(found)) return failed('record')
    } catch (error) {
      return failed('record', error)
    }
  }
  // Only stars that exist move: no need to load or write the star store for talks nobody starred.
  const moves = renamed.filter(([from]) => starredIds.has(from))
  if (moves.length > 0)
    try {
      await options.renameStars(moves)
    } catch (error) {
      return failed('rename', error)
    }
  await yieldToPage()
  if (!(await keepSeenSchedule(digest))) return failed('keep-digest')
  return (
    keepVersion() ?? {
      outcome: 'compared',
      starred: starred.length,
      others: others.length,
      renamed: renamed.length,
    }
  )
}

/**
 * Lets the page handle input between the check's larger steps (digest, reading the digest kept, comparing, writing
 * it), each some milliseconds at 10,000 talks, so they never add up to one long task.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
