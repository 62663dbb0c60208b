import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isBlank } from '../../src/data/rich-text'
import { sharedDataFile } from '../../tests/support/shared-data'
import { importScheduleFile } from './import-schedule-file'

/**
 * The importers over real published schedules, kept outside the repo (../shared/data, or PLENARY_SHARED_DATA). The
 * expected numbers are counted here from the raw files with plain regular expressions and JSON, not with the
 * importer's own parsers, so a reader bug cannot agree with itself.
 */
const FOSDEM = sharedDataFile('fosdem-2026-schedule.xml', 'import-real-schedules') ?? ''
const RC3 = sharedDataFile('pretalx-rc3-channels-2020.json', 'import-real-schedules') ?? ''
const present = FOSDEM !== '' && RC3 !== ''
const describeReal = present ? describe : describe.skip

describeReal('FOSDEM 2026 (frab XML)', () => {
  const xml = present ? readFileSync(FOSDEM, 'utf8') : ''
  const { dataset, warnings } = present
    ? importScheduleFile(FOSDEM, { asOf: '2026-01-20' })
    : ({} as ReturnType<typeof importScheduleFile>)
  const events = xml.split(/<event /).slice(1)
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  const matches = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => unescape(m[1]!))

  it('has every event, room, day and track of the source', () => {
    expect(dataset.talks).toHaveLength(883)
    expect(events).toHaveLength(883)
    expect(dataset.rooms).toHaveLength(new Set(matches(xml, /<room name="([^"]*)"/g)).size)
    expect(dataset.rooms).toHaveLength(30)
    expect(dataset.days).toEqual([{ date: '2026-01-31' }, { date: '2026-02-01' }])
    const eventTracks = new Set(events.flatMap((e) => matches(e, /<track slug="[^"]*">([^<]*)</g)))
    expect(new Set(dataset.talks.map((t) => t.track)).size).toBe(eventTracks.size)
    expect(eventTracks.size).toBe(62)
    expect(dataset.sessions).toEqual([])
    expect(dataset.conference).toMatchObject({
      id: 'fosdem-2026',
      name: 'FOSDEM 2026',
      timeZone: 'Europe/Brussels',
      language: 'en',
      venue: 'ULB (Université Libre de Bruxelles)',
      city: 'Brussels',
    })
  })

  it('has the people the events name, with the biographies the source has', () => {
    const referenced = new Set(events.flatMap((e) => matches(e, /<person id="(\d+)">[^<\s]/g)))
    expect(dataset.authors).toHaveLength(referenced.size)
    const rootPersons = xml.slice(xml.indexOf('<persons>'), xml.indexOf('</persons>'))
    const withBiography = rootPersons
      .split(/<person id="/)
      .slice(1)
      .filter((p) => referenced.has(p.slice(0, p.indexOf('"'))))
      .filter((p) => /<(?:extended_)?biography>\s*[^<\s]/.test(p))
    expect(dataset.authors.filter((a) => !isBlank(a.biography))).toHaveLength(withBiography.length)
    const noSpeakers = events.filter((e) => /<persons>\s*<\/persons>|<persons\/>/.test(e))
    expect(noSpeakers).toHaveLength(6)
    expect(dataset.talks.filter((t) => t.authorIds.length === 0)).toHaveLength(6)
  })

  it('keeps every distinct http(s) link of each event: url, links, attachments, feedback', () => {
    const expected = events.reduce((sum, e) => {
      const urls = [
        ...matches(e, /<url>([^<]*)<\/url>/g),
        ...matches(e, /<feedback_url>([^<]*)<\/feedback_url>/g),
        ...matches(e, /<(?:link|attachment)\b[^>]*\shref="([^"]*)"/g),
      ].filter((url) => /^https?:\/\//.test(url))
      return sum + new Set(urls.map((url) => new URL(url).href)).size
    }, 0)
    expect(dataset.talks.reduce((sum, t) => sum + (t.links?.length ?? 0), 0)).toBe(expected)
    expect(warnings).toEqual([])
  })

  it('reads a known talk as published', () => {
    const talk = dataset.talks.find((t) => t.id === '3vnnbk-efficient-git-for-high-stakes')!
    expect(talk).toMatchObject({
      title: 'An Efficient Git Workflow For High-Stakes Projects',
      roomId: 'janson',
      track: 'Main Track',
      type: 'maintrack',
      kind: 'other',
      start: '2026-01-31T13:00:00+01:00',
      end: '2026-01-31T13:50:00+01:00',
    })
    expect(talk.authorIds.map((id) => dataset.authors.find((a) => a.id === id)!.name)).toEqual([
      'Vladislav Shpilevoy',
    ])
    expect(talk.links!.map((l) => l.type)).toEqual(['event', 'code', 'chat', 'chat', 'feedback'])
    expect(dataset.rooms.find((r) => r.id === 'janson')!.name).toBe('Janson')
  })
})

describeReal('rC3 Channels 2020 (pretalx schedule JSON)', () => {
  const source = present ? JSON.parse(readFileSync(RC3, 'utf8')) : {}
  const days: { date: string; rooms: Record<string, { language: string }[]> }[] =
    source.schedule?.conference.days ?? []
  const events = days.flatMap((day) => Object.values(day.rooms).flat())

  it('needs --time-zone: the file names none', () => {
    expect(() => importScheduleFile(RC3)).toThrow(
      "schedule.conference: the file names no time zone (no time_zone_name): give the venue's with --time-zone",
    )
  })

  it('has every event, room and day; languages de and en; the offsets of the file', () => {
    const { dataset } = importScheduleFile(RC3, { timeZone: 'Europe/Berlin' })
    expect(dataset.talks).toHaveLength(48)
    expect(events).toHaveLength(48)
    expect(dataset.rooms).toHaveLength(new Set(days.flatMap((d) => Object.keys(d.rooms))).size)
    expect(dataset.rooms).toHaveLength(5)
    expect(dataset.days.map((d) => d.date)).toEqual(days.map((d) => d.date))
    expect(dataset.days).toHaveLength(4)
    // English is the language of most talks (29 of 48); the German ones say so.
    expect(dataset.conference.language).toBe('en')
    expect(dataset.talks.filter((t) => t.language === 'de')).toHaveLength(
      events.filter((e) => e.language === 'de').length,
    )
    expect(dataset.talks.every((t) => t.start.endsWith('+01:00') && t.end.endsWith('+01:00'))).toBe(
      true,
    )
    expect(dataset.talks[0]).toMatchObject({
      id: 'mja8qy',
      authorIds: ['scd9vj', 'mcqkpv'],
      start: '2020-12-27T11:30:00+01:00',
    })
  })
})
