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

const sameType = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * The source type most of the conference's talks share ("Talk", "devroom"), as published; null when no type leads
 * (a tie, or no types at all). A whole-conference fact: the build computes it once into the outline
 * (src/data/dataset-outline.ts), so a badge costs no pass over the talks.
 */
export function mostCommonType(talks: readonly Pick<TalkSummary, 'type'>[]): string | null {
  const counts = new Map<string, { type: string; count: number }>()
  for (const { type } of talks) {
    if (!type?.trim()) continue
    const key = type.trim().toLowerCase()
    const entry = counts.get(key) ?? { type: type.trim(), count: 0 }
    entry.count++
    counts.set(key, entry)
  }
  let best: { type: string; count: number } | null = null
  let tied = false
  for (const entry of counts.values()) {
    if (best === null || entry.count > best.count) {
      best = entry
      tied = false
    } else if (entry.count === best.count) tied = true
  }
  return best && !tied ? best.type : null
}

/**
 * What a talk's badge says, or null for no badge: a badge is worth its space only where it tells this talk apart. The
 * kinds the app knows (oral, spotlight, keynote...) are always named; a talk of kind 'other' shows its source's type
 * unless that is what most of the conference's talks are (882 "Talk" badges on 883 rows say nothing).
 */
export function badgeLabel(
  talk: Pick<TalkSummary, 'kind' | 'type'>,
  commonType: string | null,
): string | null {
  if (talk.kind !== 'other') return KIND_LABELS[talk.kind]
  const type = talk.type?.trim()
  if (!type || (commonType !== null && sameType(type, commonType))) return null
  return type
}
