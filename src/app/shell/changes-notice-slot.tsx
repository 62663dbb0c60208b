import { lazy, Suspense } from 'react'
import { StatusMessage } from '../../components/status-message'
import { useClientStore } from '../../lib/client-store'
import { changesNoticeStored, subscribeToChangesNotice } from '../../lib/changes/changes-record-key'

// Loaded only when a new schedule changed starred talks: rare, and never on a first visit.
const ChangesNotice = lazy(() => import('./changes-notice'))

const never = () => false

/**
 * Where the notice of changed starred talks appears: a live region from the first render, so it is announced when a
 * comparison at idle (src/lib/changes/) finds changes, holding the notice's own code only once there is one.
 */
export function ChangesNoticeSlot() {
  const pending = useClientStore(subscribeToChangesNotice, changesNoticeStored, never)
  return (
    <StatusMessage className="app-status__region">
      {pending && (
        <Suspense fallback={null}>
          <ChangesNotice />
        </Suspense>
      )}
    </StatusMessage>
  )
}
