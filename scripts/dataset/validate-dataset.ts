import * as v from 'valibot'
import { dayOfTalk } from '../../src/data/schedule-model'
import type { Dataset } from '../../src/data/types'
import { datasetSchema } from './dataset-schema'

/**
 * Checks a parsed JSON value against the dataset schema, then its cross references. Used by the importers before
 * they write and by the build before it bundles, so the app can trust the files and skip this on the phone.
 * Returns every problem, each with the JSON path of the field ("talks[3].start: expected ..."), so one run fixes
 * them all.
 */
export function validateDataset(value: unknown): string[] {
  const result = v.safeParse(datasetSchema, value, { abortEarly: false })
  if (!result.success) return result.issues.map(describeIssue)
  return crossReferenceProblems(result.output)
}

/** The dataset, or an error listing its first problems. */
export function assertDataset(value: unknown, source: string): Dataset {
  const problems = validateDataset(value)
  if (problems.length > 0) {
    const more = problems.length > 20 ? `\n  ... and ${problems.length - 20} more` : ''
    throw new Error(
      `${source} is not a valid dataset:\n  ${problems.slice(0, 20).join('\n  ')}${more}`,
    )
  }
  return value as Dataset
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '')
  if (issue.received === 'undefined') return `${path || 'dataset'}: required, but missing`
  // A list is shown as written ("got Array" would not say which value is wrong).
  const received = Array.isArray(issue.input) ? JSON.stringify(issue.input) : issue.received
  return `${path || 'dataset'}: expected ${issue.expected ?? issue.message}, got ${received}`
}

function crossReferenceProblems(dataset: Dataset): string[] {
  const problems: string[] = []
  const fail = (path: string, expected: string) => problems.push(`${path}: expected ${expected}`)

  const dayDates = uniqueIds(
    dataset.days.map((day) => day.date),
    'days',
    'date',
    fail,
  )
  const idsOf = (items: readonly { id: string }[], list: string) =>
    uniqueIds(
      items.map((item) => item.id),
      list,
      'id',
      fail,
    )
  const roomIds = idsOf(dataset.rooms, 'rooms')
  const authorIds = idsOf(dataset.authors, 'authors')
  const sessionIds = idsOf(dataset.sessions, 'sessions')
  const talkIds = idsOf(dataset.talks, 'talks')
  checkFormerIds(dataset, talkIds, fail)

  dataset.sessions.forEach((session, i) => {
    const at = `sessions[${i}]`
    if (!dayDates.has(session.day)) fail(`${at}.day`, `one of the days, got "${session.day}"`)
    if (session.roomId !== undefined && !roomIds.has(session.roomId))
      fail(`${at}.roomId`, `the id of a room, got "${session.roomId}"`)
    checkInterval(session, at, fail)
  })
  dataset.talks.forEach((talk, i) => {
    const at = `talks[${i}]`
    if (talk.sessionId !== undefined && !sessionIds.has(talk.sessionId))
      fail(`${at}.sessionId`, `the id of a session, got "${talk.sessionId}"`)
    if (talk.roomId !== undefined && !roomIds.has(talk.roomId))
      fail(`${at}.roomId`, `the id of a room, got "${talk.roomId}"`)
    talk.authorIds.forEach((authorId, j) => {
      if (!authorIds.has(authorId))
        fail(`${at}.authorIds[${j}]`, `the id of an author, got "${authorId}"`)
    })
    const day = dayOfTalk(talk, dataset)
    if (!dayDates.has(day)) fail(`${at}.day`, `one of the days, but the talk is on ${day}`)
    checkInterval(talk, at, fail)
  })
  return problems
}

type Fail = (path: string, expected: string) => void

/**
 * A former id is where an old link or star leads: it must lead to one talk only, so it can be neither a current
 * talk's id nor another talk's former id.
 */
function checkFormerIds(dataset: Dataset, talkIds: Set<string>, fail: Fail) {
  const formerOwner = new Map<string, number>()
  dataset.talks.forEach((talk, i) => {
    talk.formerIds?.forEach((formerId, j) => {
      const at = `talks[${i}].formerIds[${j}]`
      if (talkIds.has(formerId)) {
        const owner = dataset.talks.findIndex((t) => t.id === formerId)
        fail(at, `an id no current talk has, "${formerId}" is the id of talks[${owner}]`)
      }
      const earlier = formerOwner.get(formerId)
      if (earlier !== undefined && earlier !== i)
        fail(
          at,
          `a former id of one talk only, "${formerId}" is also one of talks[${earlier}] ("${dataset.talks[earlier]!.id}")`,
        )
      formerOwner.set(formerId, earlier ?? i)
    })
  })
}

function uniqueIds(ids: string[], list: string, field: string, fail: Fail): Set<string> {
  const seen = new Set<string>()
  ids.forEach((id, i) => {
    if (seen.has(id)) fail(`${list}[${i}].${field}`, `a unique ${field}, "${id}" is used twice`)
    seen.add(id)
  })
  return seen
}

function checkInterval(item: { start: string; end: string }, at: string, fail: Fail) {
  if (Date.parse(item.end) <= Date.parse(item.start))
    fail(`${at}.end`, `an instant after start (${item.start}), got ${item.end}`)
}
