import type { AddResult } from '../../lib/stars/stars'
import { MAX_STARS } from '../../lib/stars/star-bounds'

/** "1 talk", "10,000 talks". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`
}

export interface AddReport {
  result: AddResult
  /** Ids that were starred before. */
  already: number
  /** Ids the schedule does not know: skipped. */
  unknown: number
  /** Entries that could not be read at all: skipped. */
  unreadable?: number
}

/**
 * What a bulk add (a restore, a shared link, a set-aside copy) did, exactly: added, already there, skipped and why.
 * An error when storage refused it: then nothing was added.
 */
export function addMessage(verb: 'Restored' | 'Added', report: AddReport): string {
  const { result, already, unknown, unreadable = 0 } = report
  if (!result.saved)
    return `Nothing was ${verb.toLowerCase()}: this browser’s storage is full. Your agenda is as it was; free some space (or download a backup) and try again.`
  const parts = [
    `${verb} ${count(result.added, 'talk')}${verb === 'Added' ? ' to your agenda' : ''}`,
  ]
  if (already > 0)
    parts.push(
      `${already.toLocaleString('en-US')} ${already === 1 ? 'was' : 'were'} already starred`,
    )
  const skipped: string[] = []
  if (unknown > 0) skipped.push(`${count(unknown, 'talk')} not in this schedule`)
  if (unreadable > 0)
    skipped.push(`${count(unreadable, 'entry', 'entries')} that could not be read`)
  if (result.overLimit > 0)
    skipped.push(
      `${count(result.overLimit, 'talk')} over the limit of ${MAX_STARS.toLocaleString('en-US')} stars`,
    )
  const head = parts.join('; ')
  return skipped.length > 0 ? `${head}. Skipped ${skipped.join(', ')}.` : `${head}.`
}
