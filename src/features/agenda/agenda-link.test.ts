import { describe, expect, it } from 'vitest'
import { generateConference } from '../../../scripts/generate/generate-conference'
import { MAX_SHARE_LENGTH } from '../../lib/stars/star-bounds'
import { decodeShareCode, encodeShareCode, shareIndex } from '../../lib/stars/share-code'
import { agendaShareHref, readSharedIds } from './agenda-link'

const small = shareIndex(['a', 'b', 'neural-ordinary-differential-equations', 'c&d', 'é#x', 'e=f'])

function read(href: string, index = small) {
  return readSharedIds(new URL(href, 'https://example.org').searchParams, index)
}

describe('agenda share links', () => {
  it('round-trips known ids, in order and without duplicates', () => {
    const href = agendaShareHref(small, ['b', 'a', 'b', 'neural-ordinary-differential-equations'])
    expect(href).toBe('/agenda?ids=b,a,neural-ordinary-differential-equations')
    expect(read(href)).toEqual({ ids: ['b', 'a', 'neural-ordinary-differential-equations'] })
  })

  it('carries only ids the schedule knows', () => {
    expect(agendaShareHref(small, ['a', 'not-a-talk', 'b'])).toBe('/agenda?ids=a,b')
  })

  it('encodes characters that would break the query', () => {
    const ids = ['c&d', 'é#x', 'e=f']
    expect(read(agendaShareHref(small, ids))).toEqual({ ids })
  })

  it('reads old links and links built by other encoders: %2C commas, repeated params, stray spaces', () => {
    expect(read('/agenda?ids=a%2Cb')).toEqual({ ids: ['a', 'b'] })
    expect(read('/agenda?ids=a&ids=b,c')).toEqual({ ids: ['a', 'b', 'c'] })
    expect(read('/agenda?ids=,a,, b ,')).toEqual({ ids: ['a', 'b'] })
    // Unknown ids in an old link are read, for the agenda to report and skip.
    expect(read('/agenda?ids=a,gone')).toEqual({ ids: ['a', 'gone'] })
  })

  it('is not a shared link without a parameter', () => {
    expect(read('/agenda')).toBeNull()
    expect(read('/agenda?ids=')).toEqual({ ids: [] })
  })

  it('bounds the number of ids read from an old link', () => {
    const many = Array.from({ length: 6000 }, (_, i) => `t${i}`)
    expect(read(`/agenda?ids=${many.join(',')}`)!.ids).toHaveLength(5000)
  })
})

describe('compact share codes', () => {
  const conference = generateConference({ talks: 10_000, seed: 3 }).dataset
  const ids = conference.talks.map((talk) => talk.id)
  const index = shareIndex(ids)

  it.each([
    ['every talk', ids],
    ['every other talk', ids.filter((_, i) => i % 2 === 0)],
    ['every seventh talk', ids.filter((_, i) => i % 7 === 0)],
    ['2,000 talks spread out', ids.filter((_, i) => i % 5 === 0)],
    ['the first and the last', [ids[0]!, ids.at(-1)!]],
  ])(
    'keeps a link for %s of a 10,000-talk conference under 2,000 characters, and reads it back',
    (_label, picked) => {
      const href = agendaShareHref(index, picked)
      expect(href.length).toBeLessThan(MAX_SHARE_LENGTH - 200)
      expect(new Set(read(href, index)!.ids)).toEqual(new Set(picked))
    },
  )

  it('uses readable ids for a short agenda and the code for a long one', () => {
    expect(agendaShareHref(index, ids.slice(0, 3))).toMatch(/^\/agenda\?ids=/)
    expect(agendaShareHref(index, ids.slice(0, 300))).toMatch(/^\/agenda\?a=1[0-9a-z]+\.[rb]/)
  })

  it('reads a code against the same talks in any order, and refuses one made for other talks', () => {
    const code = encodeShareCode(index, ids.slice(0, 500))
    expect(decodeShareCode(shareIndex([...ids].reverse()), code)).toEqual({
      ok: true,
      ids: [...ids.slice(0, 500)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    })
    expect(decodeShareCode(shareIndex([...ids, 'a-new-talk']), code)).toEqual({
      ok: false,
      reason: 'other-schedule',
    })
  })

  it.each([
    '',
    'x',
    '1',
    `1${index.fingerprint}.`,
    `1${index.fingerprint}.z`,
    `1${index.fingerprint}.b!!`,
    `1${index.fingerprint}.r__________`,
    `1${index.fingerprint}.b${'_'.repeat(2000)}`,
  ])('refuses a damaged code %#', (code) => {
    expect(decodeShareCode(index, code).ok).toBe(false)
  })
})
