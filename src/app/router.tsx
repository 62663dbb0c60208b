import { lazy, type ComponentType } from 'react'
import { matchPath, Route, Routes } from 'react-router-dom'
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
  let Loaded: ComponentType | null = null
  const fetchRoute = () =>
    load().then((module) => {
      Loaded = module.Component
      return { default: module.Component }
    })
  const Lazy = lazy(fetchRoute)
  // Once its code is in, the route renders without suspending: see loadRouteOf.
  const LazyRoute = () => (Loaded ? <Loaded /> : <Lazy />)
  LazyRoute.load = fetchRoute
  return LazyRoute
}

const TalkRoute = lazyRoute(() => import('./routes/talk-route'))
const AuthorRoute = lazyRoute(() => import('./routes/author-route'))
const SearchRoute = lazyRoute(() => import('./routes/search-route'))
const AgendaRoute = lazyRoute(() => import('./routes/agenda-route'))
const NotFoundRoute = lazyRoute(() => import('./routes/not-found-route'))

const PRERENDERED_ROUTES = [
  [paths.talk.path, TalkRoute],
  [paths.author.path, AuthorRoute],
] as const

/**
 * Loads the code of the route at `pathname` (without the basename), for a prerendered page to have it before it
 * hydrates. A route still loading would leave its server HTML dehydrated, and an update reaching it then (the clock,
 * the stars) makes React drop that HTML for the loading view. The page preloads the same module, so this costs no
 * extra time.
 */
export async function loadRouteOf(pathname: string): Promise<void> {
  const route = PRERENDERED_ROUTES.find(([path]) => matchPath(path, pathname))
  if (route) await route[1].load()
}

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
