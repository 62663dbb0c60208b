/**
 * In every page's first JS, so it stays a few hundred bytes and imports nothing: is the schedule this page was built
 * with one this browser has not seen yet? Then, once the page is idle, `startCheck` loads the checker (its own chunk,
 * check-for-changes.ts) to find what changed. The same version: nothing more is loaded.
 */

/**
 * seen-schedule.ts's SEEN_VERSION_KEY, spelled here rather than imported: the checker chunk imports seen-schedule.ts,
 * and a lazy chunk sharing a module with the entry makes the bundler split that module into a chunk of its own,
 * which the first visit would then fetch (rolldown/rolldown#10731). seen-schedule.dom.test.ts holds the two equal.
 */
export const SEEN_VERSION_KEY = 'plenary:seen-version'

/**
 * A first visit has nothing to tell: it only keeps this version as the one to compare the next with. That waits until
 * the visitor has stayed a while, out of the first screen's network (the first-visit budget), and by then the service
 * worker has usually precached the checker, so it comes from the cache.
 */
export const FIRST_VISIT_DELAY_MS = 5_000

/**
 * Starts the check once, at idle, when this browser last saw another version of the schedule; after
 * FIRST_VISIT_DELAY_MS, then at idle, when it saw none.
 */
export function watchScheduleChanges(currentVersion: string, startCheck: () => void): void {
  let seen: string | null
  try {
    seen = localStorage.getItem(SEEN_VERSION_KEY)
  } catch {
    // Blocked storage: the version seen could never be kept, so a check would run on every load and tell nothing.
    return
  }
  if (seen === currentVersion) return
  const atIdle = () => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(startCheck, { timeout: 10_000 })
    else setTimeout(startCheck, 2_000)
  }
  if (seen === null) setTimeout(atIdle, FIRST_VISIT_DELAY_MS)
  else atIdle()
}
