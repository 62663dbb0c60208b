import { defineConfig } from 'vitest/config'

// Browser journeys: real headless Chromium against the production build (see tests/e2e/support).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Serves dist/ and launches the one Chromium every file connects to (a fresh context per test).
    globalSetup: ['./tests/e2e/support/global-setup.ts'],
    // Two files at a time on two cores: each mostly waits for the shared Chromium, which does the work. Every file is
    // safe beside any other: the shared server is never stopped (the offline journeys stop servers of their own), the
    // two journeys that build a deployment of their own write folders of their own (support/deployment.ts), and the
    // budgets measure bytes, not time.
    fileParallelism: true,
    maxWorkers: 2,
    // Tests marked concurrent (the axe scans) run at most three at a time in their file.
    maxConcurrency: 3,
    // Limits, not expectations: a loaded machine may take many times longer than a quiet one. Nothing waits for a
    // fixed time to pass; a wait polls for its condition until these.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 30_000 } },
    // A stopgap, to be removed: since prerendered pages load the app after their first paint (paint once, #14), a few
    // journeys have failed once in a run and passed in the next (a search operator typed before the box's typing code
    // loaded was lost; "Jump to now" shown for a moment after hydration). A failed test is run once more and the
    // report names it as retried; the races are in the closing note of #14/#16 to be fixed at their cause.
    retry: 1,
  },
})
