/**
 * The prerenderer's view of the app (built by scripts/build/prerender.ts with Vite's SSR build): renders one path
 * to HTML with the same providers and routes as the browser, a StaticRouter in place of the BrowserRouter, and the
 * query cache filled with the data that path reads. The HTML is the page itself, never a loading state: `prerender`
 * waits for the lazy route components. Once a route's code has loaded, nothing suspends any more and the
 * synchronous renderToString gives the same HTML two to three times faster (16,000 pages at 10,000 talks); a page
 * that still suspended there is rendered again with `prerender`.
 */
import { StrictMode, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { prerender } from 'react-dom/static'
import { QueryClientProvider } from '@tanstack/react-query'
import { StaticRouter } from 'react-router-dom'
import { outline } from 'virtual:plenary-dataset'
import { indexFileOfDay } from '../data/dataset-outline'
import { datasetQueries } from '../data/dataset-queries'
import { scheduleModel } from '../data/schedule-model'
import type { DetailsChunk, ScheduleIndex } from '../data/types'
import { dayWithoutClock } from '../features/now/now-board'
import { timelineDay } from '../lib/conference-day'
import { paths } from '../lib/paths'
import { createQueryClient } from '../lib/query-client'
import { pageHead, type PageHead } from './page-head'
import { AppRoutes, basename } from './router'

export { headTags, type HeadContext } from './page-head'
export { DATA_ATTRIBUTE, PATH_ATTRIBUTE } from './prerendered'

export interface PageData {
  schedule: ScheduleIndex
  /** The day index files by name (src/data/day-index.ts): the timeline reads its first day's. */
  days: ReadonlyMap<string, ScheduleIndex>
  /** The details file of a talk page's talk, or of an author page's first talk. */
  details?: { file: string; chunk: DetailsChunk }
}

export interface RenderedPage {
  html: string
  head: PageHead
  /** The data files the page was rendered from, relative to the base: the browser loads them before hydrating. */
  dataFiles: string[]
}

export { outline }

/** The paths to prerender: the timeline, the now page, every talk and every author. */
export function pagePaths(schedule: ScheduleIndex, { talks = true, authors = true } = {}) {
  return [
    paths.timeline.href(),
    paths.now.href(),
    paths.changes.href(),
    ...(talks ? schedule.talks.map((t) => paths.talk.href(t.id)) : []),
    ...(authors ? schedule.authors.map((a) => paths.author.href(a.id)) : []),
  ]
}

/** Routes whose code has loaded, so they render without suspending ("" is the timeline). */
const warmRoutes = new Set<string>()

async function renderWaiting(app: ReactNode): Promise<string> {
  let failure: unknown = null
  const { prelude } = await prerender(app, {
    // Never outline a large boundary behind a reveal script: the page must show complete without any script.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError(error) {
      failure ??= error
    },
  })
  // A component that threw would leave its error boundary's message in the HTML: fail the build instead.
  if (failure) throw failure
  return new Response(prelude).text()
}

export async function renderPage(path: string, data: PageData): Promise<RenderedPage> {
  const model = scheduleModel(data.schedule)
  const queryClient = createQueryClient()
  // The timeline and the now page are rendered without a clock or ?day=: only the file of the day they show then is
  // read (the timeline's first; the now page's first, or its last when the data says the conference is over).
  const dates = outline.days.map((day) => day.date)
  const timelineDate =
    path === paths.timeline.href()
      ? timelineDay(dates, null, null)
      : path === paths.now.href()
        ? dayWithoutClock(dates, outline.asOf, outline.conference.timeZone)
        : undefined
  const indexFile = indexFileOfDay(outline, timelineDate)
  const index = indexFile === outline.scheduleFile ? data.schedule : data.days.get(indexFile)
  if (!index) throw new Error(`prerender: no data for ${indexFile}`)
  const indexQuery =
    timelineDate === undefined
      ? datasetQueries.schedule()
      : datasetQueries.day(outline, timelineDate)
  queryClient.setQueryData(indexQuery.queryKey, index)
  const dataFiles = [indexFile]
  if (data.details) {
    queryClient.setQueryData(datasetQueries.details(data.details.file).queryKey, data.details.chunk)
    dataFiles.push(data.details.file)
  }
  const head = pageHead(path, model, data.details?.chunk)
  if (!head) throw new Error(`prerender: no page at ${path}`)

  const location = basename === '/' ? path : `${basename}${path}`
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouter location={location} basename={basename}>
          <AppRoutes />
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>
  )
  const route = path.split('/')[1] ?? ''
  let html = warmRoutes.has(route) ? renderToString(app) : null
  // "$?" marks a boundary still waiting, "$!" one left to the client: either means it suspended.
  if (html === null || html.includes('<!--$?-->') || html.includes('<!--$!-->')) {
    html = await renderWaiting(app)
    warmRoutes.add(route)
  }
  queryClient.clear()
  return { html, head, dataFiles }
}
