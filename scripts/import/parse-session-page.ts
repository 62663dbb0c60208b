import { ImportError } from './import-error'

/**
 * Reads the text of a conference site's session page (as copied from the browser) into its parts, exactly as
 * printed: no corrections, no ids, no dates resolved. Everything else (page chrome) is dropped.
 *
 * The page is a session header followed by talk blocks:
 *
 *   Tue 4 Dec. 12:30 - 12:35 PST      <- time line (no year; the zone as an abbreviation)
 *   Spotlight                         <- kind
 *   Evolved Policy Gradients          <- title
 *   Rein Houthooft · Yuhua Chen       <- authors, separated by " · "
 *   We propose ...                    <- abstract paragraphs, up to the next time line
 */

export interface PrintedLine {
  line: number
  text: string
}

export interface PrintedTime {
  line: number
  weekday: string
  day: number
  month: number
  start: { hour: number; minute: number }
  end: { hour: number; minute: number }
  zoneLabel: string
}

export interface PrintedTalk {
  time: PrintedTime
  kind: PrintedLine
  title: PrintedLine
  authors: PrintedLine
  abstract: PrintedLine[]
}

export interface PrintedSession {
  title: PrintedLine
  talks: PrintedTalk[]
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
export const PRINTED_KINDS = ['Oral', 'Spotlight', 'Poster', 'Keynote', 'Invited Talk', 'Tutorial']

const TIME_LINE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s+([A-Z]{2,5})$/
const LOOKS_LIKE_TIME_LINE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+\d/

/** Lines of the site's own furniture, never data. */
const CHROME = [/^Skip to yearly menu bar\b/, /^Skip to main content$/, /^Chat is not available\.$/]

export function parseSessionPage(text: string): PrintedSession {
  const lines: PrintedLine[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ line: i + 1, text: raw.trim() }))

  const content = lines.filter((l) => !CHROME.some((pattern) => pattern.test(l.text)))
  const sessionMarker = content.findIndex((l) => l.text === 'Session')
  if (sessionMarker < 0)
    throw new ImportError(1, 'session', 'expected a line "Session" before the session title')
  const title = nextNonEmpty(content, sessionMarker + 1)
  if (!title)
    throw new ImportError(
      content[sessionMarker]!.line,
      'session title',
      'expected a title after "Session"',
    )

  const blocks = splitIntoTalkBlocks(content.slice(content.indexOf(title) + 1))
  if (blocks.length === 0)
    throw new ImportError(
      title.line,
      'talks',
      'expected at least one time line like "Tue 4 Dec. 12:30 - 12:35 PST"',
    )
  return { title, talks: blocks.map(parseTalkBlock) }
}

function nextNonEmpty(lines: PrintedLine[], from: number): PrintedLine | undefined {
  return lines.slice(from).find((l) => l.text !== '')
}

function splitIntoTalkBlocks(lines: PrintedLine[]): PrintedLine[][] {
  const blocks: PrintedLine[][] = []
  for (const line of lines) {
    if (LOOKS_LIKE_TIME_LINE.test(line.text)) blocks.push([line])
    else if (blocks.length > 0) blocks.at(-1)!.push(line)
    // Before the first talk: the session's "Abstract:" heading and its text, page furniture of this page.
  }
  return blocks
}

function parseTalkBlock(block: PrintedLine[]): PrintedTalk {
  const [timeLine, ...rest] = block as [PrintedLine, ...PrintedLine[]]
  const time = parseTimeLine(timeLine)
  const filled = rest.filter((l) => l.text !== '')
  const [kind, title, authors] = filled
  const lastLine = block.at(-1)!.line

  if (!kind || !PRINTED_KINDS.includes(kind.text))
    throw new ImportError(
      kind?.line ?? lastLine,
      'kind',
      `expected one of ${PRINTED_KINDS.join(', ')} after the time line, found ${quote(kind)}`,
    )
  if (!title || LOOKS_LIKE_TIME_LINE.test(title.text))
    throw new ImportError(
      title?.line ?? kind.line,
      'title',
      `expected the talk title after "${kind.text}", found ${quote(title)}`,
    )
  if (!authors || !authors.text.split(' · ').every((name) => name.trim() !== ''))
    throw new ImportError(
      authors?.line ?? title.line,
      'authors',
      `expected names separated by " · " after the title, found ${quote(authors)}`,
    )

  const abstract = paragraphs(rest.slice(rest.indexOf(authors) + 1))
  if (abstract.length === 0)
    throw new ImportError(
      authors.line,
      'abstract',
      'expected at least one paragraph after the authors',
    )
  return { time, kind, title, authors, abstract }
}

/** Paragraphs are separated by blank lines; lines within one paragraph are joined with a space. */
function paragraphs(lines: PrintedLine[]): PrintedLine[] {
  const result: PrintedLine[] = []
  let current: PrintedLine | undefined
  for (const line of lines) {
    if (line.text === '') current = undefined
    else if (current) current.text += ` ${line.text}`
    else result.push((current = { ...line }))
  }
  return result
}

function parseTimeLine(line: PrintedLine): PrintedTime {
  const match = TIME_LINE.exec(line.text)
  if (!match)
    throw new ImportError(
      line.line,
      'time',
      `expected a time line like "Tue 4 Dec. 12:30 - 12:35 PST", found "${line.text}"`,
    )
  const [, weekday, day, month, startHour, startMinute, endHour, endMinute, zoneLabel] =
    match as unknown as string[]
  const start = { hour: Number(startHour), minute: Number(startMinute) }
  const end = { hour: Number(endHour), minute: Number(endMinute) }
  for (const t of [start, end])
    if (t.hour > 23 || t.minute > 59)
      throw new ImportError(line.line, 'time', `expected a 24-hour time, found "${line.text}"`)
  return {
    line: line.line,
    weekday: weekday!,
    day: Number(day),
    month: MONTHS.indexOf(month!) + 1,
    start,
    end,
    zoneLabel: zoneLabel!,
  }
}

export function weekdayIndex(label: string): number {
  return WEEKDAYS.indexOf(label)
}

function quote(line: PrintedLine | undefined): string {
  return line ? `"${line.text}"` : 'nothing'
}
