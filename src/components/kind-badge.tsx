import type { TalkKind } from '../data/types'

const LABELS: Record<TalkKind, string> = {
  oral: 'Oral',
  spotlight: 'Spotlight',
  poster: 'Poster',
  keynote: 'Keynote',
  invited: 'Invited talk',
  tutorial: 'Tutorial',
  other: 'Talk',
}

export function kindLabel(kind: TalkKind): string {
  return LABELS[kind]
}

export function KindBadge({ kind }: { kind: TalkKind }) {
  return <span className={`kind-badge kind-badge--${kind}`}>{LABELS[kind]}</span>
}
