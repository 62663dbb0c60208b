import { queryOptions } from '@tanstack/react-query'
import { outline } from 'virtual:plenary-dataset'
import type { AbstractsChunk, ScheduleIndex } from './types'

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

/** The dataset's resources, keys from generic to specific. Index files are keyed by name: a day may be the schedule. */
export const datasetQueries = {
  all: () => ['dataset'] as const,
  /** A schedule index file: the whole schedule or one day of it (src/data/dataset-outline.ts). */
  index: (file: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'index', file],
      queryFn: () => fetchJson<ScheduleIndex>(file),
      ...IMMUTABLE,
    }),
  schedule: () => datasetQueries.index(outline.scheduleFile),
  /**
   * One day's index. Offline, a day never opened is not in the cache, but the schedule is (the service worker
   * precaches it): the day is then cut from that.
   */
  day: (file: string, date: string, scheduleFile: string) =>
    // The file name (a content hash) identifies the data: the date and the schedule only say how to cut the same
    // data from the schedule, so the key is the index's own and a one-day conference shares it.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: datasetQueries.index(file).queryKey,
      queryFn: async () => {
        try {
          return await fetchJson<ScheduleIndex>(file)
        } catch (error) {
          if (file === scheduleFile) throw error
          // Only ever needed offline, so not part of the first visit's code.
          const [{ dayIndex }, schedule] = await Promise.all([
            import('./day-index'),
            fetchJson<ScheduleIndex>(scheduleFile),
          ])
          return dayIndex(schedule, date)
        }
      },
      ...IMMUTABLE,
    }),
  /** One session's abstracts; `file` is the session's `abstractsFile`. */
  abstracts: (file: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'abstracts', file],
      queryFn: () => fetchJson<AbstractsChunk>(file),
      ...IMMUTABLE,
    }),
}
