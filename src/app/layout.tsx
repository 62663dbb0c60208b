import { Suspense, type ReactNode } from 'react'
import { useLocation } from 'react-router-dom'
import { paths } from '../lib/paths'
import { NavLink } from '../components/link'
import { SessionName } from './session-name'
import { LoadingView } from './loading-view'
import { RouteErrorBoundary } from './route-error'
import { StarNotices } from '../components/star-notices'
import { SearchBox } from '../features/search/search-box'
import { BottomNav, useNowOffered } from './shell/bottom-nav'
import { DataFooter } from './shell/data-footer'
import { KeyboardShortcuts } from './shell/keyboard-shortcuts'
import { OfflineIndicator } from './shell/offline-indicator'
import { StatusLines } from './shell/status-lines'
import { StickyInsets } from './shell/sticky-insets'
import { ThemeToggle } from './shell/theme-toggle'
import { useServiceWorkerState } from './shell/use-service-worker-state'

/**
 * The shell every route renders in: skip link, sticky header (session's name, theme toggle, search, primary
 * navigation, offline and update status), main, footer (how fresh the data is), bottom navigation on phones.
 */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  const { updateReady } = useServiceWorkerState()
  const conferenceOn = useNowOffered()
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
          <SessionName />
          <ThemeToggle placement="header" />
        </div>
        <SearchBox />
        <nav aria-label="Primary" className="primary-nav">
          <NavLink to={paths.timeline.href()} end>
            Timeline
          </NavLink>
          {conferenceOn && <NavLink to={paths.now.href()}>Now</NavLink>}
          <NavLink to={paths.search.href()}>Search</NavLink>
          <NavLink to={paths.agenda.href()}>Agenda</NavLink>
        </nav>
        <div className="app-status">
          <OfflineIndicator />
          <StatusLines updateReady={updateReady} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<LoadingView />}>{children}</Suspense>
        </RouteErrorBoundary>
        <StarNotices />
      </main>
      <DataFooter />
      <BottomNav />
      <KeyboardShortcuts />
      <StickyInsets />
    </>
  )
}
