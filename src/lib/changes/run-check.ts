/**
 * The schedule-change check with the app's real parts plugged in: the whole schedule through the query cache (one
 * fetch for the page and the check, and offline from the service worker's cache), the stars, and the record of
 * changes. main.tsx loads this chunk, at idle, only when this browser has not seen the page's schedule version
 * (change-watch.ts).
 */
import type { QueryClient } from '@tanstack/react-query'
import { outline } from 'virtual:plenary-dataset'
import { datasetQueries } from '../../data/dataset-queries'
import { loadStars } from '../stars/stars'
import { checkForChanges, type CheckResult } from './check-for-changes'
import { recordChanges } from './changes-record'

export function runScheduleCheck(queryClient: QueryClient): Promise<CheckResult> {
  return checkForChanges({
    currentVersion: outline.version,
    loadSchedule: () => queryClient.fetchQuery(datasetQueries.schedule()),
    starredIds: async () => (await loadStars()).getStarredIds(),
    record: recordChanges,
    renameStars: async (pairs) => {
      if (!(await loadStars()).renameStars(pairs))
        throw new Error('the moved stars could not be saved')
    },
    now: () => Date.now(),
  })
}
