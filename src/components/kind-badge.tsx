import { useOutline } from '../data/outline-context'
import type { TalkSummary } from '../data/types'
import { badgeLabel } from './badge-rule'

export { kindLabel } from './badge-rule'

/**
 * A talk's kind or type, where it tells something (the rule: src/components/badge-rule.ts). `type` is the source's
 * own word for it; without it a talk of kind 'other' has no badge.
 */
export function KindBadge({
  kind,
  type,
}: {
  kind: TalkSummary['kind']
  /** Required, though it may be undefined: a caller that forgot it would silently lose every 'other' badge. */
  type: TalkSummary['type'] | undefined
}) {
  const label = badgeLabel({ kind, type }, useOutline().commonType)
  if (label === null) return null
  return <span className={`kind-badge kind-badge--${kind}`}>{label}</span>
}
