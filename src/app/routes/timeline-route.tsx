import { TimelinePage } from '../../features/timeline/timeline-page'

export function Component() {
  return <TimelinePage />
}
