import { describe, expect, it } from 'vitest'
import { scheduleIndexOf } from '../../../../tests/fixtures/multi-session'
import { scheduleModel } from '../../../data/schedule-model'
import { dayIndex } from '../../../data/day-index'
import { GRID_DAY, gridDataset } from './grid-fixture'
import { gridLayout, talkLinkName, talksBetween, wallMinute } from './grid-layout'

const model = scheduleModel(dayIndex(scheduleIndexOf(gridDataset), GRID_DAY))
const at = (time: string) => Date.parse(`${GRID_DAY}T${time}:00+01:00`)

describe('gridLayout', () => {
  const layout = gridLayout(model.talks, model, 'Europe/Brussels')

  it('makes a column of each room with talks, in the order the source lists the rooms', () => {
    expect(layout.columns.map((column) => column.name)).toEqual(['Janson', 'K.1.105', 'H.2215'])
  })

  it('orders the talks by time, then room', () => {
    expect(layout.talks.map((placed) => placed.talk.id)).toEqual([
      'j1',
      'j2',
      'k1',
      'h1',
      'h2',
      'h3',
      'j3',
    ])
    expect(layout.talks.map((placed) => placed.index)).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it('spans the day from the half hour before the first talk to the quarter hour after the last', () => {
    expect(layout.origin).toBe(at('09:30'))
    expect(layout.end).toBe(at('17:30'))
    expect(layout.slots).toBe(32)
  })

  it('starts on a half hour of the zone shown, whatever its offset', () => {
    const inKolkata = gridLayout(model.talks, model, 'Asia/Kolkata') // 09:30 in Brussels is 14:00 there
    expect(wallMinute(inKolkata.origin, 'Asia/Kolkata')).toBe(0)
    const inKathmandu = gridLayout(model.talks, model, 'Asia/Kathmandu') // 14:15 there
    expect(inKathmandu.origin).toBe(at('09:15'))
    expect(wallMinute(inKathmandu.origin, 'Asia/Kathmandu')).toBe(0)
  })

  it('puts overlapping talks in one room side by side, and only those', () => {
    const lanes = Object.fromEntries(
      layout.talks.map((placed) => [placed.talk.id, [placed.lane, placed.lanes]]),
    )
    expect(lanes).toMatchObject({ h1: [0, 1], h2: [0, 2], h3: [1, 2], j2: [0, 1], k1: [0, 1] })
  })

  it('gives talks without a room a last column of their own', () => {
    const talks = [...model.talks, { ...model.talks[0]!, id: 'nowhere', roomId: undefined }]
    const columns = gridLayout(talks, model, 'Europe/Brussels').columns
    expect(columns.at(-1)).toEqual({ id: '', name: 'No room' })
  })

  it('is empty for no talks', () => {
    expect(gridLayout([], model, 'Europe/Brussels')).toMatchObject({ talks: [], slots: 0 })
  })
})

describe('talksBetween', () => {
  it('keeps the talks that show between two instants, running ones included', () => {
    const { talks } = gridLayout(model.talks, model, 'Europe/Brussels')
    const shown = talksBetween(talks, at('10:40'), at('11:00')).map((placed) => placed.talk.id)
    expect(shown).toEqual(['j2', 'h3'])
  })
})

describe('talkLinkName', () => {
  it('says the title, time and room, then cancelled and starred', () => {
    expect(
      talkLinkName('Tiny Tools', '10:00–10:15', 'H.2215', { cancelled: false, starred: false }),
    ).toBe('Tiny Tools, 10:00–10:15, H.2215')
    expect(talkLinkName('Gone', '10:15–10:40', 'H.2215', { cancelled: true, starred: true })).toBe(
      'Gone, 10:15–10:40, H.2215, cancelled, starred',
    )
  })
})
