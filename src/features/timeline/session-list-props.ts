import type { ScheduleModel } from '../../data/schedule-model'
import type { LiveInfo } from '../../lib/live-status'
import type { ScrollRequest } from './scroll-request'
import type { SessionPlan } from './timeline-plan'

/** What the timeline gives its list of a day's sessions, plain or virtual. */
export interface SessionListProps {
  sessions: readonly SessionPlan[]
  model: ScheduleModel
  status: ReadonlyMap<string, LiveInfo>
  scrollRequest: ScrollRequest | null
  onScrolled: (id: number) => void
}

/** A session header is about 80px and a talk row about 110px on a phone; the virtual list measures the rest. */
export function estimatedSize(plan: SessionPlan | undefined): number {
  return 80 + (plan?.talks.length ?? 0) * 110
}
