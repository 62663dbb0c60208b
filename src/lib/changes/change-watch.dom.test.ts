import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIRST_VISIT_DELAY_MS, SEEN_VERSION_KEY, watchScheduleChanges } from './change-watch'

beforeEach(() => {
  vi.useFakeTimers()
  localStorage.clear()
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** A requestIdleCallback that runs its callbacks when the test says the page is idle. */
function stubIdle() {
  const waiting: (() => void)[] = []
  const requestIdle = vi.fn((callback: () => void) => {
    waiting.push(callback)
    return waiting.length
  })
  vi.stubGlobal('requestIdleCallback', requestIdle)
  return { requestIdle, idle: () => waiting.splice(0).forEach((run) => run()) }
}

describe('watchScheduleChanges', () => {
  it('loads nothing when this browser has seen this version', () => {
    const { requestIdle, idle } = stubIdle()
    localStorage.setItem(SEEN_VERSION_KEY, 'v1')
    const startCheck = vi.fn()
    watchScheduleChanges('v1', startCheck)
    idle()
    vi.runAllTimers()
    expect(requestIdle).not.toHaveBeenCalled()
    expect(startCheck).not.toHaveBeenCalled()
  })

  it('starts the check once, at idle, when another version was seen', () => {
    const { idle } = stubIdle()
    localStorage.setItem(SEEN_VERSION_KEY, 'v1')
    const startCheck = vi.fn()
    watchScheduleChanges('v2', startCheck)
    vi.runAllTimers()
    expect(startCheck).not.toHaveBeenCalled()
    idle()
    idle()
    expect(startCheck).toHaveBeenCalledTimes(1)
  })

  it('keeps a first visit out of the first screen: the check waits a while, then for idle', () => {
    const { requestIdle, idle } = stubIdle()
    const startCheck = vi.fn()
    watchScheduleChanges('v2', startCheck)
    vi.advanceTimersByTime(FIRST_VISIT_DELAY_MS - 1)
    idle()
    expect(requestIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(startCheck).not.toHaveBeenCalled()
    idle()
    expect(startCheck).toHaveBeenCalledTimes(1)
  })

  it('waits with a timeout where the browser has no requestIdleCallback', () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    const startCheck = vi.fn()
    watchScheduleChanges('v2', startCheck)
    expect(startCheck).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(startCheck).toHaveBeenCalledTimes(1)
  })

  it('does nothing when storage is blocked', () => {
    const { requestIdle } = stubIdle()
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied.', 'SecurityError')
    })
    const startCheck = vi.fn()
    watchScheduleChanges('v2', startCheck)
    vi.runAllTimers()
    expect(requestIdle).not.toHaveBeenCalled()
    expect(startCheck).not.toHaveBeenCalled()
  })
})
