import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/data/types'
import { multiSessionDataset } from '../../tests/fixtures/multi-session'
import { datasetVersion } from '../dataset/dataset-version'
import { validateDataset } from '../dataset/validate-dataset'
import { editDataset, runEditCli } from './edit-dataset'

const NEURIPS = resolve(import.meta.dirname, '../../data/neurips-2018.json')
const neurips: Dataset = JSON.parse(readFileSync(NEURIPS, 'utf8'))
const ODE = 'neural-ordinary-differential-equations'
const EPG = 'evolved-policy-gradients'
const BATCH_NORM = 'how-does-batch-normalization-help-optimization'

const talkIn = (dataset: Dataset, id: string) => dataset.talks.find((t) => t.id === id)!

describe('editDataset', () => {
  it('derives the version the way the importer does', () => {
    const { version, ...content } = neurips
    expect(datasetVersion(content)).toBe(version)
  })

  it('moves, retitles, cancels and renames talks, each with one revision more, and a new version', () => {
    const { dataset, revised, renamed } = editDataset(neurips, {
      move: [`${ODE}=+30`, `${ODE}=+15`],
      title: [`${ODE}=Neural ODEs, revisited`],
      cancel: [EPG],
      rename: [`${BATCH_NORM}=batch-normalization-and-optimization`],
    })
    expect(validateDataset(dataset)).toEqual([])
    expect(dataset.version).toMatch(/^2026-11-26\.[0-9a-f]{8}$/)
    expect(dataset.version).not.toBe(neurips.version)
    expect(talkIn(dataset, ODE)).toMatchObject({
      start: '2018-12-04T13:35:00-08:00',
      end: '2018-12-04T13:50:00-08:00',
      title: 'Neural ODEs, revisited',
      revision: 1,
    })
    expect(talkIn(dataset, EPG)).toMatchObject({ status: 'cancelled', revision: 1 })
    // A rename alone moves no time, room, title or status: like the importer, no new revision.
    const batchNorm = talkIn(dataset, 'batch-normalization-and-optimization')
    expect(batchNorm.formerIds).toEqual([BATCH_NORM])
    expect(batchNorm).not.toHaveProperty('revision')
    expect(talkIn(dataset, BATCH_NORM)).toBeUndefined()
    expect(revised.sort()).toEqual([EPG, ODE])
    expect(renamed).toEqual([{ from: BATCH_NORM, to: 'batch-normalization-and-optimization' }])
    // The fields sit where the importer puts them, and untouched talks are byte for byte the same.
    expect(Object.keys(talkIn(dataset, EPG)).slice(5, 8)).toEqual(['title', 'status', 'revision'])
    const untouched = neurips.talks.filter((t) => ![ODE, EPG, BATCH_NORM].includes(t.id))
    for (const talk of untouched)
      expect(JSON.stringify(talkIn(dataset, talk.id))).toBe(JSON.stringify(talk))
    // The input is left as it was.
    expect(talkIn(neurips, ODE).revision).toBeUndefined()
  })

  it('continues a history: the next revision, the rename chain oldest first', () => {
    const b = editDataset(neurips, { move: [`${ODE}=-5`], rename: [`${ODE}=node-b`] }).dataset
    const c = editDataset(b, { room: [], addRoom: ['hall-a=Hall A'], rename: ['node-b=node-c'] })
    expect(talkIn(c.dataset, 'node-c')).toMatchObject({ revision: 1, formerIds: [ODE, 'node-b'] })
    const d = editDataset(c.dataset, { room: ['node-c=hall-a'], rename: [`node-c=${ODE}`] })
    // Back to its first id: that id is its current one again, the others stay former ones.
    expect(talkIn(d.dataset, ODE)).toMatchObject({
      roomId: 'hall-a',
      revision: 2,
      formerIds: ['node-b', 'node-c'],
    })
  })

  it('puts a talk in a room of the dataset, or one added first, and grows its session to hold a moved talk', () => {
    const { dataset } = editDataset(neurips, {
      addRoom: ['room-517=Room 517 A'],
      room: [`${ODE}=room-517`],
      move: ['hierarchical-graph-representation-learning-with-differentiable-pooling=+20'],
    })
    expect(dataset.rooms).toEqual([{ id: 'room-517', name: 'Room 517 A' }])
    expect(talkIn(dataset, ODE)).toMatchObject({ roomId: 'room-517', revision: 1 })
    expect(dataset.sessions[0]!.end).toBe('2018-12-04T14:20:00-08:00')
    expect(dataset.sessions[0]!.start).toBe(neurips.sessions[0]!.start)

    const rooms = editDataset(multiSessionDataset, { room: ['a1=hall-c'] }).dataset
    expect(talkIn(rooms, 'a1')).toMatchObject({ roomId: 'hall-c', revision: 1 })
  })

  it('names the flag and its value for an edit it cannot make', () => {
    const failing: [Parameters<typeof editDataset>[1], RegExp][] = [
      [
        { move: ['neural-ordinary-differential-equation=+15'] },
        /^--move neural-ordinary-differential-equation=\+15: no talk "neural-ordinary-differential-equation" in the dataset \(did you mean neural-ordinary-differential-equations\?\)$/,
      ],
      [
        { move: [`${ODE}=soon`] },
        /^--move neural-ordinary-differential-equations=soon: "soon" is not a number of minutes like \+15 or -30$/,
      ],
      [{ move: [`${ODE}=+0`] }, /^--move .*: "\+0" is not a number of minutes/],
      [{ move: [`${ODE}=1.5`] }, /^--move .*: "1\.5" is not a number of minutes/],
      [{ move: [ODE] }, /^--move neural-ordinary-differential-equations: expected <id>=<value>$/],
      [
        { room: [`${ODE}=hall-b`] },
        /^--room neural-ordinary-differential-equations=hall-b: no room "hall-b" in the dataset \(it has no rooms: add one with --add-room <roomId>=<name>\)$/,
      ],
      [{ cancel: ['nope'] }, /^--cancel nope: no talk "nope" in the dataset$/],
      [
        { reinstate: [ODE] },
        /^--reinstate neural-ordinary-differential-equations: the talk is not cancelled$/,
      ],
      [
        { title: [`${EPG}=Evolved Policy Gradients`] },
        /^--title evolved-policy-gradients=Evolved Policy Gradients: the talk has that title already$/,
      ],
      [
        { rename: [`${ODE}=${EPG}`] },
        /^--rename neural-ordinary-differential-equations=evolved-policy-gradients: "evolved-policy-gradients" is already the id or a former id of talk evolved-policy-gradients/,
      ],
      [{ rename: [`${ODE}=Not An Id`] }, /^--rename .*: "Not An Id" is not an id/],
      [
        { rename: [`${ODE}=x`, `${EPG}=x`] },
        /^--rename evolved-policy-gradients=x: "x" is already the id or a former id of talk x/,
      ],
      [{ addRoom: ['Hall=Hall'] }, /^--add-room Hall=Hall: "Hall" is not an id/],
    ]
    for (const [edits, message] of failing)
      expect(() => editDataset(neurips, edits)).toThrow(message)

    const renamed = editDataset(neurips, { rename: [`${ODE}=node`] }).dataset
    expect(() => editDataset(renamed, { rename: [`${EPG}=${ODE}`] })).toThrow(
      /"neural-ordinary-differential-equations" is already the id or a former id of talk node/,
    )
  })

  it('refuses a result the validator rejects, saying what is wrong', () => {
    expect(() => editDataset(neurips, { title: [`${ODE}=Bell\u0007`] })).toThrow(
      /^the edited dataset is invalid:\n {2}talks\[4\]\.title: expected one line without control characters/,
    )
  })
})

describe('npm run dataset:edit', () => {
  let dir: string
  let output: { log: string[]; error: string[] }
  const io = {
    log: (line: string) => output.log.push(line),
    error: (line: string) => output.error.push(line),
  }
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-edit-'))
    output = { log: [], error: [] }
  })

  it('writes version B and says what changed', () => {
    const out = join(dir, 'b.json')
    const args = [NEURIPS, '--out', out, '--move', `${ODE}=+15`, '--cancel', EPG]
    expect(runEditCli(args, io)).toBe(0)
    const b: Dataset = JSON.parse(readFileSync(out, 'utf8'))
    expect(talkIn(b, ODE).revision).toBe(1)
    expect(output.log).toEqual([
      expect.stringMatching(
        /^neurips-2018\.json \(version 2026-11-26\.67fdf23d\) -> .*b\.json \(version 2026-11-26\.[0-9a-f]{8}\): 2 talk\(s\) with a new revision \(evolved-policy-gradients, neural-ordinary-differential-equations\), 0 renamed$/,
      ),
    ])
    expect(readFileSync(out, 'utf8').endsWith('}\n')).toBe(true)
  })

  it('writes nothing and exits non-zero when an edit fails, keeping an earlier output', () => {
    const out = join(dir, 'b.json')
    expect(runEditCli([NEURIPS, '--out', out, '--room', `${ODE}=hall-b`], io)).toBe(1)
    expect(output.error).toEqual([
      expect.stringMatching(
        /^edit failed, nothing written: --room neural-ordinary-differential-equations=hall-b: no room "hall-b"/,
      ),
    ])
    expect(existsSync(out)).toBe(false)
    writeFileSync(out, 'earlier')
    expect(runEditCli([NEURIPS, '--out', out, '--cancel', 'nope'], io)).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe('earlier')
    expect(readdirSync(dir)).toEqual(['b.json'])
  })

  it('asks for an input, --out and at least one edit', () => {
    expect(runEditCli([NEURIPS, '--cancel', EPG], io)).toBe(2)
    expect(runEditCli([NEURIPS, '--out', join(dir, 'b.json')], io)).toBe(1)
    expect(output.error[1]).toMatch(/no talk to edit/)
    expect(runEditCli([NEURIPS, '--out', join(dir, 'b.json'), '--shift', 'x'], io)).toBe(2)
    expect(output.error[2]).toMatch(/Unknown option '--shift'/)
  })
})
