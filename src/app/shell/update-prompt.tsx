import { DismissButton } from '../../components/dismiss-button'
import { serviceWorkerState } from './service-worker-state'
import { useServiceWorkerState } from './use-service-worker-state'
import './app-status.css'

/**
 * "Updated schedule available": a new deployment (a changed programme, a fix) is installed and waits. One line in
 * the header's status strip, never a modal: the reader reloads when it suits them, or dismisses it for now.
 */
export function UpdatePrompt() {
  const { updateReady } = useServiceWorkerState()
  if (!updateReady) return null
  return (
    <div className="app-status__line app-status__line--update">
      <p className="app-status__text">Updated schedule available</p>
      <button
        type="button"
        className="app-status__button"
        onClick={() => void serviceWorkerState.applyUpdate()}
      >
        Reload
      </button>
      <DismissButton
        label="Not now"
        className="app-status__button app-status__dismiss"
        onClick={() => serviceWorkerState.dismissUpdate()}
      />
    </div>
  )
}
