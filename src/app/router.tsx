import { createBrowserRouter, type RouteObject } from 'react-router-dom'
import { Layout } from './layout'
import { paths } from '../lib/paths'
import { RouteError } from './route-error'

/**
 * Each route's component loads on demand (`lazy`), so the first visit of one page does not pay for the others.
 * Shared by the browser router and the build's prerenderer.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.timeline.path, lazy: () => import('./routes/timeline-route') },
      { path: paths.talk.path, lazy: () => import('./routes/talk-route') },
      { path: paths.author.path, lazy: () => import('./routes/author-route') },
      { path: paths.search.path, lazy: () => import('./routes/search-route') },
      { path: paths.agenda.path, lazy: () => import('./routes/agenda-route') },
      { path: '*', lazy: () => import('./routes/not-found-route') },
    ],
  },
]

/** The router's basename is the build's base path without its trailing slash ("/plenary/" -> "/plenary"). */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/'

export function createRouter() {
  return createBrowserRouter(routes, { basename })
}
