import { lazy, Suspense } from 'react'
import { useStarFaults, useUndoOffer } from '../lib/stars/stars'
import { StatusMessage } from './status-message'

// The notices' UI is needed only after a storage fault or an unstar, never for the first screen: it loads then.
const StarNoticesContent = lazy(() => import('./star-notices-content'))

/**
 * Non-blocking notices about the stars, pinned to the bottom of the screen. Mounted once by the shell; the live
 * region exists from the first render so screen readers announce what appears in it.
 */
export function StarNotices() {
  const faults = useStarFaults()
  const offer = useUndoOffer()
  const active = faults.recovered !== null || faults.memoryOnly || offer !== null
  return (
    <StatusMessage className="star-notices">
      {active && (
        <Suspense fallback={null}>
          <StarNoticesContent />
        </Suspense>
      )}
    </StatusMessage>
  )
}
