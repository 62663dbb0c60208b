import { uniqueSlug } from '../../src/lib/slug'

/**
 * Talk ids are the slug of the title as first imported, and never change after that: the committed id map remembers
 * each talk by its title and by its slot (session and start). A corrected title is still found by its slot, a moved
 * talk by its title, so either change keeps the id and every shared link keeps working.
 */
export interface IdMapEntry {
  id: string
  title: string
  slot: string
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
