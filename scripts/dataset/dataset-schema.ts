import * as v from 'valibot'
import type { Block, Inline } from '../../src/data/rich-text'
import {
  LINK_TYPES,
  SCHEMA_VERSION,
  TALK_KINDS,
  TALK_STATUSES,
  type Dataset,
} from '../../src/data/types'

/**
 * The dataset's schema, field by field, for valibot. It runs in the importers and the build only (Node), never in
 * the app: the app loads files this has already checked. Cross references (ids that must exist, unique ids, an end
 * after its start) are checked after it, in validate-dataset.ts.
 */

// No control characters (C0 but tab and newline, DEL, C1), no unpaired surrogates (with the u flag a range of
// surrogates matches only a lone one) and no noncharacters: a calendar file or a page title carrying one is broken,
// and no schedule means one.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u
const LINE_BREAK = /[\n\t\u2028\u2029]/u

/** One line of text, trimmed and not empty: names and titles. */
const line = v.pipe(
  v.string(),
  v.check((s) => s.trim() !== '' && s === s.trim(), 'a non-empty trimmed string'),
  v.check((s) => !CONTROL.test(s) && !LINE_BREAK.test(s), 'one line without control characters'),
)

/** Free text that may hold line breaks (a room's description). */
const text = v.pipe(
  v.string(),
  v.check((s) => !CONTROL.test(s), 'text without control characters'),
)

// A URL path segment: letters of any script in lower case and digits, joined by single '-'. No ',' (share links
// join ids with it) and nothing that needs escaping but non-Latin letters, so a CJK id stays readable.
const ID = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}\p{M}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{N}\p{M}]+)*$/u
const id = v.pipe(v.string(), v.regex(ID, 'a lowercase id of letters and digits joined by -'))
export function isId(value: string): boolean {
  return ID.test(value)
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const date = v.pipe(
  v.string(),
  v.check(
    (s) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'a date like 2018-12-04',
  ),
)

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value))
}
const instant = v.pipe(
  v.string(),
  v.check((s) => isInstant(s), 'an ISO 8601 instant with offset, like 2018-12-04T12:30:00-08:00'),
)

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
const httpUrl = v.pipe(v.string(), v.check(isHttpUrl, 'an absolute http(s) URL'))

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return value !== ''
  } catch {
    return false
  }
}
const timeZone = v.pipe(v.string(), v.check(isTimeZone, 'an IANA time zone'))

const language = v.pipe(
  v.string(),
  v.check((s) => {
    try {
      return Intl.getCanonicalLocales(s).length === 1
    } catch {
      return false
    }
  }, 'a BCP 47 language tag like en or zh-Hant'),
)

const inline: v.GenericSchema<Inline> = v.union([
  text,
  v.strictObject({ em: v.array(v.lazy(() => inline)) }),
  v.strictObject({ strong: v.array(v.lazy(() => inline)) }),
  v.strictObject({ code: text }),
  v.strictObject({ link: httpUrl, text: v.array(v.lazy(() => inline)) }),
  v.strictObject({ br: v.literal(true) }),
])
const block: v.GenericSchema<Block> = v.union([
  v.strictObject({ p: v.array(inline) }),
  v.strictObject({ ul: v.array(v.array(v.lazy(() => block))) }),
  v.strictObject({ ol: v.array(v.array(v.lazy(() => block))) }),
  v.strictObject({ pre: text }),
])
const richText = v.array(block)

const conference = v.strictObject({
  id,
  name: line,
  timeZone,
  language,
  subtitle: v.optional(line),
  venue: v.optional(line),
  city: v.optional(line),
  url: v.optional(httpUrl),
})

const room = v.strictObject({
  id,
  name: line,
  description: v.optional(text),
  capacity: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  mapUrl: v.optional(httpUrl),
  streamUrl: v.optional(httpUrl),
})

const session = v.strictObject({
  id,
  title: line,
  day: date,
  track: v.optional(line),
  roomId: v.optional(id),
  start: instant,
  end: instant,
})

const author = v.strictObject({
  id,
  name: line,
  affiliation: v.optional(line),
  avatarUrl: v.optional(httpUrl),
  biography: v.optional(richText),
})

const talkLink = v.strictObject({
  type: v.picklist(LINK_TYPES),
  url: httpUrl,
  title: v.optional(line),
})

const talk = v.strictObject({
  id,
  sessionId: v.optional(id),
  kind: v.picklist(TALK_KINDS),
  type: v.optional(line),
  track: v.optional(line),
  roomId: v.optional(id),
  title: line,
  subtitle: v.optional(line),
  status: v.optional(v.picklist(TALK_STATUSES)),
  revision: v.optional(
    v.pipe(
      v.number(),
      v.check(
        (n) => Number.isInteger(n) && n >= 1,
        'a whole number from 1 (absent when never changed)',
      ),
    ),
  ),
  formerIds: v.optional(
    v.pipe(
      v.array(id),
      v.check(
        (ids) => ids.length > 0,
        'a non-empty list (leave the field out when the talk was never renamed)',
      ),
      v.check((ids) => new Set(ids).size === ids.length, 'ids that are each listed once'),
    ),
  ),
  language: v.optional(language),
  authorIds: v.array(id),
  start: instant,
  end: instant,
  day: v.optional(date),
  links: v.optional(v.array(talkLink)),
  abstract: richText,
  description: v.optional(richText),
})

export const datasetSchema = v.strictObject({
  schemaVersion: v.literal(SCHEMA_VERSION),
  version: line,
  asOf: date,
  conference,
  days: v.array(v.strictObject({ date })),
  rooms: v.array(room),
  sessions: v.array(session),
  talks: v.array(talk),
  authors: v.array(author),
})

// The schema and the hand-written types must describe the same thing: this fails to compile when they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const schemaMatchesTypes: Same<v.InferOutput<typeof datasetSchema>, Dataset> = true
void schemaMatchesTypes
