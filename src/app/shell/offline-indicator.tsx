import { LineIcon } from '../../components/line-icon'
import { StatusMessage } from '../../components/status-message'
import { ScheduleAsOf } from './schedule-as-of'
import { useOnline } from './use-online'
import './app-status.css'

/**
 * "Offline, schedule as of November 26, 2026": says the app is running from what it saved, and how old that is.
 * The live region is always in the page, so the change is announced when the network goes.
 */
export function OfflineIndicator() {
  const online = useOnline()
  return (
    <StatusMessage className="app-status__region">
      {!online && (
        <p className="app-status__line app-status__line--offline">
          <LineIcon
            path="M2 8.5a15 15 0 0 1 20 0M5.5 12a10 10 0 0 1 13 0M9 15.5a5 5 0 0 1 6 0M12 19h.01M3 3l18 18"
            size={18}
          />
          <span>
            Offline, schedule as of <ScheduleAsOf />
          </span>
        </p>
      )}
    </StatusMessage>
  )
}
