import { queryOptions } from '@tanstack/react-query'
import { scheduleFile } from 'virtual:plenary-dataset'
import type { AbstractsChunk, ScheduleIndex } from './types'

async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`)
  if (!response.ok) throw new Error(`Could not load the schedule (${response.status} for ${file}).`)
  return (await response.json()) as T
}

/** The dataset's resources, keys from generic to specific. */
export const datasetQueries = {
  all: () => ['dataset'] as const,
  schedule: () =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'schedule', scheduleFile],
      queryFn: () => fetchJson<ScheduleIndex>(scheduleFile),
    }),
  /** One session's abstracts; `file` is the session's `abstractsFile`. */
  abstracts: (file: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all(), 'abstracts', file],
      queryFn: () => fetchJson<AbstractsChunk>(file),
    }),
}
