import { sourceId } from '../../../src/lib/slug'
import { SourceError } from '../import-error'
import type { SourceEvent } from './source-schedule'

/**
 * Talk ids, which are also the talks' URLs, so they must not change when the schedule is imported again: the
 * source's own slug where it has one (FOSDEM "3VNNBK-efficient-git-for-high-stakes" -> "3vnnbk-efficient-git-for-
 * high-stakes", pretalx "MJA8QY" -> "mja8qy"), else its guid, else the slug of the title (letters of any script
 * kept), made unique with -2, -3. Two events with the same source id, guid or slug are an error in the source: one
 * of them would lose its URL.
 */
export function assignTalkIds(events: readonly SourceEvent[]): string[] {
  rejectDuplicates(events, 'id', (event) => event.id)
  rejectDuplicates(events, 'guid', (event) => event.guid)
  rejectDuplicates(events, 'slug', (event) => event.slug && sourceId(event.slug))
  const fromSource = events.map((event) => sourceId(event.slug ?? '') || sourceId(event.guid ?? ''))
  const taken = new Set(fromSource.filter((id) => id !== ''))
  return events.map((event, i) => {
    if (fromSource[i]) return fromSource[i]
    // Not slugify's uniqueSlug: that would drop a CJK title's letters.
    const base = sourceId(event.title ?? '') || 'talk'
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  })
}

function rejectDuplicates(
  events: readonly SourceEvent[],
  field: 'id' | 'guid' | 'slug',
  key: (event: SourceEvent) => string | undefined,
) {
  const first = new Map<string, SourceEvent>()
  for (const event of events) {
    const value = key(event)
    if (!value) continue
    const earlier = first.get(value)
    if (earlier)
      throw new SourceError(
        event.at(field === 'id' ? undefined : field),
        `duplicate event ${field} "${value}": ${earlier.at()} has it too`,
      )
    first.set(value, event)
  }
}
