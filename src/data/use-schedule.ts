import { useSuspenseQuery } from '@tanstack/react-query'
import { datasetQueries } from './dataset-queries'
import { scheduleModel } from './schedule-model'

/** The schedule with its look-ups; suspends until loaded. */
export function useSchedule() {
  return useSuspenseQuery({ ...datasetQueries.schedule(), select: scheduleModel }).data
}
