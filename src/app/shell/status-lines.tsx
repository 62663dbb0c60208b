import { lazy, Suspense } from 'react'
import { StatusMessage } from '../../components/status-message'
import { useClientStore } from '../../lib/client-store'
import { changesNoticeStored, subscribeToChangesNotice } from '../../lib/changes/changes-record-key'

// Loaded when a new deployment waits or a new schedule changed starred talks: rare, and never on a first visit.
const StatusLinesContent = lazy(() => import('./status-lines-content'))

const never = () => false

/**
 * The header's status lines that come and go: the update prompt and the notice of changed starred talks. A polite
 * live region from the first render, so a line that appears later (a comparison at idle finding changes, see
 * src/lib/changes/) is announced; their code loads only once one of them has something to say.
 */
export function StatusLines({ updateReady }: { updateReady: boolean }) {
  const changesNotice = useClientStore(subscribeToChangesNotice, changesNoticeStored, never)
  return (
    <StatusMessage className="app-status__region">
      {(updateReady || changesNotice) && (
        <Suspense fallback={null}>
          <StatusLinesContent />
        </Suspense>
      )}
    </StatusMessage>
  )
}
