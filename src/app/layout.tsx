import { Suspense } from 'react'
import { NavLink, Outlet } from 'react-router-dom'
import { paths } from '../lib/paths'
import { SessionName } from './session-name'
import { LoadingView } from './loading-view'

/** The shell every route renders in: skip link, header with the session's name, primary navigation, main. */
export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <NavLink to={paths.timeline.href()} className="app-header__name">
            Plenary
          </NavLink>
          <Suspense fallback={null}>
            <SessionName />
          </Suspense>
        </div>
        <nav aria-label="Primary" className="primary-nav">
          <NavLink to={paths.timeline.href()} end>
            Timeline
          </NavLink>
          <NavLink to={paths.search.href()}>Search</NavLink>
          <NavLink to={paths.agenda.href()}>Agenda</NavLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingView />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  )
}
