import { lazy, type ComponentType } from 'react'
import { Route, Routes } from 'react-router-dom'
import { paths } from '../lib/paths'
import { Layout } from './layout'
import { Component as TimelineRoute } from './routes/timeline-route'

/**
 * Declarative routes rather than a data router: the data router (createBrowserRouter) adds about 17 KiB gzip to the
 * initial JS, and the app needs none of its loaders or actions (React Query fetches the data). The timeline, the
 * first screen of nearly every visit, is part of the entry: as a lazy chunk it cost ~7 KiB gzip more on `/`, in
 * chunk overhead and the shared modules split out beside it. Every other route loads on demand. Shared by the
 * browser and the build's prerenderer, which wraps it in a StaticRouter.
 */
function lazyRoute(load: () => Promise<{ Component: ComponentType }>) {
  return lazy(() => load().then((module) => ({ default: module.Component })))
}

const TalkRoute = lazyRoute(() => import('./routes/talk-route'))
const AuthorRoute = lazyRoute(() => import('./routes/author-route'))
const SearchRoute = lazyRoute(() => import('./routes/search-route'))
const AgendaRoute = lazyRoute(() => import('./routes/agenda-route'))
const NotFoundRoute = lazyRoute(() => import('./routes/not-found-route'))

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.timeline.path} element={<TimelineRoute />} />
        <Route path={paths.talk.path} element={<TalkRoute />} />
        <Route path={paths.author.path} element={<AuthorRoute />} />
        <Route path={paths.search.path} element={<SearchRoute />} />
        <Route path={paths.agenda.path} element={<AgendaRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  )
}

/** The router's basename is the build's base path without its trailing slash ("/plenary/" -> "/plenary"). */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/'
