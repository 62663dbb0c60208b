import { uniqueSlug } from '../../src/lib/slug'
import { talkFingerprint, type TalkState } from './talk-history'

/**
 * Talk ids are the slug of the title as first imported, and never change after that: the committed id map remembers
 * each talk by its title and by its slot (session and start). A corrected title is still found by its slot, a moved
 * talk by its title, so either change keeps the id and every shared link keeps working.
 *
 * Each entry also keeps the talk's revision and a fingerprint of its time, room, title and status
 * (talk-history.ts): an import that finds another fingerprint gives the talk its next revision (the calendar's
 * SEQUENCE). An entry written before revisions were kept has neither: its talk starts at revision 0.
 */
export interface IdMapEntry {
  id: string
  title: string
  slot: string
  revision?: number
  fingerprint?: string
}

export interface IdMap {
  talks: IdMapEntry[]
}

export function assignTalkIds(
  idMap: IdMap,
  talks: readonly { title: string; slot: string }[],
): { ids: string[]; idMap: IdMap } {
  const entries = idMap.talks.map((entry) => ({ ...entry }))
  const taken = new Set(entries.map((entry) => entry.id))
  const claimed = new Set<IdMapEntry>()
  const ids = talks.map(({ title, slot }) => {
    const known =
      entries.find((e) => !claimed.has(e) && e.title === title) ??
      entries.find((e) => !claimed.has(e) && e.slot === slot)
    const entry = known ?? { id: uniqueSlug(title, taken, 'talk'), title, slot }
    if (!known) entries.push(entry)
    claimed.add(entry)
    entry.title = title
    entry.slot = slot
    return entry.id
  })
  return { ids, idMap: { talks: entries } }
}

/**
 * Each talk's revision, and the id map with the talks' fingerprints and revisions recorded. A talk's first
 * fingerprint is revision 0; every import that finds it changed adds one.
 */
export function recordRevisions(
  idMap: IdMap,
  talks: readonly { id: string; state: TalkState }[],
): { revisions: number[]; idMap: IdMap } {
  const entries = idMap.talks.map((entry) => ({ ...entry }))
  const revisions = talks.map(({ id, state }) => {
    const entry = entries.find((e) => e.id === id)
    if (!entry) throw new Error(`talk ${id} is not in the id map`)
    const fingerprint = talkFingerprint(state)
    const earlier = entry.fingerprint
    entry.revision =
      (entry.revision ?? 0) + (earlier === undefined || earlier === fingerprint ? 0 : 1)
    entry.fingerprint = fingerprint
    return entry.revision
  })
  return { revisions, idMap: { talks: entries } }
}
