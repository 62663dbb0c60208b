import { existsSync, readFileSync } from 'node:fs'
import * as v from 'valibot'
import type { Talk } from '../../src/data/types'
import { idChain, talkFingerprint, withHistory, type TalkState } from './talk-history'

/**
 * What a schedule import remembers between runs, in a small file beside the dataset ("fosdem.json" ->
 * "fosdem.ids.json", kept with the dataset): for each event, by the source's own identity of it (its guid, else its
 * event id), the ids it has had (oldest first, the current one last), its revision, and a fingerprint of its time,
 * room, title and status. So a re-import knows a renamed slug is the same talk (its old id becomes a former id, and
 * links and stars follow it) and that a talk changed (its revision, the calendar's SEQUENCE, goes up).
 */
export interface ImportRegistry {
  events: Record<string, RegistryEntry>
}

export interface RegistryEntry {
  ids: string[]
  revision: number
  fingerprint: string
}

const registrySchema = v.strictObject({
  events: v.record(
    v.string(),
    v.strictObject({
      ids: v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.nonEmpty()),
      revision: v.pipe(v.number(), v.integer(), v.minValue(0)),
      fingerprint: v.pipe(v.string(), v.nonEmpty()),
    }),
  ),
})

/** "x.json" -> "x.ids.json", beside it. */
export function registryPathFor(datasetPath: string): string {
  return `${datasetPath.replace(/\.json$/i, '')}.ids.json`
}

/** The registry cannot be used: the import stops rather than lose every talk's history. */
export class RegistryError extends Error {
  constructor(path: string, detail: string) {
    super(
      `the import registry ${path} cannot be read: ${detail}. Fix it, or move it away to start the talks' history afresh (their revisions and former ids would be lost)`,
    )
    this.name = 'RegistryError'
  }
}

/** The registry of earlier imports; undefined before the first one. */
export function readRegistry(path: string): ImportRegistry | undefined {
  if (!existsSync(path)) return undefined
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new RegistryError(path, error instanceof Error ? error.message : String(error))
  }
  const result = v.safeParse(registrySchema, value)
  if (!result.success) {
    const issue = result.issues[0]
    const where = v.getDotPath(issue) ?? 'the file'
    throw new RegistryError(path, `${where}: expected ${issue.expected ?? issue.message}`)
  }
  return result.output
}

/** How the registry knows an event: the source's guid, else its event id, else (no identity at all) the talk's id. */
export function eventKey(event: { guid?: string; id?: string }, talkId: string): string {
  if (event.guid) return `guid:${event.guid}`
  if (event.id) return `id:${event.id}`
  return `talk:${talkId}`
}

/**
 * The imported talks with their history from the registry, and the registry to keep. A first import (no registry)
 * gives no talk a revision or former id. Events the source no longer lists keep their entries, so one that comes
 * back keeps its history. A former id that now leads elsewhere (another talk's current id, or a former id of two
 * talks) is left out of the dataset, with a warning: an old link must lead to one talk only.
 */
export function applyRegistry(
  imported: readonly { talk: Talk; key: string; state: TalkState }[],
  registry: ImportRegistry | undefined,
): { talks: Talk[]; registry: ImportRegistry; warnings: string[] } {
  const events: Record<string, RegistryEntry> = { ...registry?.events }
  const entries = imported.map(({ talk, key, state }) => {
    const known = registry?.events[key]
    const fingerprint = talkFingerprint(state)
    const entry: RegistryEntry = known
      ? {
          ids: idChain(known.ids, talk.id),
          revision: known.revision + (known.fingerprint === fingerprint ? 0 : 1),
          fingerprint,
        }
      : { ids: [talk.id], revision: 0, fingerprint }
    events[key] = entry
    return entry
  })

  const warnings: string[] = []
  const currentIds = new Set(imported.map(({ talk }) => talk.id))
  const formerOwners = new Map<string, number>()
  for (const entry of entries)
    for (const id of entry.ids.slice(0, -1)) formerOwners.set(id, (formerOwners.get(id) ?? 0) + 1)
  const talks = imported.map(({ talk }, i) => {
    const formerIds = entries[i]!.ids.slice(0, -1).filter((id) => {
      if (currentIds.has(id))
        warnings.push(
          `talk ${talk.id} was once "${id}", now the id of another talk: old links to it lead there`,
        )
      else if (formerOwners.get(id)! > 1)
        warnings.push(
          `talk ${talk.id} was once "${id}", as was another talk: old links to it lead to neither`,
        )
      else return true
      return false
    })
    return withHistory(talk, { revision: entries[i]!.revision, formerIds })
  })

  const sorted = Object.fromEntries(Object.entries(events).sort(([a], [b]) => compare(a, b)))
  return { talks, registry: { events: sorted }, warnings }
}

/** What a re-import found, for the command to say: how many talks changed, how many the source renamed. */
export function registryNews(before: ImportRegistry | undefined, after: ImportRegistry): string {
  if (!before) return 'first import: no revisions'
  let changed = 0
  let renamed = 0
  for (const [key, entry] of Object.entries(after.events)) {
    const earlier = before.events[key]
    if (!earlier) continue
    if (entry.revision > earlier.revision) changed++
    if (entry.ids.at(-1) !== earlier.ids.at(-1)) renamed++
  }
  return `since the last import ${changed} talk(s) changed, ${renamed} renamed`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
