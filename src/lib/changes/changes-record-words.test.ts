import { describe, expect, it } from 'vitest'
import type { TalkChange } from './change-types'
import { changeMark, changeWords, mainChange } from './changes-record-words'

const ZONE = 'America/Los_Angeles'
const plain = (text: string | undefined) => text?.replace(/[\u2009\u202f\u00a0]/g, ' ')
const moved = (to: string): TalkChange => ({
  kind: 'time',
  from: { start: '2018-12-04T10:00:00-08:00', end: '2018-12-04T10:30:00-08:00' },
  to: { start: to, end: to },
})

describe('changes in words', () => {
  it('says a time change as was and now, with the day, in the zone given', () => {
    const words = changeWords(moved('2018-12-05T13:00:00-08:00'), ZONE, 'en-US')
    expect(words.label).toBe('Time')
    expect(plain(words.was)).toBe('Tue, Dec 4, 10:00 – 10:30 AM PST')
    expect(plain(words.now)).toMatch(/^Wed, Dec 5, 1:00/)
  })

  it('names a missing room, and says the other kinds in plain words', () => {
    expect(changeWords({ kind: 'room', from: null, to: 'Hall B' }, ZONE)).toEqual({
      label: 'Room',
      was: 'No room',
      now: 'Hall B',
    })
    expect(changeWords({ kind: 'reinstated' }, ZONE).label).toBe('Back on the schedule')
    expect(changeWords({ kind: 'removed' }, ZONE).label).toBe('No longer in the schedule')
    expect(changeWords({ kind: 'added' }, ZONE).label).toBe('New in the schedule')
  })

  it('marks the agenda with the most telling change: cancelled before moved before renamed', () => {
    const title: TalkChange = { kind: 'title', from: 'A', to: 'B' }
    expect(changeMark([title, { kind: 'cancelled' }], ZONE)).toBe('Changed: cancelled')
    expect(plain(changeMark([title, moved('2018-12-04T13:00:00-08:00')], ZONE, 'en-US'))).toBe(
      'Changed: moved to 1:00 PM',
    )
    expect(plain(changeMark([moved('2018-12-05T13:00:00-08:00')], ZONE, 'en-US'))).toBe(
      'Changed: moved to Wed, Dec 5, 1:00 PM',
    )
    expect(changeMark([title], ZONE)).toBe('Changed: title')
    expect(mainChange({ talkId: 'x', title: 'x', changes: [title, { kind: 'removed' }] })).toBe(
      'removed',
    )
  })
})
