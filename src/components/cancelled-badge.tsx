import type { TalkSummary } from '../data/types'

/** "Cancelled", wherever a cancelled talk is listed: its link keeps working, but nobody should walk to the room. */
export function CancelledBadge({ talk }: { talk: Pick<TalkSummary, 'status'> }) {
  if (talk.status !== 'cancelled') return null
  return <span className="cancelled-badge">Cancelled</span>
}
