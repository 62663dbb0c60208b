import { describe, expect, it } from 'vitest'
import { timelineDay, venueDayBounds } from './conference-day'
import { calendarDate } from './format-time'

const DATES = ['2018-12-03', '2018-12-04', '2018-12-06']

describe('timelineDay', () => {
  it('shows the day asked for, else today, else the first day', () => {
    expect(timelineDay(DATES, '2018-12-06', '2018-12-04')).toBe('2018-12-06')
    expect(timelineDay(DATES, null, '2018-12-04')).toBe('2018-12-04')
    expect(timelineDay(DATES, null, null)).toBe('2018-12-03')
  })

  it('ignores a day the conference does not have, asked for or today', () => {
    expect(timelineDay(DATES, '2019-01-01', '2018-12-04')).toBe('2018-12-04')
    expect(timelineDay(DATES, '', null)).toBe('2018-12-03')
    expect(timelineDay(DATES, null, '2018-12-05')).toBe('2018-12-03')
    expect(timelineDay([], '2018-12-03', '2018-12-03')).toBeUndefined()
  })

  it('runs from its own source, as the day preload script runs it', () => {
    const copy = new Function(`return (${timelineDay.toString()})`)() as typeof timelineDay
    expect(copy(DATES, '2018-12-06', null)).toBe('2018-12-06')
    expect(copy(DATES, null, '2018-12-04')).toBe('2018-12-04')
    expect(copy(DATES, 'nope', 'nope')).toBe('2018-12-03')
  })
})

describe('venueDayBounds', () => {
  /** The bounds are where calendarDate turns to the day and to the next one, to the millisecond. */
  function expectBoundsOf(date: string, timeZone: string) {
    const { start, end } = venueDayBounds(date, timeZone)
    expect(calendarDate(start - 1, timeZone) < date).toBe(true)
    expect(calendarDate(start, timeZone)).toBe(date)
    expect(calendarDate(end - 1, timeZone)).toBe(date)
    expect(calendarDate(end, timeZone) > date).toBe(true)
    return { start, end }
  }

  it('bounds a day by the venue’s midnights', () => {
    const { start, end } = expectBoundsOf('2018-12-04', 'America/Los_Angeles')
    expect(new Date(start).toISOString()).toBe('2018-12-04T08:00:00.000Z')
    expect(new Date(end).toISOString()).toBe('2018-12-05T08:00:00.000Z')
    expectBoundsOf('2018-12-04', 'Pacific/Kiritimati') // UTC+14
    expectBoundsOf('2018-12-04', 'Asia/Kolkata') // a half-hour offset
  })

  it('bounds a day across a change of clocks by the zone’s rules', () => {
    // Pacific time left daylight saving on 4 November 2018: that day was 25 hours long.
    const { start, end } = expectBoundsOf('2018-11-04', 'America/Los_Angeles')
    expect(new Date(start).toISOString()).toBe('2018-11-04T07:00:00.000Z')
    expect((end - start) / 3_600_000).toBe(25)
    // São Paulo's clocks jumped from midnight to 01:00 on 4 November 2018: that day began at 01:00.
    const jump = expectBoundsOf('2018-11-04', 'America/Sao_Paulo')
    expect(new Date(jump.start).toISOString()).toBe('2018-11-04T03:00:00.000Z')
    expect((jump.end - jump.start) / 3_600_000).toBe(23)
  })
})
