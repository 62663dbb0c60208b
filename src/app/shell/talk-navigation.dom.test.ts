import { describe, expect, it } from 'vitest'
import { stepFrom, talkIdOfPath, talkItems } from './talk-navigation'

function page(html: string): HTMLElement {
  const root = document.createElement('main')
  root.innerHTML = html
  return root
}

const row = (id: string, title = id) =>
  `<li><a href="/plenary/talks/${id}">${title}</a><button aria-pressed="false">Star</button></li>`

describe('talkIdOfPath', () => {
  it('reads the talk of a talk page under any base path', () => {
    expect(talkIdOfPath('/talks/neural-odes')).toBe('neural-odes')
    expect(talkIdOfPath('/plenary/talks/neural-odes/')).toBe('neural-odes')
    expect(talkIdOfPath('/authors/david-duvenaud')).toBeNull()
    expect(talkIdOfPath('/talks/neural-odes/extra')).toBeNull()
  })
})

describe('talkItems', () => {
  it('finds the talks of a list, with their ids and titles, in order', () => {
    const root = page(`<ol>${row('a', 'Talk A')}${row('b', 'Talk B')}</ol>`)
    expect(talkItems(root).map(({ id, title }) => ({ id, title }))).toEqual([
      { id: 'a', title: 'Talk A' },
      { id: 'b', title: 'Talk B' },
    ])
  })

  it('skips groups of talks, links without a star and other lists', () => {
    const root = page(`
      <ul><li><a href="/authors/x">An author</a></li></ul>
      <ol><li><h3>Session</h3><ol>${row('a')}</ol></li></ol>
      <ul><li><a href="/talks/b">Next talk</a></li></ul>`)
    expect(talkItems(root).map((item) => item.id)).toEqual(['a'])
  })
})

describe('stepFrom', () => {
  const items = talkItems(page(`<ol>${row('a')}${row('b')}${row('c')}</ol>`))

  it('steps forward and back and stops at the ends', () => {
    expect(stepFrom(items, items[0], 1, 0, 800)?.id).toBe('b')
    expect(stepFrom(items, items[0], -1, 0, 800)).toBeUndefined()
    expect(stepFrom(items, items[2], 1, 0, 800)).toBeUndefined()
  })

  it('starts at the first talk when none is current and none is measured in view', () => {
    expect(stepFrom(items, undefined, 1, 0, 800)?.id).toBe('a')
    expect(stepFrom(items, undefined, -1, 0, 800)?.id).toBe('a')
  })
})
