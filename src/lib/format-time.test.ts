import { describe, expect, it } from 'vitest'
import {
  calendarDate,
  dayShift,
  formatDayShift,
  formatDuration,
  formatTimeRange,
  sameWallTime,
  zoneName,
} from './format-time'

const LA = 'America/Los_Angeles'
// Intl's spacing varies with the ICU version ("1:05 PM" or "1:05\u202fPM"); compare with plain spaces.
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ')

describe('format-time', () => {
  it('shows a range in the conference zone with its label', () => {
    expect(
      plain(formatTimeRange('2018-12-04T12:50:00-08:00', '2018-12-04T13:05:00-08:00', LA, 'en-US')),
    ).toBe('12:50 – 1:05 PM PST')
  })

  it('uses the locale’s own hour format', () => {
    expect(
      plain(
        formatTimeRange(
          '2018-12-04T12:50:00-08:00',
          '2018-12-04T13:05:00-08:00',
          'Europe/Berlin',
          'de-DE',
        ),
      ),
    ).toMatch(/^21:50\s?–\s?22:05( Uhr)? MEZ$/)
  })

  it('keeps a range that crosses midnight short', () => {
    const text = plain(
      formatTimeRange(
        '2018-12-04T12:50:00-08:00',
        '2018-12-04T13:05:00-08:00',
        'Asia/Kolkata',
        'en-US',
      ),
    )
    expect(text).toBe('2:20 – 2:35 AM GMT+5:30')
    const across = plain(
      formatTimeRange('2018-12-04T23:50:00-08:00', '2018-12-05T00:05:00-08:00', LA, 'en-US'),
    )
    expect(across).toBe('11:50 PM – 12:05 AM PST')
  })

  it('tells the calendar day an instant falls on in a zone, and how far it is from the conference day', () => {
    const start = '2018-12-04T12:50:00-08:00'
    expect(calendarDate(start, LA)).toBe('2018-12-04')
    expect(calendarDate(start, 'Asia/Tokyo')).toBe('2018-12-05')
    expect(dayShift(start, LA, 'Asia/Tokyo')).toBe(1)
    expect(dayShift('2018-12-04T09:00:00+09:00', 'Asia/Tokyo', LA)).toBe(-1)
    expect(dayShift(start, LA, 'Europe/Berlin')).toBe(0)
    expect(formatDayShift(1)).toBe('+1 day')
    expect(formatDayShift(-1)).toBe('\u22121 day')
    expect(formatDayShift(2)).toBe('+2 days')
    expect(formatDayShift(0)).toBe('')
  })

  it('knows zones that read the same', () => {
    expect(sameWallTime('2018-12-04T12:50:00-08:00', LA, 'America/Vancouver')).toBe(true)
    expect(sameWallTime('2018-12-04T12:50:00-08:00', LA, 'America/Denver')).toBe(false)
  })

  it('names zones in the locale’s words, as of the instant', () => {
    expect(zoneName('2018-12-04T12:50:00-08:00', LA, 'en-US')).toBe('PST')
    expect(zoneName('2018-07-04T12:50:00-07:00', LA, 'en-US')).toBe('PDT')
  })

  it('writes durations', () => {
    expect(formatDuration(5)).toBe('5 min')
    expect(formatDuration(60)).toBe('1 h')
    expect(formatDuration(90)).toBe('1 h 30 min')
    expect(formatDuration(95)).toBe('1 h 35 min')
  })
})
