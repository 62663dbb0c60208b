import { mkdirSync, readFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { parseArgs } from 'node:util'
import type { Dataset, Room, Talk } from '../../src/data/types'
import { closestMatches } from '../../src/lib/closest-matches'
import { toZonedIso } from '../../src/lib/zoned-time'
import { isId } from '../dataset/dataset-schema'
import { datasetVersion } from '../dataset/dataset-version'
import { migrateDataset } from '../dataset/migrate-dataset'
import { assertDataset, validateDataset } from '../dataset/validate-dataset'
import {
  idChain,
  insertAfter,
  talkFingerprint,
  talkState,
  withHistory,
} from '../import/talk-history'
import { writeAtomically } from '../import/write-atomically'

export const USAGE = `usage: npm run dataset:edit -- <in.json> --out <out.json> [edits]
  Makes a later version of a dataset, as a re-import of a changed schedule would: each edited talk gets its next
  revision (once, however many edits), a renamed one keeps its old id in formerIds, and the dataset a new version.
  Talk ids are the input's. Every flag can be given several times.
  --move <talkId>=<+/-minutes>   move the talk (start and end) by that many minutes, e.g. --move my-talk=+30
  --room <talkId>=<roomId>       put the talk in another room of the dataset
  --add-room <roomId>=<name>     add a room first (a dataset with no rooms, like the bundled one, needs one)
  --title <talkId>=<text>        give the talk a new title
  --cancel <talkId>              cancel the talk
  --reinstate <talkId>           put a cancelled talk back on
  --rename <talkId>=<newId>      give the talk a new id, as a source renaming its slug does`

/** One edit that cannot be made, named by its flag and value: "--move nope=+15: no talk "nope" ...". */
export class EditError extends Error {
  constructor(flag: string, value: string, detail: string) {
    super(`${flag} ${value}: ${detail}`)
    this.name = 'EditError'
  }
}

export interface DatasetEdits {
  move?: string[]
  room?: string[]
  addRoom?: string[]
  title?: string[]
  cancel?: string[]
  reinstate?: string[]
  rename?: string[]
}

export interface EditSummary {
  dataset: Dataset
  /** The ids (in the output) of the talks that got a new revision. */
  revised: string[]
  renamed: { from: string; to: string }[]
}

/**
 * The dataset after the edits, validated, with its new version. Throws an EditError naming the first flag that
 * cannot be applied (unknown talk or room, bad minutes, a rename onto an id in use, an edit that changes nothing),
 * or an Error listing what the validator found wrong with the result.
 */
export function editDataset(input: Dataset, edits: DatasetEdits): EditSummary {
  const dataset = structuredClone(input)
  // Every flag names a talk by its id in the input, renamed or not by an earlier flag.
  const byInputId = new Map(dataset.talks.map((talk) => [talk.id, talk]))
  const inputIdOf = new Map<Talk, string>()
  const talkFor = (flag: string, value: string, talkId: string): Talk => {
    const talk = byInputId.get(talkId)
    if (!talk) {
      const near = closestMatches(talkId, input.talks, (t) => t.id).map((t) => t.id)
      throw new EditError(
        flag,
        value,
        `no talk "${talkId}" in the dataset${near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : ''}`,
      )
    }
    inputIdOf.set(talk, talkId)
    return talk
  }

  for (const value of edits.addRoom ?? []) {
    const [roomId, name] = pair('--add-room', value)
    if (!isId(roomId))
      throw new EditError(
        '--add-room',
        value,
        `"${roomId}" is not an id (lowercase letters and digits joined by -)`,
      )
    if (dataset.rooms.some((room) => room.id === roomId))
      throw new EditError('--add-room', value, `the dataset already has a room "${roomId}"`)
    dataset.rooms.push({ id: roomId, name: name.trim() })
  }

  for (const value of edits.move ?? []) {
    const [talkId, amount] = pair('--move', value)
    if (!/^[+-]?\d{1,5}$/.test(amount) || Number(amount) === 0)
      throw new EditError('--move', value, `"${amount}" is not a number of minutes like +15 or -30`)
    const talk = talkFor('--move', value, talkId)
    const shift = (instant: string) =>
      toZonedIso(Date.parse(instant) + Number(amount) * 60_000, dataset.conference.timeZone)
    talk.start = shift(talk.start)
    talk.end = shift(talk.end)
  }

  for (const value of edits.room ?? []) {
    const [talkId, roomId] = pair('--room', value)
    const room = dataset.rooms.find((r) => r.id === roomId)
    if (!room)
      throw new EditError(
        '--room',
        value,
        `no room "${roomId}" in the dataset (${roomList(dataset.rooms)})`,
      )
    const talk = talkFor('--room', value, talkId)
    if (talkState(talk, dataset).room === room.name)
      throw new EditError('--room', value, `the talk is in ${room.name} already`)
    setField(talk, { roomId }, ['track', 'type', 'kind'])
  }

  for (const value of edits.title ?? []) {
    const [talkId, title] = pair('--title', value)
    const talk = talkFor('--title', value, talkId)
    if (title.trim() === talk.title)
      throw new EditError('--title', value, 'the talk has that title already')
    talk.title = title.trim()
  }

  for (const talkId of edits.cancel ?? []) {
    const talk = talkFor('--cancel', talkId, talkId)
    if (talk.status === 'cancelled')
      throw new EditError('--cancel', talkId, 'the talk is cancelled already')
    setField(talk, { status: 'cancelled' }, ['subtitle', 'title'])
  }

  for (const talkId of edits.reinstate ?? []) {
    const talk = talkFor('--reinstate', talkId, talkId)
    if (talk.status !== 'cancelled')
      throw new EditError('--reinstate', talkId, 'the talk is not cancelled')
    delete talk.status
  }

  // Last, so every other flag names talks by the input's ids.
  const renamed: { from: string; to: string }[] = []
  for (const value of edits.rename ?? []) {
    const [talkId, newId] = pair('--rename', value)
    const talk = talkFor('--rename', value, talkId)
    if (!isId(newId))
      throw new EditError(
        '--rename',
        value,
        `"${newId}" is not an id (lowercase letters and digits joined by -)`,
      )
    if (renamed.some((r) => r.from === talkId))
      throw new EditError('--rename', value, 'the talk is renamed twice')
    if (newId === talkId) throw new EditError('--rename', value, 'the talk has that id already')
    const holder =
      input.talks.find((t) => t.id === newId) ??
      dataset.talks.find((t) => t !== talk && (t.id === newId || t.formerIds?.includes(newId)))
    if (holder)
      throw new EditError(
        '--rename',
        value,
        `"${newId}" is already the id or a former id of talk ${holder.id}: old links would lead to two talks`,
      )
    talk.formerIds = idChain([...(talk.formerIds ?? []), talk.id], newId).slice(0, -1)
    talk.id = newId
    renamed.push({ from: talkId, to: newId })
  }

  // As the importer does: a new revision when the time, room, title or status changed, once per talk.
  const revised: string[] = []
  const inputTalks = new Map(input.talks.map((talk) => [talk.id, talk]))
  dataset.talks = dataset.talks.map((talk) => {
    const inputId = inputIdOf.get(talk)
    if (inputId === undefined) return talk
    const original = inputTalks.get(inputId)!
    const changed =
      talkFingerprint(talkState(talk, dataset)) !== talkFingerprint(talkState(original, input))
    if (changed) revised.push(talk.id)
    return withHistory(talk, {
      revision: (talk.revision ?? 0) + (changed ? 1 : 0),
      formerIds: talk.formerIds ?? [],
    })
  })
  growSessions(dataset)

  const { version: _previous, ...content } = dataset
  const result: Dataset = { ...content, version: datasetVersion(content) }
  const problems = validateDataset(result)
  if (problems.length > 0)
    throw new Error(`the edited dataset is invalid:\n  ${problems.slice(0, 20).join('\n  ')}`)
  return { dataset: result, revised, renamed }
}

/**
 * The command: reads the input dataset, applies the edits, writes the output atomically. Returns the exit code;
 * nothing is written unless every edit applied and the result is valid.
 */
export function runEditCli(
  args: readonly string[],
  out: { log: (line: string) => void; error: (line: string) => void } = console,
): number {
  let parsed
  try {
    const many = { type: 'string', multiple: true } as const
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        move: many,
        room: many,
        'add-room': many,
        title: many,
        cancel: many,
        reinstate: many,
        rename: many,
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    out.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    out.log(USAGE)
    return 0
  }
  if (positionals.length !== 1 || !values.out) {
    out.error(`give one input dataset and --out\n${USAGE}`)
    return 2
  }
  const edits: DatasetEdits = {
    ...(values.move ? { move: values.move } : {}),
    ...(values.room ? { room: values.room } : {}),
    ...(values['add-room'] ? { addRoom: values['add-room'] } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values.cancel ? { cancel: values.cancel } : {}),
    ...(values.reinstate ? { reinstate: values.reinstate } : {}),
    ...(values.rename ? { rename: values.rename } : {}),
  }
  const input = positionals[0]!
  try {
    if (Object.keys(edits).every((key) => key === 'addRoom'))
      throw new Error(
        'no talk to edit: give at least one --move, --room, --title, --cancel, --reinstate or --rename',
      )
    const before = assertDataset(migrateDataset(JSON.parse(readFileSync(input, 'utf8'))), input)
    const { dataset, revised, renamed } = editDataset(before, edits)
    mkdirSync(dirname(values.out), { recursive: true })
    writeAtomically(values.out, `${JSON.stringify(dataset, null, 2)}\n`)
    out.log(
      `${basename(input)} (version ${before.version}) -> ${values.out} (version ${dataset.version}): ${revised.length} talk(s) with a new revision${revised.length > 0 ? ` (${revised.join(', ')})` : ''}, ${renamed.length} renamed${renamed.length > 0 ? ` (${renamed.map((r) => `${r.from} -> ${r.to}`).join(', ')})` : ''}`,
    )
    return 0
  } catch (error) {
    out.error(
      `edit failed, nothing written: ${error instanceof Error ? error.message : String(error)}`,
    )
    return 1
  }
}

/** Sets fields on the talk in place (other flags hold it), a new one where the importer puts it. */
function setField(talk: Talk, fields: Partial<Talk>, after: readonly string[]) {
  const next = insertAfter(talk, fields, after)
  for (const key of Object.keys(talk)) delete (talk as Partial<Talk>)[key as keyof Talk]
  Object.assign(talk, next)
}

/** "talk-id=value" -> ["talk-id", "value"], split at the first "=" (a title may hold more). */
function pair(flag: string, value: string): [string, string] {
  const at = value.indexOf('=')
  if (at <= 0 || value.slice(at + 1).trim() === '')
    throw new EditError(flag, value, `expected <id>=<value>`)
  return [value.slice(0, at), value.slice(at + 1)]
}

function roomList(rooms: readonly Room[]): string {
  if (rooms.length === 0) return 'it has no rooms: add one with --add-room <roomId>=<name>'
  return `its rooms: ${rooms.map((room) => room.id).join(', ')}`
}

/** A session grows to hold a talk moved past its start or end; it never shrinks (its times may be printed ones). */
function growSessions(dataset: Dataset) {
  for (const session of dataset.sessions) {
    const talks = dataset.talks.filter((talk) => talk.sessionId === session.id)
    for (const talk of talks) {
      if (Date.parse(talk.start) < Date.parse(session.start)) session.start = talk.start
      if (Date.parse(talk.end) > Date.parse(session.end)) session.end = talk.end
    }
  }
}
