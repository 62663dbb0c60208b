import { describe, expect, it } from 'vitest'
import { toZonedIso, wallTimeToIso, zoneOffsetMinutes } from './zoned-time'

describe('zoned time', () => {
  it('turns venue wall time into an instant with the zone offset', () => {
    expect(
      wallTimeToIso({ year: 2018, month: 12, day: 4, hour: 12, minute: 30 }, 'America/Los_Angeles'),
    ).toBe('2018-12-04T12:30:00-08:00')
    expect(
      wallTimeToIso({ year: 2019, month: 7, day: 4, hour: 9, minute: 0 }, 'America/Los_Angeles'),
    ).toBe('2019-07-04T09:00:00-07:00')
    expect(
      wallTimeToIso({ year: 2024, month: 1, day: 1, hour: 0, minute: 15 }, 'Asia/Kolkata'),
    ).toBe('2024-01-01T00:15:00+05:30')
  })

  it('is right on both sides of a DST change', () => {
    // 2018-11-04 01:59 PDT -> 01:00 PST in Los Angeles.
    expect(
      wallTimeToIso({ year: 2018, month: 11, day: 4, hour: 3, minute: 0 }, 'America/Los_Angeles'),
    ).toBe('2018-11-04T03:00:00-08:00')
    expect(
      wallTimeToIso({ year: 2018, month: 11, day: 3, hour: 23, minute: 0 }, 'America/Los_Angeles'),
    ).toBe('2018-11-03T23:00:00-07:00')
  })

  it('reads offsets from the zone', () => {
    expect(zoneOffsetMinutes(Date.parse('2018-12-04T20:50:00Z'), 'America/Los_Angeles')).toBe(-480)
    expect(toZonedIso(Date.parse('2018-12-04T20:50:00Z'), 'UTC')).toBe('2018-12-04T20:50:00+00:00')
  })
})
