import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyCorrections } from './corrections'
import { buildDataset } from './build-dataset'
import type { IdMap } from './id-map'
import { parseSessionPage, type PrintedSession } from './parse-session-page'
import { readImportConfig } from './read-import-config'

const config = readImportConfig('data/neurips-2018.import.json')
const committedIdMap: IdMap = JSON.parse(readFileSync(config.idMap, 'utf8'))
const page = (): PrintedSession =>
  applyCorrections(parseSessionPage(readFileSync(config.source, 'utf8')), config.corrections)

describe('the session-page import keeps each talk’s revision in the id map', () => {
  it('imports the unchanged page to the committed dataset and id map, byte for byte', () => {
    const { dataset, idMap } = buildDataset(page(), config, committedIdMap)
    expect(JSON.stringify(dataset, null, 2)).toBe(readFileSync(config.output, 'utf8').trimEnd())
    expect(JSON.stringify(idMap, null, 2)).toBe(readFileSync(config.idMap, 'utf8').trimEnd())
    expect(dataset.talks.some((t) => 'revision' in t || 'formerIds' in t)).toBe(false)
  })

  it('gives a retitled or moved talk its next revision, keeping its id', () => {
    const changed = page()
    changed.talks[0]!.title.text = 'Evolved Policy Gradients, Revisited'
    changed.talks[1]!.time.start.minute += 2
    changed.talks[1]!.time.end.minute += 2
    const first = buildDataset(changed, config, committedIdMap)
    const [retitled, moved, same] = first.dataset.talks
    expect(retitled).toMatchObject({ id: 'evolved-policy-gradients', revision: 1 })
    expect(moved).toMatchObject({
      id: 'adapted-deep-embeddings-a-synthesis-of-methods-for-k-shot-inductive-transfer-learning',
      start: '2018-12-04T12:37:00-08:00',
      revision: 1,
    })
    expect(same).not.toHaveProperty('revision')
    expect(first.idMap.talks[0]).toMatchObject({ revision: 1 })
    expect(first.dataset.version).not.toBe(JSON.parse(readFileSync(config.output, 'utf8')).version)

    // The same page again: no new revision. Changed back: one more.
    const again = buildDataset(changed, config, first.idMap)
    expect(again.dataset).toEqual(first.dataset)
    const back = buildDataset(page(), config, first.idMap)
    expect(back.dataset.talks[0]).toMatchObject({ revision: 2 })
  })

  it('starts a talk from an id map written before revisions at revision 0', () => {
    const old: IdMap = {
      talks: committedIdMap.talks.map(({ id, title, slot }) => ({ id, title, slot })),
    }
    const { dataset, idMap } = buildDataset(page(), config, old)
    expect(dataset.talks.some((t) => 'revision' in t)).toBe(false)
    expect(idMap).toEqual(committedIdMap)
  })
})
