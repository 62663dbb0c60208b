import { describe, expect, it } from 'vitest'
import { multiSessionDataset, scheduleIndexOf } from '../../tests/fixtures/multi-session'
import { conferenceDays, indexFileOfDay, outlineOf } from './dataset-outline'
import { dayIndex } from './day-index'

const schedule = scheduleIndexOf(multiSessionDataset)

describe('dayIndex', () => {
  it('keeps one day’s sessions, their talks and only those talks’ authors', () => {
    const dates = conferenceDays(schedule)
    expect(dates).toEqual(['2018-12-03', '2018-12-04'])
    for (const date of dates) {
      const day = dayIndex(schedule, date)
      expect(day.sessions.length).toBeGreaterThan(0)
      expect(day.sessions.every((s) => s.day === date)).toBe(true)
      const ids = new Set(day.sessions.map((s) => s.id))
      expect(day.talks).toEqual(schedule.talks.filter((t) => t.sessionId && ids.has(t.sessionId)))
      expect(new Set(day.authors.map((a) => a.id))).toEqual(
        new Set(day.talks.flatMap((t) => t.authorIds)),
      )
      expect(day.conference).toEqual(schedule.conference)
    }
    // Together the days are the whole schedule.
    const talkCount = dates.reduce((sum, date) => sum + dayIndex(schedule, date).talks.length, 0)
    expect(talkCount).toBe(schedule.talks.length)
  })
})

describe('outlineOf', () => {
  it('points each day at its own file when there are several', () => {
    const outline = outlineOf(schedule, 'data/schedule.1.json', (date) => `data/days/${date}.json`)
    expect(outline.days).toEqual([
      { date: '2018-12-03', file: 'data/days/2018-12-03.json' },
      { date: '2018-12-04', file: 'data/days/2018-12-04.json' },
    ])
    expect(outline.onlySessionTitle).toBeNull()
    expect(indexFileOfDay(outline, '2018-12-04')).toBe('data/days/2018-12-04.json')
    expect(indexFileOfDay(outline, '2019-01-01')).toBe('data/schedule.1.json')
    expect(indexFileOfDay(outline, undefined)).toBe('data/schedule.1.json')
  })

  it('uses the schedule itself for a one-day dataset, and names its only session', () => {
    const oneSession = {
      ...schedule,
      sessions: schedule.sessions.slice(0, 1),
      days: [{ date: schedule.sessions[0]!.day }],
      talks: schedule.talks.filter((t) => t.sessionId === schedule.sessions[0]!.id),
    }
    const outline = outlineOf(oneSession, 'data/schedule.1.json', () => {
      throw new Error('no day files for one day')
    })
    expect(outline.days).toEqual([
      { date: oneSession.sessions[0]!.day, file: 'data/schedule.1.json' },
    ])
    expect(outline.onlySessionTitle).toBe(oneSession.sessions[0]!.title)
  })
})
