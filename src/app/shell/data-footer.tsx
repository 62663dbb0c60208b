import { useOutline } from '../../data/outline-context'
import { ScheduleAsOf } from './schedule-as-of'
import { useServiceWorkerState } from './use-service-worker-state'
import { openShortcuts } from './shortcuts-state'
import { ThemeToggle } from './theme-toggle'
import './app-footer.css'

/**
 * What the schedule data is and how fresh (its date and version, whether it is saved for offline use), the theme on
 * narrower screens, and the keyboard shortcuts where there is a keyboard.
 */
export function DataFooter() {
  const { version } = useOutline()
  const { offlineReady } = useServiceWorkerState()
  return (
    <footer className="app-footer">
      <p className="app-footer__line">
        Schedule data as of <ScheduleAsOf />{' '}
        <span className="app-footer__version">(version {version})</span>
      </p>
      <p className="app-footer__line">
        <ThemeToggle placement="footer" />
      </p>
      <p className="app-footer__line app-footer__keys">
        <button type="button" className="app-footer__button" onClick={openShortcuts}>
          Keyboard shortcuts
        </button>
      </p>
      {/* Last: it appears once the service worker has saved the site, and would push the lines after it down. */}
      {offlineReady && <p className="app-footer__line">Saved on this device: works offline.</p>}
    </footer>
  )
}
