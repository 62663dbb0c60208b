import { describe, expect, it } from 'vitest'
import { buildScheduleDataset } from './build-schedule-dataset'
import { readFrabXml } from './read-frab-xml'
import { parseJsonText, readScheduleJson } from './read-schedule-json'

/** A one-event frab XML schedule; `event` replaces the event's fields, `zone` the conference's zone element. */
function frab(event: string, { zone = '<time_zone_name>Europe/Brussels</time_zone_name>' } = {}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference>
    <acronym>broken</acronym>
    <title>Broken</title>
    ${zone}
  </conference>
  <day index="1" date="2026-01-31">
    <room name="Janson">
${event}
    </room>
  </day>
</schedule>
`
}

const GOOD_EVENT = `      <event id="1" guid="00000000-0000-5000-8000-000000000001">
        <date>2026-01-31T09:30:00+01:00</date>
        <duration>00:20</duration>
        <room>Janson</room>
        <slug>A1-first</slug>
        <title>First</title>
      </event>`

function importXml(xml: string, options = {}) {
  return buildScheduleDataset(readFrabXml(xml), options)
}

/** The line of the first occurrence of `needle`, counted the way an editor does. */
function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from)
  if (index < 0) throw new Error(`no ${needle}`)
  return text.slice(0, index).split('\n').length
}

describe('a well-formed one-event schedule imports (the cases below break it one way each)', () => {
  it('imports', () => {
    expect(importXml(frab(GOOD_EVENT)).dataset.talks.map((t) => t.id)).toEqual(['a1-first'])
  })
})

describe('broken frab XML fails with the line and what was expected', () => {
  it('a root element other than <schedule>', () => {
    expect(() => importXml('<?xml version="1.0"?>\n<conference></conference>\n')).toThrow(
      'line 2: the root element is <conference>, expected <schedule> (frab XML)',
    )
  })

  it('malformed XML', () => {
    const xml = frab(GOOD_EVENT.replace('</title>', '</titel>'))
    expect(() => importXml(xml)).toThrow(
      new RegExp(`^line ${lineOf(xml, '</titel>')}, column \\d+: malformed XML: `),
    )
  })

  const cases: [string, (event: string) => string, string, string][] = [
    [
      'a missing title',
      (e) => e.replace('<title>First</title>', ''),
      '<event id="1"',
      '<event id=1> <title>: no title: required',
    ],
    [
      'an empty title',
      (e) => e.replace('<title>First</title>', '<title> </title>'),
      '<title> </title>',
      '<event id=1> <title>: no title: required',
    ],
    [
      'no date and no start',
      (e) => e.replace(/<date>.*<\/date>/, ''),
      '<event id="1"',
      '<event id=1>: no date or start: required',
    ],
    [
      'an invalid instant',
      (e) => e.replace('2026-01-31T09:30:00+01:00', '2026-01-31 09:30'),
      '<date>',
      '<event id=1> <date>: date "2026-01-31 09:30" is not an ISO 8601 instant with offset, like 2026-01-31T09:30:00+01:00',
    ],
    [
      'an invalid start time',
      (e) => e.replace(/<date>.*<\/date>/, '<start>25:00</start>'),
      '<start>',
      '<event id=1> <start>: start "25:00" is not a time like 09:30',
    ],
    [
      'an invalid duration',
      (e) => e.replace('00:20', 'xx'),
      '<duration>',
      '<event id=1> <duration>: duration "xx" is not a duration (hh:mm or hh:mm:ss)',
    ],
    [
      'no duration',
      (e) => e.replace('<duration>00:20</duration>', ''),
      '<event id="1"',
      '<event id=1>: no duration (or end): required',
    ],
  ]
  it.each(cases)('%s', (_, breakIt, lineNeedle, message) => {
    const xml = frab(breakIt(GOOD_EVENT))
    expect(() => importXml(xml)).toThrow(`line ${lineOf(xml, lineNeedle)}: ${message}`)
  })

  it('no room: neither <room> in the event nor a name on the room it is listed in', () => {
    const xml = frab(GOOD_EVENT.replace('<room>Janson</room>', '')).replace(
      '<room name="Janson">',
      '<room>',
    )
    expect(() => importXml(xml)).toThrow(
      `line ${lineOf(xml, '<event id="1"')}: <event id=1> <room>: no room: required`,
    )
  })

  it('two events with the same id', () => {
    const second = GOOD_EVENT.replace('A1-first', 'A2-second').replace(
      '-000000000001',
      '-000000000002',
    )
    const xml = frab(`${GOOD_EVENT}\n${second}`)
    const secondLine = lineOf(xml, '<event id="1"', xml.indexOf('A1-first'))
    expect(() => importXml(xml)).toThrow(
      `line ${secondLine}: <event id=1>: duplicate event id "1": line ${lineOf(xml, '<event id="1"')}: <event id=1> has it too`,
    )
  })

  it('two events with the same slug (after lowercasing)', () => {
    const second = GOOD_EVENT.replace('id="1"', 'id="2"')
      .replace('-000000000001', '-000000000002')
      .replace('A1-first', 'a1_first')
    const xml = frab(`${GOOD_EVENT}\n${second}`)
    expect(() => importXml(xml)).toThrow(
      `line ${lineOf(xml, '<slug>a1_first')}: <event id=2> <slug>: duplicate event slug "a1-first": line ${lineOf(xml, '<event id="1"')}: <event id=1> has it too`,
    )
  })

  it('an unknown time zone in the file, or given as an option', () => {
    const xml = frab(GOOD_EVENT, { zone: '<time_zone_name>Europe/Brussel</time_zone_name>' })
    expect(() => importXml(xml)).toThrow(
      `line ${lineOf(xml, '<time_zone_name>')}: <conference> <time_zone_name>: unknown time zone "Europe/Brussel": expected an IANA zone like Europe/Brussels`,
    )
    expect(() => importXml(frab(GOOD_EVENT), { timeZone: 'Mars/Olympus' })).toThrow(
      '--time-zone: unknown time zone "Mars/Olympus"',
    )
  })

  it('no time zone at all', () => {
    expect(() => importXml(frab(GOOD_EVENT, { zone: '' }))).toThrow(
      "the file names no time zone (no time_zone_name): give the venue's with --time-zone",
    )
  })

  it('a problem only the dataset validator sees is reported at the event it came from', () => {
    const xml = frab(
      GOOD_EVENT.replace(
        '<title>First</title>',
        '<title>First</title><language>not a language!</language>',
      ),
    )
    expect(() => importXml(xml)).toThrow(
      `line ${lineOf(xml, '<language>')}: <event id=1> <language>: language "not a language!" is not a BCP 47 tag`,
    )
  })
})

/** A one-event schedule JSON; `patch` changes the event. */
function scheduleJson(patch: Record<string, unknown> = {}) {
  return {
    schedule: {
      version: '1',
      conference: {
        acronym: 'broken',
        title: 'Broken',
        time_zone_name: 'Europe/Berlin',
        days: [
          { date: '2020-12-27', rooms: {} },
          {
            date: '2020-12-28',
            rooms: {
              'Saal 1': [
                {},
                {},
                {},
                {
                  id: 4,
                  guid: '00000000-0000-5000-8000-000000000004',
                  date: '2020-12-28T11:30:00+01:00',
                  duration: '00:40',
                  room: 'Saal 1',
                  slug: 'ABCDEF',
                  title: 'Fine',
                  persons: [],
                  ...patch,
                },
              ].slice(3),
            },
          },
        ],
      },
    },
  }
}

function importJson(value: unknown) {
  return buildScheduleDataset(readScheduleJson(value))
}

describe('broken schedule JSON fails with the JSON path and what was expected', () => {
  const at = 'schedule.conference.days[1].rooms.Saal 1[0]'

  it('imports when nothing is broken', () => {
    expect(importJson(scheduleJson()).dataset.talks.map((t) => t.id)).toEqual(['abcdef'])
  })

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing title', { title: undefined }, `${at}.title: no title: required`],
    ['no date and no start', { date: undefined }, `${at}: no date or start: required`],
    [
      'an invalid instant',
      { date: '2020-12-28T25:00:00+01:00' },
      `${at}.date: date "2020-12-28T25:00:00+01:00" is not an ISO 8601 instant`,
    ],
    [
      'an invalid duration',
      { duration: '40 min' },
      `${at}.duration: duration "40 min" is not a duration`,
    ],
    ['a missing room', { room: '' }, ''],
    [
      'a person without code, guid or id',
      { persons: [{ public_name: 'Nobody' }] },
      `${at}.persons[0]: "Nobody" has no code, guid or id to know them by`,
    ],
    [
      'a control character in a title (the validator)',
      { title: 'Bell\u0007' },
      `${at} (talks[0].title): expected one line without control characters`,
    ],
  ])('%s', (_, patch, message) => {
    if (message === '') {
      // The room's key names it even when the event's own field is blank: not an error.
      expect(importJson(scheduleJson(patch)).dataset.talks[0]!.roomId).toBe('saal-1')
      return
    }
    expect(() => importJson(scheduleJson(patch))).toThrow(message)
  })

  it('duplicate slugs', () => {
    const value = scheduleJson()
    const events = value.schedule.conference.days[1]!.rooms['Saal 1']!
    events.push({ ...events[0]!, id: 5, guid: '00000000-0000-5000-8000-000000000005' })
    expect(() => importJson(value)).toThrow(
      `${at.replace('[0]', '[1]')}.slug: duplicate event slug "abcdef": ${at} has it too`,
    )
  })

  it('no schedule, or no conference days', () => {
    expect(() => importJson({ conference: {} })).toThrow(
      'schedule: missing: the file has no such field',
    )
    expect(() => importJson({ schedule: { conference: {} } })).toThrow(
      'schedule.conference.days: expected a list of days',
    )
  })

  it('malformed JSON names the line and column', () => {
    expect(() => parseJsonText('{\n  "schedule": {\n    "version": "1",\n  }\n}')).toThrow(
      /^line 4, column 3: malformed JSON: /,
    )
    expect(() => parseJsonText('{\n  "schedule": ')).toThrow(
      /^line 2, column 15: malformed JSON: Unexpected end/,
    )
  })
})
