import { queryOptions } from '@tanstack/react-query'
import { outline } from 'virtual:plenary-dataset'
import { indexFileOfDay, type DatasetOutline } from './dataset-outline'
import type { DetailsChunk, ScheduleIndex, ScheduleTalk } from './types'

async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`)
  if (!response.ok) throw new Error(`Could not load the schedule (${response.status} for ${file}).`)
  return (await response.json()) as T
}

/**
 * A data file never changes under its name, so structural sharing (comparing a new result with the previous one,
 * deeply, to keep unchanged parts) only costs: at 10,000 talks it walked the whole schedule each time the timeline
 * switched days, for 50 ms.
 */
const IMMUTABLE = { structuralSharing: false } as const

/**
 * The dataset's resources, keys from generic to specific. Each key names one way of fetching: the schedule, a day
 * (which may be cut from the schedule) and a details file never share one.
 */
export const datasetQueries = {
  all: () => ['dataset'] as const,
  /** The whole schedule index: every talk without its texts. */
  schedule: (file: string = outline.scheduleFile) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'schedule', file],
      queryFn: () => fetchJson<ScheduleIndex>(file),
      ...IMMUTABLE,
    }),
  /**
   * One day's index, from the day's own file (src/data/dataset-outline.ts). Offline, a day never opened is not in the
   * cache, but the schedule is (the service worker precaches it): the day is then cut from that. A one-day conference's
   * day file is the schedule itself, and so is its query: one fetch and one cache entry for both.
   */
  day: (dataset: Pick<DatasetOutline, 'days' | 'scheduleFile'>, date: string | undefined) => {
    const { scheduleFile } = dataset
    const file = indexFileOfDay(dataset, date)
    if (date === undefined || file === scheduleFile) return datasetQueries.schedule(scheduleFile)
    return queryOptions({
      queryKey: [...datasetQueries.all(), 'day', date, file, scheduleFile],
      queryFn: async () => {
        try {
          return await fetchJson<ScheduleIndex>(file)
        } catch {
          // Only ever needed offline, so not part of the first visit's code.
          const [{ dayIndex }, schedule] = await Promise.all([
            import('./day-index'),
            fetchJson<ScheduleIndex>(scheduleFile),
          ])
          return dayIndex(schedule, date)
        }
      },
      ...IMMUTABLE,
    })
  },
  /** One details file (`schedule.detailsFiles[talk.details]`): its talks' texts and their authors' biographies. */
  details: (file: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'details', file],
      queryFn: () => fetchJson<DetailsChunk>(file),
      ...IMMUTABLE,
    }),
  /** The details file holding a talk's texts. */
  detailsOf: (schedule: Pick<ScheduleIndex, 'detailsFiles'>, talk: Pick<ScheduleTalk, 'details'>) =>
    datasetQueries.details(schedule.detailsFiles[talk.details] ?? ''),
}
