import { SCHEMA_VERSION, TALK_KINDS } from './types'

/**
 * Checks a parsed JSON value against the Dataset schema and its cross references. Used by the importer before it
 * writes, and by the build before it bundles, so the app itself can trust the file and skip this on its first load.
 * Returns every problem found, each with the path of the field ("talks[3].start: ..."), so one run fixes them all.
 */
export function validateDataset(value: unknown): string[] {
  const problems: string[] = []
  const fail = (path: string, expected: string) => problems.push(`${path}: expected ${expected}`)

  if (!isRecord(value)) return ['dataset: expected an object']
  if (value.schemaVersion !== SCHEMA_VERSION) fail('schemaVersion', String(SCHEMA_VERSION))
  checkString(value, 'version', 'version', fail)
  if (!isDate(value.asOf)) fail('asOf', 'a date like 2018-12-04')

  const conference = value.conference
  if (!isRecord(conference)) fail('conference', 'an object')
  else {
    checkString(conference, 'id', 'conference.id', fail)
    checkString(conference, 'name', 'conference.name', fail)
    if (!isTimeZone(conference.timeZone)) fail('conference.timeZone', 'an IANA time zone')
  }

  const days = arrayAt(value, 'days', fail)
  const dayDates = new Set<string>()
  days.forEach((day, i) => {
    if (!isRecord(day) || !isDate(day.date)) fail(`days[${i}].date`, 'a date like 2018-12-04')
    else dayDates.add(day.date)
  })

  const authors = arrayAt(value, 'authors', fail)
  const authorIds = new Set<string>()
  authors.forEach((author, i) => {
    if (!isRecord(author)) return fail(`authors[${i}]`, 'an object')
    checkId(author.id, `authors[${i}].id`, authorIds, fail)
    checkString(author, 'name', `authors[${i}].name`, fail)
  })

  const sessions = arrayAt(value, 'sessions', fail)
  const sessionIds = new Set<string>()
  sessions.forEach((session, i) => {
    const at = `sessions[${i}]`
    if (!isRecord(session)) return fail(at, 'an object')
    checkId(session.id, `${at}.id`, sessionIds, fail)
    checkString(session, 'title', `${at}.title`, fail)
    if (typeof session.day !== 'string' || !dayDates.has(session.day))
      fail(`${at}.day`, 'one of the days')
    checkInterval(session, at, fail)
  })

  const talks = arrayAt(value, 'talks', fail)
  const talkIds = new Set<string>()
  talks.forEach((talk, i) => {
    const at = `talks[${i}]`
    if (!isRecord(talk)) return fail(at, 'an object')
    checkId(talk.id, `${at}.id`, talkIds, fail)
    if (typeof talk.sessionId !== 'string' || !sessionIds.has(talk.sessionId))
      fail(`${at}.sessionId`, 'the id of a session')
    if (typeof talk.kind !== 'string' || !KINDS.has(talk.kind))
      fail(`${at}.kind`, TALK_KINDS.join(' | '))
    checkString(talk, 'title', `${at}.title`, fail)
    if (
      !Array.isArray(talk.authorIds) ||
      !talk.authorIds.every((id) => authorIds.has(id as string))
    )
      fail(`${at}.authorIds`, 'ids of authors')
    if (
      !Array.isArray(talk.abstract) ||
      !talk.abstract.every((p) => typeof p === 'string' && p.trim() !== '')
    )
      fail(`${at}.abstract`, 'an array of non-empty paragraphs')
    checkInterval(talk, at, fail)
  })
  return problems
}

const KINDS: ReadonlySet<string> = new Set(TALK_KINDS)
// A URL path segment that needs no escaping, as the importer's slugs are.
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/

type Fail = (path: string, expected: string) => void

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  )
}

export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' && INSTANT_PATTERN.test(value) && !Number.isNaN(Date.parse(value))
  )
}

function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return true
  } catch {
    return false
  }
}

function arrayAt(record: Record<string, unknown>, key: string, fail: Fail): unknown[] {
  const value = record[key]
  if (Array.isArray(value)) return value
  fail(key, 'an array')
  return []
}

function checkString(record: Record<string, unknown>, key: string, path: string, fail: Fail) {
  const value = record[key]
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'a non-empty string')
}

function checkId(value: unknown, path: string, seen: Set<string>, fail: Fail) {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) return fail(path, 'a lowercase slug id')
  if (seen.has(value)) return fail(path, `a unique id, "${value}" is used twice`)
  seen.add(value)
}

function checkInterval(record: Record<string, unknown>, at: string, fail: Fail) {
  if (!isInstant(record.start)) fail(`${at}.start`, 'an ISO 8601 instant with offset')
  if (!isInstant(record.end)) fail(`${at}.end`, 'an ISO 8601 instant with offset')
  if (
    isInstant(record.start) &&
    isInstant(record.end) &&
    Date.parse(record.end) <= Date.parse(record.start)
  )
    fail(`${at}.end`, 'an instant after start')
}
