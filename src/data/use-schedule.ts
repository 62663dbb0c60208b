import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import type { DatasetOutline } from './dataset-outline'
import { datasetQueries } from './dataset-queries'
import { useOutline } from './outline-context'
import { scheduleModel } from './schedule-model'

/** The schedule with its look-ups; suspends until loaded. */
export function useSchedule() {
  return useSuspenseQuery({ ...datasetQueries.schedule(), select: scheduleModel }).data
}

function dayQuery(date: string | undefined, outline: DatasetOutline) {
  return { ...datasetQueries.day(outline, date), select: scheduleModel }
}

/** One conference day's schedule (the whole schedule for a one-day conference); suspends until loaded. */
export function useDaySchedule(date: string | undefined) {
  const outline = useOutline()
  return useSuspenseQuery(dayQuery(date, outline)).data
}

/** Another day's schedule, loaded beside the one shown without suspending it; undefined until it is in. */
export function useBackgroundDaySchedule(date: string | null) {
  const outline = useOutline()
  return useQuery({ ...dayQuery(date ?? undefined, outline), enabled: date !== null }).data
}
