import { describe, expect, it } from 'vitest'
import { multiSessionDataset, scheduleIndexOf } from '../../../tests/fixtures/multi-session'
import { scheduleModel } from '../../data/schedule-model'
import { buildAgenda } from './agenda-model'

const model = scheduleModel(scheduleIndexOf(multiSessionDataset))

describe('buildAgenda', () => {
  it('groups by the session day and orders by start', () => {
    const agenda = buildAgenda(model, ['c2', 'a3', 'neural-ordinary-differential-equations', 'a1'])
    expect(agenda.days.map((d) => [d.date, d.items.map((i) => i.talk.id)])).toEqual([
      ['2018-12-03', ['a1', 'a3']],
      ['2018-12-04', ['neural-ordinary-differential-equations', 'c2']],
    ])
    expect(agenda.talkCount).toBe(4)
  })

  it('measures the free time since everything earlier that day ended', () => {
    const [day] = buildAgenda(model, ['a1', 'a2', 'b1', 'a3']).days
    expect(day!.items.map((i) => i.gapBeforeMinutes)).toEqual([0, 0, 0, 50])
  })

  it('flags overlaps both ways, but not talks that are merely back to back', () => {
    const agenda = buildAgenda(model, ['a1', 'a2', 'b1'])
    const clashes = Object.fromEntries(
      agenda.days[0]!.items.map((i) => [i.talk.id, i.clashesWith.map((t) => t.id)]),
    )
    expect(clashes).toEqual({ a1: [], a2: ['b1'], b1: ['a2'] })
    expect(agenda.clashCount).toBe(1)
  })

  it('counts every overlapping pair when several talks overlap', () => {
    const talks = [
      { id: 'x', start: '2018-12-03T09:00:00-08:00', end: '2018-12-03T10:00:00-08:00' },
      { id: 'y', start: '2018-12-03T09:10:00-08:00', end: '2018-12-03T09:20:00-08:00' },
      { id: 'z', start: '2018-12-03T09:15:00-08:00', end: '2018-12-03T09:30:00-08:00' },
    ].map((t) => ({ ...multiSessionDataset.talks[0]!, ...t, title: t.id }))
    const local = scheduleModel(scheduleIndexOf({ ...multiSessionDataset, talks }))
    const agenda = buildAgenda(local, ['x', 'y', 'z'])
    expect(agenda.clashCount).toBe(3)
    expect(agenda.days[0]!.items.map((i) => i.clashesWith.map((t) => t.id))).toEqual([
      ['y', 'z'],
      ['x', 'z'],
      ['x', 'y'],
    ])
  })

  it('puts a talk whose session is unknown under its date at the venue, not in UTC', () => {
    // 23:30 in Los Angeles on the 3rd is already the 4th in UTC.
    const late = {
      ...multiSessionDataset.talks[0]!,
      id: 'late',
      sessionId: 'no-such-session',
      start: '2018-12-03T23:30:00-08:00',
      end: '2018-12-03T23:45:00-08:00',
    }
    const local = scheduleModel(scheduleIndexOf({ ...multiSessionDataset, talks: [late] }))
    expect(buildAgenda(local, ['late']).days.map((d) => d.date)).toEqual(['2018-12-03'])
  })

  it('keeps unknown ids apart, once each', () => {
    const agenda = buildAgenda(model, ['gone', 'a1', 'gone', 'also-gone'])
    expect(agenda.missingIds).toEqual(['gone', 'also-gone'])
    expect(agenda.talkCount).toBe(1)
  })

  it('is empty for no ids', () => {
    expect(buildAgenda(model, [])).toEqual({
      days: [],
      missingIds: [],
      talkCount: 0,
      clashCount: 0,
    })
  })
})
