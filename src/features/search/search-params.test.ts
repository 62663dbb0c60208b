import { describe, expect, it } from 'vitest'
import { readSearchState, searchHref } from './search-params'

describe('search state in the URL', () => {
  it('round-trips the query, kind and starred filter', () => {
    const state = {
      query: 'nueral ode & <b>GANs</b> 100%',
      kind: 'oral' as const,
      starredOnly: true,
    }
    const href = searchHref(state)
    expect(href.startsWith('/search?')).toBe(true)
    expect(readSearchState(href.slice(href.indexOf('?')))).toEqual(state)
  })

  it('leaves empty parts out', () => {
    expect(searchHref({})).toBe('/search')
    expect(searchHref({ query: 'graph' })).toBe('/search?q=graph')
    expect(searchHref({ query: '', kind: 'spotlight' })).toBe('/search?kind=spotlight')
  })

  it('reads what a hand-made URL has, ignoring what it cannot use', () => {
    expect(readSearchState('?q=graph&kind=banana&starred=yes')).toEqual({
      query: 'graph',
      kind: null,
      starredOnly: false,
    })
    expect(readSearchState('')).toEqual({ query: '', kind: null, starredOnly: false })
  })

  it('reads malformed % escapes as text, without throwing', () => {
    expect(readSearchState('?q=%E0%A4%A').query).toBe('\ufffd%A')
    expect(readSearchState('?q=100%').query).toBe('100%')
    expect(readSearchState('?q=%ZZ').query).toBe('%ZZ')
  })
})
