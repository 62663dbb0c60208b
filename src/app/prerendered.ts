/**
 * The handshake between a prerendered page and the app that hydrates it. The prerenderer marks the root with the
 * path it rendered and the data files it read; the browser hydrates only a page rendered for its own address, after
 * loading the same data into the query cache, so the first client render is identical to the HTML.
 */
import type { QueryClient } from '@tanstack/react-query'
import { outline } from 'virtual:plenary-dataset'
import { indexFileOfDay, type DatasetOutline } from '../data/dataset-outline'
import { datasetQueries } from '../data/dataset-queries'
import { timelineDay } from '../lib/conference-day'
import { calendarDate } from '../lib/format-time'
import { FILTER_KEYS } from '../lib/schedule-filters'

export const PATH_ATTRIBUTE = 'data-prerendered-path'
export const DATA_ATTRIBUTE = 'data-prerendered-data'

/** Search params that change what a prerendered page shows (the timeline's day and filters). */
const RENDERING_PARAMS = FILTER_KEYS

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}

/**
 * The data files to load before hydrating, or null when the HTML in `root` was not rendered for this address: the
 * shell (404.html), or a host that answers an unknown path with the home page.
 */
export function prerenderedData(
  root: HTMLElement,
  location: Location,
  basename: string,
): string[] | null {
  const path = root.getAttribute(PATH_ATTRIBUTE)
  if (path === null || !root.hasChildNodes()) return null
  const base = basename === '/' ? '' : basename
  const pathname = location.pathname.startsWith(base)
    ? location.pathname.slice(base.length) || '/'
    : location.pathname
  if (trimSlash(pathname) !== trimSlash(path)) return null
  const params = new URLSearchParams(location.search)
  if (RENDERING_PARAMS.some((name) => params.has(name))) return null
  return (root.getAttribute(DATA_ATTRIBUTE) ?? '').split(' ').filter(Boolean)
}

/** Loads the files into the query cache under the keys the app reads them with: a day's file as that day. */
export async function seedQueries(
  queryClient: QueryClient,
  files: string[],
  dataset: DatasetOutline = outline,
): Promise<void> {
  await Promise.all(
    files.map((file) => {
      const day = dataset.days.find((d) => d.file === file)
      if (day) return queryClient.ensureQueryData(datasetQueries.day(dataset, day.date))
      if (file === dataset.scheduleFile)
        return queryClient.ensureQueryData(datasetQueries.schedule(file))
      return queryClient.ensureQueryData(datasetQueries.details(file))
    }),
  )
}

/**
 * The timeline is prerendered without a clock, so it shows the day the rule picks without one (the first). Opened on
 * a later day of the conference, the app would hydrate that day only to switch to today's at once: at conference
 * scale a second day to load, index and render. Returns today's index file then, for the app to load and render
 * straight away (the prerendered page stays on screen meanwhile); null otherwise.
 */
export function laterTimelineDay(
  root: HTMLElement,
  dataset: DatasetOutline,
  now: number,
): string | null {
  if (trimSlash(root.getAttribute(PATH_ATTRIBUTE) ?? '') !== '/') return null
  const dates = dataset.days.map((day) => day.date)
  const rendered = indexFileOfDay(dataset, timelineDay(dates, null, null))
  const shown = indexFileOfDay(
    dataset,
    timelineDay(dates, null, calendarDate(now, dataset.conference.timeZone)),
  )
  return shown !== rendered ? shown : null
}
