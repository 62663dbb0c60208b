import { defineConfig } from 'vitest/config'

// Browser journeys: real headless Chromium against the production build (see tests/e2e/support).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./tests/e2e/support/global-setup.ts'],
    // Chromium instances share two cores: one file at a time keeps timings and memory predictable.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
