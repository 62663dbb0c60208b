import type { TalkKind, TalkSummary } from '../data/types'

const KIND_LABELS: Record<TalkKind, string> = {
  oral: 'Oral',
  spotlight: 'Spotlight',
  poster: 'Poster',
  keynote: 'Keynote',
  invited: 'Invited talk',
  tutorial: 'Tutorial',
  other: 'Talk',
}

/** The kind's name: a filter's option, a search summary ("talks"). */
export function kindLabel(kind: TalkKind): string {
  return KIND_LABELS[kind]
}

/**
 * What a talk's badge says, or null for no badge: a badge is worth its space only where it tells this talk apart. The
 * kinds the app knows (oral, spotlight, keynote...) are always named; a talk of kind 'other' shows its source's type
 * unless that is what most of the conference's talks are (882 "Talk" badges on 883 rows say nothing): the outline's
 * `commonType` (src/data/dataset-outline.ts).
 */
export function badgeLabel(
  talk: Pick<TalkSummary, 'kind' | 'type'>,
  commonType: string | null,
): string | null {
  if (talk.kind !== 'other') return KIND_LABELS[talk.kind]
  const type = talk.type?.trim()
  if (!type || type.toLowerCase() === commonType?.trim().toLowerCase()) return null
  return type
}
