import { describe, expect, it } from 'vitest'
import type { Dataset, ScheduleIndex } from '../../src/data/types'
import { multiSessionDataset } from '../../tests/fixtures/multi-session'
import { datasetAssets } from './dataset-assets'

/** The schedule index and every day's index file, as the build writes them. */
function indexFiles(dataset: Dataset): ScheduleIndex[] {
  const { schedule, days } = datasetAssets(dataset)
  return [schedule, ...days].map((asset) => JSON.parse(asset.source) as ScheduleIndex)
}

describe('the schedule and day index files', () => {
  const changed = structuredClone(multiSessionDataset)
  const renamed = changed.talks.at(-1)!
  renamed.revision = 2
  renamed.formerIds = ['first-name', 'second-name']

  it('carry a talk’s revision and former ids (the calendar export and old links need them)', () => {
    const files = indexFiles(changed)
    expect(files).toHaveLength(3)
    for (const file of [files[0]!, files.at(-1)!])
      expect(file.talks.find((t) => t.id === renamed.id)).toMatchObject({
        revision: 2,
        formerIds: ['first-name', 'second-name'],
      })
  })

  it('add not a byte to talks that never changed', () => {
    const before = indexFiles(multiSessionDataset)
    const after = indexFiles(changed)
    for (const [i, file] of after.entries())
      for (const talk of file.talks.filter((t) => t.id !== renamed.id)) {
        expect(Object.keys(talk)).not.toContain('revision')
        expect(Object.keys(talk)).not.toContain('formerIds')
        expect(JSON.stringify(talk)).toBe(
          JSON.stringify(before[i]!.talks.find((t) => t.id === talk.id)),
        )
      }
  })
})
