import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, expect, vi } from 'vitest'

// findBy* and waitFor poll until what they wait for is there. Their default 1 s limit fails a correct test on a busy
// two-core machine (a lazily imported module can take longer to load); a generous limit costs nothing when it passes.
configure({ asyncUtilTimeout: 10_000 })

// React's "not wrapped in act(...)" warning means a test asserted before the page settled, or changed a store under
// a mounted page: it fails the test that caused it, so none creeps back in.
let actWarnings: string[] = []
beforeEach(() => {
  actWarnings = []
  const consoleError = console.error.bind(console)
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes('not wrapped in act(')) actWarnings.push(String(args[0]))
    consoleError(...args)
  })
})

afterEach(() => {
  cleanup()
  localStorage.clear()
  expect(actWarnings, 'React state updates outside act()').toEqual([])
})
