import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy* and waitFor poll until what they wait for is there. Their default 1 s limit fails a correct test on a busy
// two-core machine (a lazily imported module can take longer to load); a generous limit costs nothing when it passes.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => {
  cleanup()
  localStorage.clear()
})
