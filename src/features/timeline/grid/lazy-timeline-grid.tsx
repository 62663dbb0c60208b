import { lazy, Suspense } from 'react'
import type { TimelineGridProps } from './timeline-grid'

// A chunk of its own: a phone, and a desktop reading the list, never download it.
const TimelineGrid = lazy(() =>
  import('./timeline-grid').then((module) => ({ default: module.TimelineGrid })),
)

/** The grid, loaded the first time it is shown. */
export function LazyTimelineGrid(props: TimelineGridProps) {
  return (
    <Suspense
      fallback={
        <p className="timeline__empty" role="status">
          Loading the grid…
        </p>
      }
    >
      <TimelineGrid {...props} />
    </Suspense>
  )
}
