import { describe, expect, it } from 'vitest'
import { agendaShareHref, readSharedIds } from './agenda-link'

function read(href: string) {
  return readSharedIds(new URL(href, 'https://example.org').searchParams)
}

describe('agenda share links', () => {
  it('round-trips ids, in order and without duplicates', () => {
    const href = agendaShareHref(['b', 'a', 'b', 'neural-ordinary-differential-equations'])
    expect(href).toBe('/agenda?ids=b,a,neural-ordinary-differential-equations')
    expect(read(href)).toEqual(['b', 'a', 'neural-ordinary-differential-equations'])
  })

  it('encodes characters that would break the query (ids are slugs, so never contain a comma)', () => {
    const ids = ['c&d', 'é#x', 'e=f']
    expect(read(agendaShareHref(ids))).toEqual(ids)
  })

  it('reads links built by other encoders: %2C commas, repeated params, stray spaces and commas', () => {
    expect(read('/agenda?ids=a%2Cb')).toEqual(['a', 'b'])
    expect(read('/agenda?ids=a&ids=b,c')).toEqual(['a', 'b', 'c'])
    expect(read('/agenda?ids=,a,, b ,')).toEqual(['a', 'b'])
  })

  it('is not a shared link without the parameter', () => {
    expect(read('/agenda')).toBeNull()
    expect(read('/agenda?ids=')).toEqual([])
  })

  it('bounds the number of ids read', () => {
    const many = Array.from({ length: 6000 }, (_, i) => `t${i}`)
    expect(read(agendaShareHref(many))).toHaveLength(5000)
  })
})
