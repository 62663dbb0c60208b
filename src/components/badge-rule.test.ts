import { describe, expect, it } from 'vitest'
import { mostCommonType } from '../data/dataset-outline'
import { badgeLabel } from './badge-rule'

describe('mostCommonType', () => {
  it('is the type most talks share, as published, whatever its case or spacing elsewhere', () => {
    const talks = [
      { type: 'devroom' },
      { type: 'Devroom ' },
      { type: 'devroom' },
      { type: 'maintrack' },
      { type: 'maintrack' },
      {},
    ]
    expect(mostCommonType(talks)).toBe('devroom')
  })

  it('is null on a tie or without types: then no type is the default one', () => {
    expect(mostCommonType([{ type: 'Talk' }, { type: 'Workshop' }])).toBeNull()
    expect(mostCommonType([{}, { type: ' ' }])).toBeNull()
    expect(mostCommonType([])).toBeNull()
  })
})

describe('badgeLabel', () => {
  it('names the kinds the app knows, whatever the common type', () => {
    expect(badgeLabel({ kind: 'spotlight', type: 'Spotlight' }, 'Spotlight')).toBe('Spotlight')
    expect(badgeLabel({ kind: 'tutorial', type: 'workshop' }, 'devroom')).toBe('Tutorial')
  })

  it("names another type as published, but not the conference's common one, nor none", () => {
    expect(badgeLabel({ kind: 'other', type: 'Lightning talk' }, 'Talk')).toBe('Lightning talk')
    expect(badgeLabel({ kind: 'other', type: 'talk' }, 'Talk')).toBeNull()
    expect(badgeLabel({ kind: 'other' }, 'Talk')).toBeNull()
    expect(badgeLabel({ kind: 'other', type: 'Talk' }, null)).toBe('Talk')
  })
})
