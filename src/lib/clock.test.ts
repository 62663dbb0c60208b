import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyNowParam, clockNow, parseInstant, resetClock, startClockAt } from './clock'

afterEach(() => {
  resetClock()
  vi.useRealTimers()
})

describe('parseInstant', () => {
  it('reads ISO 8601 instants with an offset or Z', () => {
    expect(parseInstant('2018-12-04T12:52:00-08:00')).toBe(Date.parse('2018-12-04T20:52:00Z'))
    expect(parseInstant('2018-12-04T20:52Z')).toBe(Date.parse('2018-12-04T20:52:00Z'))
    expect(parseInstant('2018-12-04T20:52:00.500+0000')).toBe(
      Date.parse('2018-12-04T20:52:00.500Z'),
    )
  })

  it('reads a "+" that a query string turned into a space', () => {
    expect(parseInstant('2018-12-04T21:52:00 01:00')).toBe(Date.parse('2018-12-04T20:52:00Z'))
  })

  it('ignores what is not an instant', () => {
    for (const value of ['', 'now', '2018-12-04', '2018-12-04T12:52', '2018-13-45T99:00:00Z', null])
      expect(parseInstant(value)).toBeNull()
  })
})

describe('the injectable clock', () => {
  it('starts at ?now= and keeps running from there', () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') })
    expect(applyNowParam('?now=2018-12-04T12:52:00-08:00')).toBe(true)
    expect(clockNow()).toBe(Date.parse('2018-12-04T12:52:00-08:00'))
    vi.advanceTimersByTime(90_000)
    expect(clockNow()).toBe(Date.parse('2018-12-04T12:53:30-08:00'))
  })

  it('ignores a value that does not parse, and does not rewind for the same value seen again', () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') })
    expect(applyNowParam('?now=yesterday')).toBe(false)
    expect(clockNow()).toBe(Date.parse('2026-01-01T00:00:00Z'))
    applyNowParam('?day=2018-12-04&now=2018-12-04T12:52:00-08:00')
    vi.advanceTimersByTime(60_000)
    // Back to the first URL, which still carries ?now=: the clock keeps its time.
    expect(applyNowParam('?now=2018-12-04T12:52:00-08:00')).toBe(false)
    expect(clockNow()).toBe(Date.parse('2018-12-04T12:53:00-08:00'))
  })

  it('can be set directly', () => {
    // Frozen real time: the assertion is exact rather than "within a second", which a busy machine could miss.
    vi.useFakeTimers({ now: Date.parse('2026-12-01T10:00:00Z'), toFake: ['Date'] })
    startClockAt(Date.parse('2018-12-04T13:00:00-08:00'))
    expect(clockNow()).toBe(Date.parse('2018-12-04T13:00:00-08:00'))
  })
})
