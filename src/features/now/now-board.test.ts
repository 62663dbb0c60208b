import { describe, expect, it } from 'vitest'
import { dayWithoutClock, overWhenCaptured } from './now-board'

describe('overWhenCaptured', () => {
  it('is an instant after the last day at the venue when the data was captured after the conference', () => {
    const at = overWhenCaptured('2026-11-26', '2018-12-04', 'America/Los_Angeles')
    expect(at).not.toBeNull()
    expect(at!).toBeGreaterThan(Date.parse('2018-12-05T08:00:00Z'))
  })

  it('is null while the last day may still be on somewhere, or before it', () => {
    // Captured on the day after: at UTC+14 that day begins while the last day is still on in Los Angeles.
    expect(overWhenCaptured('2018-12-05', '2018-12-04', 'America/Los_Angeles')).toBeNull()
    expect(overWhenCaptured('2018-12-06', '2018-12-04', 'America/Los_Angeles')).not.toBeNull()
    expect(overWhenCaptured('2018-12-04', '2018-12-04', 'Europe/Brussels')).toBeNull()
    expect(overWhenCaptured('2018-11-20', '2018-12-04', 'Europe/Brussels')).toBeNull()
    expect(overWhenCaptured('2026-11-26', undefined, 'Europe/Brussels')).toBeNull()
  })
})

describe('dayWithoutClock', () => {
  const dates = ['2027-01-30', '2027-01-31']
  it('is the first day until the data says the conference is over, then the last', () => {
    expect(dayWithoutClock(dates, '2027-01-20', 'Europe/Brussels')).toBe('2027-01-30')
    expect(dayWithoutClock(dates, '2027-01-31', 'Europe/Brussels')).toBe('2027-01-30')
    expect(dayWithoutClock(dates, '2027-02-02', 'Europe/Brussels')).toBe('2027-01-31')
    expect(dayWithoutClock([], '2027-02-02', 'Europe/Brussels')).toBeUndefined()
  })
})
