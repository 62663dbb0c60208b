import { describe, expect, it } from 'vitest'
import { isOnScreen } from './use-on-screen'

describe('isOnScreen', () => {
  // A phone: a 120px sticky header, a 64px bottom navigation, an 812px window.
  const band = { top: 120, bottom: 748 }

  it('counts a row whose middle is between the header and the bottom navigation', () => {
    expect(isOnScreen({ top: 300, height: 120 }, band)).toBe(true)
    expect(isOnScreen({ top: 80, height: 120 }, band)).toBe(true) // half under the header
  })

  it('does not count a row mostly under the header, under the navigation, or away', () => {
    expect(isOnScreen({ top: 40, height: 120 }, band)).toBe(false)
    expect(isOnScreen({ top: 700, height: 120 }, band)).toBe(false)
    expect(isOnScreen({ top: -2000, height: 120 }, band)).toBe(false)
    expect(isOnScreen({ top: 3000, height: 120 }, band)).toBe(false)
  })
})
