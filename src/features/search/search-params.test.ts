import { describe, expect, it } from 'vitest'
import { NO_FILTERS } from '../../lib/schedule-filters'
import { NO_SEARCH, readSearchState, searchHref } from './search-params'

describe('search state in the URL', () => {
  it('round-trips the query, filters, kind and starred filter', () => {
    const state = {
      query: 'nueral ode & <b>GANs</b> 100%',
      kind: 'oral' as const,
      starredOnly: true,
      filters: { day: '2027-01-30', room: 'h-1305', track: 'Rust devroom', type: 'Lightning talk' },
      by: 'Pedro Gomès',
    }
    const href = searchHref(state)
    expect(href.startsWith('/search?')).toBe(true)
    expect(readSearchState(href.slice(href.indexOf('?')))).toEqual(state)
  })

  it('leaves empty parts out, and puts the filters before the query', () => {
    expect(searchHref({})).toBe('/search')
    expect(searchHref({ query: 'graph' })).toBe('/search?q=graph')
    expect(searchHref({ query: '', kind: 'spotlight' })).toBe('/search?kind=spotlight')
    expect(searchHref({ query: 'keynote', filters: { ...NO_FILTERS, room: 'janson' } })).toBe(
      '/search?room=janson&q=keynote',
    )
  })

  it('reads what a hand-made URL has, ignoring what it cannot use', () => {
    expect(readSearchState('?q=graph&kind=banana&starred=yes&by=+')).toEqual({
      ...NO_SEARCH,
      query: 'graph',
    })
    expect(readSearchState('')).toEqual(NO_SEARCH)
    // An old link from before the schedule's filters still works.
    expect(readSearchState('?q=neural&kind=oral')).toEqual({
      ...NO_SEARCH,
      query: 'neural',
      kind: 'oral',
    })
    expect(readSearchState(`?by=${'x'.repeat(5000)}`).by).toHaveLength(200)
  })

  it('reads malformed % escapes as text, without throwing', () => {
    expect(readSearchState('?q=%E0%A4%A').query).toBe('\ufffd%A')
    expect(readSearchState('?q=100%').query).toBe('100%')
    expect(readSearchState('?q=%ZZ').query).toBe('%ZZ')
    expect(readSearchState('?room=%E0%A4%A').filters.room).toBe('\ufffd%A')
  })
})
