import { SourceError } from '../import-error'
import type { SourcePerson } from './source-schedule'

/**
 * Gives each person (by source identity) the first of their id candidates that no other person also asks for: frab's
 * slug when it is unique, else the slug with the frab id. Two people with the same name but different source ids
 * stay two people with two ids.
 */
export function assignPersonIds(people: readonly SourcePerson[]): Map<string, string> {
  const wantedBy = new Map<string, Set<string>>()
  for (const person of people)
    for (const candidate of person.idCandidates) {
      const keys = wantedBy.get(candidate) ?? new Set()
      keys.add(person.key)
      wantedBy.set(candidate, keys)
    }
  const ids = new Map<string, string>()
  const taken = new Set<string>()
  for (const person of people) {
    if (ids.has(person.key)) continue
    const id = person.idCandidates.find(
      (candidate) =>
        candidate !== '' && wantedBy.get(candidate)!.size === 1 && !taken.has(candidate),
    )
    if (id === undefined)
      throw new SourceError(
        person.at(),
        `no unique id for "${person.name ?? person.key}": ${person.idCandidates.join(', ')} are all shared with someone else`,
      )
    ids.set(person.key, id)
    taken.add(id)
  }
  return ids
}
