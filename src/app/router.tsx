import { lazy, useMemo, type ComponentType } from 'react'
import { matchPath, useLocation } from 'react-router-dom'
import { paths } from '../lib/paths'
import { loadStars } from '../lib/stars/stars'
import { Layout } from './layout'
import type { RouteProps } from './routes/route-props'
import { Component as TimelineRoute } from './routes/timeline-route'

/**
 * The app's own route table, matched with React Router's `matchPath`, rather than `<Routes>` or a data router. The
 * data router (createBrowserRouter) adds about 17 KiB gzip to the initial JS and `<Routes>` another 2.9 KiB (its
 * error boundaries, framework-mode hydration fallbacks and route ranking), and the app needs none of it: five routes
 * that never overlap, one layout, its own error boundary, and React Query for the data. The timeline, the first screen
 * of nearly every visit, is part of the entry: as a lazy chunk it cost ~7 KiB gzip more on `/`, in chunk overhead and
 * the shared modules split out beside it. Every other route loads on demand. Shared by the browser and the build's
 * prerenderer, which wraps it in a StaticRouter.
 */
type RouteComponent = ComponentType<RouteProps>

function lazyRoute(load: () => Promise<{ Component: RouteComponent }>) {
  let Loaded: RouteComponent | null = null
  const fetchRoute = () =>
    load().then((module) => {
      Loaded = module.Component
      return { default: module.Component }
    })
  const Lazy = lazy(fetchRoute)
  // Once its code is in, the route renders without suspending: see loadRouteOf.
  const LazyRoute = (props: RouteProps) => (Loaded ? <Loaded {...props} /> : <Lazy {...props} />)
  LazyRoute.load = fetchRoute
  return LazyRoute
}

/**
 * A route that reads the stars as it renders (the agenda, the search results' "starred" filter) loads with the star
 * store, so a returning reader's stars are there in its first render rather than after an empty one.
 */
function withStarStore<T>(route: Promise<T>): Promise<T> {
  return Promise.all([route, loadStars()]).then(([module]) => module)
}

const TalkRoute = lazyRoute(() => import('./routes/talk-route'))
const AuthorRoute = lazyRoute(() => import('./routes/author-route'))
const SearchRoute = lazyRoute(() => withStarStore(import('./routes/search-route')))
const AgendaRoute = lazyRoute(() => withStarStore(import('./routes/agenda-route')))
const NowRoute = lazyRoute(() => withStarStore(import('./routes/now-route')))
const ChangesRoute = lazyRoute(() => import('./routes/changes-route'))
const NotFoundRoute = lazyRoute(() => import('./routes/not-found-route'))

const ROUTES: readonly (readonly [pattern: string, RouteComponent])[] = [
  [paths.timeline.path, TimelineRoute],
  [paths.talk.path, TalkRoute],
  [paths.author.path, AuthorRoute],
  [paths.search.path, SearchRoute],
  [paths.agenda.path, AgendaRoute],
  [paths.now.path, NowRoute],
  [paths.changes.path, ChangesRoute],
]

/**
 * The route for a path (without the basename) and its parameters, decoded as React Router decodes them: each
 * segment on its own, so an encoded "/" stays inside its parameter, and a malformed escape keeps the raw text rather
 * than throwing (the talk page then says it has no such talk).
 */
export function routeOf(pathname: string): { Page: RouteComponent; params: RouteProps['params'] } {
  const decoded = decodeSegments(pathname)
  for (const [pattern, Page] of ROUTES) {
    const match = matchPath(pattern, decoded)
    if (match) return { Page, params: match.params }
  }
  return { Page: NotFoundRoute, params: {} }
}

function decodeSegments(pathname: string): string {
  try {
    return pathname
      .split('/')
      .map((segment) => decodeURIComponent(segment).replaceAll('/', '%2F'))
      .join('/')
  } catch {
    return pathname
  }
}

/**
 * Loads the code of the route at `pathname` (without the basename), for a prerendered page to have it before it
 * hydrates. A route still loading would leave its server HTML dehydrated, and an update reaching it then (the clock,
 * the stars) makes React drop that HTML for the loading view. The page preloads the same module, so this costs no
 * extra time.
 */
export async function loadRouteOf(pathname: string): Promise<void> {
  const { Page } = routeOf(pathname)
  if ('load' in Page && typeof Page.load === 'function') await Page.load()
}

export function AppRoutes() {
  const { pathname } = useLocation()
  // Matched again only when the path changes, not on every keystroke of a search (?q=).
  const { Page, params } = useMemo(() => routeOf(pathname), [pathname])
  return (
    <Layout>
      <Page params={params} />
    </Layout>
  )
}

/** The router's basename is the build's base path without its trailing slash ("/plenary/" -> "/plenary"). */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/'
