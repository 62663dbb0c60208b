import type { ChangedTalk, ScheduleDigest, TalkChange, TalkDigest } from './change-types'

/** What changed between two schedule versions; the checker adds the versions and when it noticed. */
export interface ScheduleComparison {
  /** Changes to talks starred under their old or their new id, in schedule order. */
  starred: ChangedTalk[]
  /** Changes to every other talk, in schedule order. */
  others: ChangedTalk[]
  /** Talks the source renamed, as [previous id, current id], in the next version's order: where stars move. */
  renamed: [from: string, to: string][]
}

/**
 * Compares the version last seen with the new one. A talk of the new version is the previous talk with its id, else
 * the previous talk with one of its former ids (newest first, so a chain of renames leads back to whichever id the
 * previous version had); a previous talk is claimed once, and an unchanged id wins over a former id. Talks are
 * listed in the new version's order, then the removed ones in the previous version's order.
 *
 * Linear: a few Map lookups a talk, so 10,000 talks take milliseconds.
 */
export function compareSchedules(
  previous: ScheduleDigest,
  next: ScheduleDigest,
  starredIds: ReadonlySet<string>,
): ScheduleComparison {
  const previousById = new Map<string, TalkDigest>()
  for (const talk of previous.talks) if (!previousById.has(talk.id)) previousById.set(talk.id, talk)

  // First the talks that kept their id, so a former id never takes a talk that is still there under it.
  const matched: (TalkDigest | undefined)[] = new Array(next.talks.length)
  const claimed = new Set<string>()
  next.talks.forEach((talk, i) => {
    const same = previousById.get(talk.id)
    if (same && !claimed.has(talk.id)) {
      matched[i] = same
      claimed.add(talk.id)
    }
  })
  next.talks.forEach((talk, i) => {
    if (matched[i] || !talk.formerIds) return
    for (let f = talk.formerIds.length - 1; f >= 0; f--) {
      const former = previousById.get(talk.formerIds[f]!)
      if (former && !claimed.has(former.id)) {
        matched[i] = former
        claimed.add(former.id)
        return
      }
    }
  })

  const result: ScheduleComparison = { starred: [], others: [], renamed: [] }
  const add = (changed: ChangedTalk, ...ids: string[]) => {
    if (ids.some((id) => starredIds.has(id))) result.starred.push(changed)
    else result.others.push(changed)
  }

  next.talks.forEach((talk, i) => {
    const before = matched[i]
    if (!before) {
      add({ talkId: talk.id, title: talk.title, changes: [{ kind: 'added' }] }, talk.id)
      return
    }
    const changes = changesOf(before, talk)
    if (before.id !== talk.id) result.renamed.push([before.id, talk.id])
    if (changes.length > 0) add({ talkId: talk.id, title: talk.title, changes }, before.id, talk.id)
  })
  for (const talk of previous.talks)
    if (!claimed.has(talk.id) && previousById.get(talk.id) === talk)
      add({ talkId: talk.id, title: talk.title, changes: [{ kind: 'removed' }] }, talk.id)
  return result
}

/** What changed about one talk, the news an attendee acts on first: cancelled, then when, where, what, its link. */
function changesOf(before: TalkDigest, after: TalkDigest): TalkChange[] {
  const changes: TalkChange[] = []
  if (!before.cancelled && after.cancelled) changes.push({ kind: 'cancelled' })
  if (before.cancelled && !after.cancelled) changes.push({ kind: 'reinstated' })
  if (!sameInstant(before.start, after.start) || !sameInstant(before.end, after.end))
    changes.push({
      kind: 'time',
      from: { start: before.start, end: before.end },
      to: { start: after.start, end: after.end },
    })
  if (before.room !== after.room) changes.push({ kind: 'room', from: before.room, to: after.room })
  if (before.title !== after.title)
    changes.push({ kind: 'title', from: before.title, to: after.title })
  if (before.id !== after.id) changes.push({ kind: 'id', from: before.id })
  return changes
}

/** The same instant written alike, or written with another offset (a re-import may spell it differently). */
function sameInstant(a: string, b: string): boolean {
  return a === b || Date.parse(a) === Date.parse(b)
}
