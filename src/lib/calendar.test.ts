import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import {
  detailsFilesOf,
  multiSessionDataset as dataset,
  scheduleIndexOf,
} from '../../tests/fixtures/multi-session'
import { scheduleModel } from '../data/schedule-model'
import type { Dataset } from '../data/types'
import {
  buildIcs,
  escapeText,
  foldLine,
  googleCalendarUrl,
  scheduledTalkEvent,
  toIcsUtc,
  writableText,
  type CalendarEvent,
} from './calendar'

const model = scheduleModel(scheduleIndexOf(dataset))
const SITE = 'https://example.org/plenary/'
const NOW = new Date('2026-11-26T10:00:00Z')

function eventOf(talkId: string): CalendarEvent {
  const talk = model.talkById.get(talkId)!
  const details = detailsFilesOf(dataset)[talk.details]!.chunk
  return scheduledTalkEvent(model, talk, { details, siteUrl: SITE })
}

/** Parses with a real iCalendar parser, independent of the generator. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    vevent,
    event: new ICAL.Event(vevent),
  }))
  return { calendar, events }
}

describe('buildIcs', () => {
  const allIds = dataset.talks.map((t) => t.id)
  const ics = buildIcs(allIds.map(eventOf), { now: NOW, reminderMinutes: 10 })

  it('is a VCALENDAR with PRODID, VERSION 2.0 and METHOD PUBLISH', () => {
    const { calendar } = parse(ics)
    expect(calendar.name).toBe('vcalendar')
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Plenary//Conference agenda//EN')
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
  })

  it('writes the Neural ODE talk at 2018-12-04 20:50Z to 21:05Z, in UTC', () => {
    const { events } = parse(ics)
    const node = events.find((e) => e.event.summary === 'Neural Ordinary Differential Equations')!
    expect(node.event.startDate.toJSDate().toISOString()).toBe('2018-12-04T20:50:00.000Z')
    expect(node.event.endDate.toJSDate().toISOString()).toBe('2018-12-04T21:05:00.000Z')
    expect(node.event.startDate.zone.tzid).toBe('UTC')
    expect(ics).toContain('\r\nDTSTART:20181204T205000Z\r\nDTEND:20181204T210500Z\r\n')
  })

  it('gives every talk its event with a UID that is stable and unique per talk', () => {
    const { events } = parse(ics)
    expect(events.map((e) => e.event.summary)).toEqual(dataset.talks.map((t) => t.title))
    const uids = events.map((e) => e.event.uid)
    expect(new Set(uids).size).toBe(uids.length)
    const again = parse(buildIcs(allIds.map(eventOf), { now: new Date() })).events
    expect(again.map((e) => e.event.uid)).toEqual(uids)
  })

  it('stamps DTSTAMP in UTC', () => {
    const { events } = parse(ics)
    const stamp = events[0]!.vevent.getFirstPropertyValue('dtstamp') as ICAL.Time
    expect(stamp.toJSDate().toISOString()).toBe('2026-11-26T10:00:00.000Z')
  })

  it('round-trips commas, semicolons, backslashes and newlines in text', () => {
    const { events } = parse(ics)
    const a2 = events.find((e) => e.event.uid.startsWith('a2@'))!
    expect(a2.event.summary).toBe('Sparse Transformers; Again')
    expect(a2.event.description).toBe(
      [
        'Ada Lovelace, Alan Turing',
        'Fixture Conference · Session A',
        'The abstract of Sparse Transformers; Again.\n\nA second paragraph; with, punctuation\\ and more.',
        'https://example.org/plenary/talks/a2',
      ].join('\n\n'),
    )
    expect(a2.event.location).toBe('Room 220, East')
  })

  it('includes the deep link as URL, and LOCATION only when there is a room', () => {
    const { events } = parse(ics)
    const node = events.find((e) => e.event.summary.startsWith('Neural'))!
    expect(node.vevent.getFirstPropertyValue('url')).toBe(
      'https://example.org/plenary/talks/neural-ordinary-differential-equations',
    )
    expect(node.vevent.hasProperty('location')).toBe(false)
    const b1 = events.find((e) => e.event.uid.startsWith('b1@'))!
    expect(b1.event.location).toBe('Hall C')
  })

  it('adds a display reminder 10 minutes before when asked, and none otherwise', () => {
    const alarm = parse(ics).events[0]!.vevent.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY')
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration
    expect(trigger.toSeconds()).toBe(-600)
    const plain = buildIcs([eventOf('a1')], { now: NOW })
    expect(parse(plain).events[0]!.vevent.getFirstSubcomponent('valarm')).toBeNull()
  })

  it('marks a cancelled talk’s event cancelled, without a reminder', () => {
    const cancelled = { ...model.talkById.get('a1')!, status: 'cancelled' as const }
    const event = scheduledTalkEvent(model, cancelled, { siteUrl: SITE })
    const { events } = parse(buildIcs([event], { now: NOW, reminderMinutes: 10 }))
    expect(events[0]!.vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(events[0]!.vevent.getFirstSubcomponent('valarm')).toBeNull()
    expect(events[0]!.event.uid).toBe(eventOf('a1').uid)
    expect(new URL(googleCalendarUrl(event)).searchParams.get('text')).toBe(
      'Cancelled: Attention Is Enough',
    )
  })

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const encoder = new TextEncoder()
    const lines = ics.split('\r\n').slice(0, -1)
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
    // Long descriptions really were folded.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
  })

  it('keeps non-ASCII text intact across folds', () => {
    const title = 'Ünïcödé Tïtlé ✓ '.repeat(12).trim()
    const event = { ...eventOf('c2'), summary: title }
    const parsed = parse(buildIcs([event], { now: NOW })).events[0]!.event
    expect(parsed.summary).toBe(title)
  })
})

describe('one talk across schedule versions', () => {
  /** The talk's event in the .ics of a version of the dataset: moved, renamed or cancelled since version A. */
  function eventIn(change: (talk: Dataset['talks'][number]) => void) {
    const version = structuredClone(dataset)
    change(version.talks.find((t) => t.id === 'a1')!)
    const changed = scheduleModel(scheduleIndexOf(version))
    const talk = changed.schedule.talks.find((t) => t.title === 'Attention Is Enough')!
    const ics = buildIcs([scheduledTalkEvent(changed, talk, { siteUrl: SITE })], { now: NOW })
    const [{ vevent, event }] = parse(ics).events as [ReturnType<typeof parse>['events'][number]]
    return { event, vevent, talkId: talk.id, sequence: vevent.getFirstPropertyValue('sequence') }
  }

  const versionA = eventIn(() => {})
  const versionB = eventIn((talk) => {
    talk.start = '2018-12-04T09:15:00-08:00'
    talk.revision = 1
  })
  const renamed = eventIn((talk) => {
    talk.formerIds = ['a1', 'a1-second-name']
    talk.id = 'a1-third-name'
    talk.revision = 2
  })
  const cancelled = eventIn((talk) => {
    talk.status = 'cancelled'
    talk.revision = 3
  })

  it('keeps the UID, so a calendar updates its event rather than add a second one', () => {
    expect(versionA.event.uid).toBe('a1@fixture-conf.plenary')
    expect(versionB.event.uid).toBe(versionA.event.uid)
    expect(cancelled.event.uid).toBe(versionA.event.uid)
  })

  it('keeps the UID of the oldest id when the source renamed the talk; the link is the current id', () => {
    expect(renamed.talkId).toBe('a1-third-name')
    expect(renamed.event.uid).toBe(versionA.event.uid)
    expect(renamed.vevent.getFirstPropertyValue('url')).toBe(`${SITE}talks/a1-third-name`)
  })

  it('writes the revision as SEQUENCE, 0 for a talk that never changed, higher after each change', () => {
    expect(versionA.sequence).toBe(0)
    expect(versionB.sequence).toBe(1)
    expect(versionB.event.startDate.toJSDate().toISOString()).not.toBe(
      versionA.event.startDate.toJSDate().toISOString(),
    )
    expect(renamed.sequence).toBe(2)
    expect(cancelled.sequence).toBe(3)
  })

  it('marks the cancelled version CANCELLED', () => {
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(versionB.vevent.hasProperty('status')).toBe(false)
  })
})

/** Every C0 control, DEL and every C1 control, in order. */
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, code) => code),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
]
  .map((code) => String.fromCharCode(code))
  .join('')
/** A high surrogate with no low one after it, a low one with no high one before it, and a proper pair (😀). */
const LONE_SURROGATES = 'a\uD83Db\uDE00c\uD83D\uDE00d\uDBFF'

describe('characters a calendar file cannot carry', () => {
  const event: CalendarEvent = {
    ...eventOf('a1'),
    uid: `a1\u0000\r\n@fixture.plenary`,
    summary: `Bell\u0007 ${CONTROLS} and ${LONE_SURROGATES}\u0085end`,
    description: `Line one\u001b[31m\r\nLine two\u007f\u0000\n\tindented${LONE_SURROGATES}`,
    location: 'Room\u0008 1\u009f',
    url: `${SITE}talks/a1\u0000\n`,
  }
  const ics = buildIcs([event], {
    now: NOW,
    reminderMinutes: 5,
    calendarName: `My\u0007 agenda\uDC00`,
  })

  it('writes none of them, only CRLF line ends, and well-formed UTF-16 for a UTF-8 file', () => {
    // Tab is allowed in TEXT (RFC 5545 3.3.11: WSP); nothing else below U+0020 but the CRLF that ends a line.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(ics.replace(/\r\n/g, '').replace(/\t/g, '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/)
    expect(ics).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    )
    expect(ics).not.toContain('\uFFFD')
    expect(ics).toContain('😀')
  })

  it('keeps everything else, read back by a real parser', () => {
    const { calendar, events } = parse(ics)
    const [{ vevent, event: parsed }] = events as [(typeof events)[number]]
    // Of the controls, tab stays and LF and CR are line breaks, which TEXT carries escaped.
    expect(parsed.summary).toBe('Bell \t\n\n and abc😀dend')
    expect(parsed.description).toBe('Line one[31m\nLine two\n\tindentedabc😀d')
    expect(parsed.location).toBe('Room 1')
    expect(parsed.uid).toBe('a1@fixture.plenary')
    expect(vevent.getFirstPropertyValue('url')).toBe(`${SITE}talks/a1`)
    expect(vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe(
      parsed.summary,
    )
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('My agenda')
  })

  it('are left out, line breaks kept for TEXT to escape', () => {
    expect(writableText(`a\u0000b\r\nc\u0085d\te${LONE_SURROGATES}`)).toBe('ab\r\ncd\teabc😀d')
    expect(escapeText('a\u0007\r\nb\u009b')).toBe('a\\nb')
  })
})

describe('text helpers', () => {
  it('escapes TEXT values as RFC 5545 says', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf')
  })

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    const encoder = new TextEncoder()
    for (const part of parts) expect(encoder.encode(part).length).toBeLessThanOrEqual(75)
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true)
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
    expect(folded).not.toContain('\uFFFD')
  })

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0')
  })

  it('converts any offset to UTC basic format', () => {
    expect(toIcsUtc('2018-12-04T12:50:00-08:00')).toBe('20181204T205000Z')
    expect(() => toIcsUtc('not a date')).toThrow()
  })
})

describe('googleCalendarUrl', () => {
  it('carries the title, UTC dates, details and location', () => {
    const url = new URL(googleCalendarUrl(eventOf('b1')))
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render')
    expect(url.searchParams.get('action')).toBe('TEMPLATE')
    expect(url.searchParams.get('text')).toBe('Graph Nets, Revisited')
    expect(url.searchParams.get('dates')).toBe('20181203T173000Z/20181203T175000Z')
    expect(url.searchParams.get('location')).toBe('Hall C')
    expect(url.searchParams.get('details')).toContain('https://example.org/plenary/talks/b1')
  })

  it('shortens a long description but keeps the deep link', () => {
    const event = { ...eventOf('a1') }
    event.description = `${'word '.repeat(1000)}\n\n${event.url}`
    const details = new URL(googleCalendarUrl(event)).searchParams.get('details')!
    expect(details.length).toBeLessThanOrEqual(1200)
    expect(details.endsWith(`…\n\n${event.url}`)).toBe(true)
  })
})
