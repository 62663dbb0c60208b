/**
 * The handshake between a prerendered page and the app that hydrates it. The prerenderer marks the root with the
 * path it rendered and the data files it read; the browser hydrates only a page rendered for its own address, after
 * loading the same data into the query cache, so the first client render is identical to the HTML.
 */
import type { QueryClient } from '@tanstack/react-query'
import { scheduleFile } from 'virtual:plenary-dataset'
import { datasetQueries } from '../data/dataset-queries'

export const PATH_ATTRIBUTE = 'data-prerendered-path'
export const DATA_ATTRIBUTE = 'data-prerendered-data'

/** Search params that change what a prerendered page shows (the timeline's day and track). */
const RENDERING_PARAMS = ['day', 'track']

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

/** Loads the files into the query cache under the keys the app reads them with. */
export async function seedQueries(queryClient: QueryClient, files: string[]): Promise<void> {
  await Promise.all(
    files.map((file) =>
      file === scheduleFile
        ? queryClient.ensureQueryData(datasetQueries.schedule())
        : queryClient.ensureQueryData(datasetQueries.abstracts(file)),
    ),
  )
}
