import { describe, expect, it } from 'vitest'
import { prerenderedData } from './prerendered'

function root(path: string | null, content = '<main></main>') {
  const element = document.createElement('div')
  if (path !== null) element.setAttribute('data-prerendered-path', path)
  element.setAttribute('data-prerendered-data', 'data/schedule.1.json data/abstracts/s.2.json')
  element.innerHTML = content
  return element
}
const at = (href: string) => new URL(href, 'https://example.org') as unknown as Location

describe('prerenderedData', () => {
  it('hydrates a page rendered for this address, with the files it was rendered from', () => {
    expect(prerenderedData(root('/talks/x'), at('/talks/x'), '/')).toEqual([
      'data/schedule.1.json',
      'data/abstracts/s.2.json',
    ])
    expect(
      prerenderedData(root('/talks/x'), at('/plenary/talks/x/?utm_source=chat'), '/plenary'),
    ).not.toBeNull()
  })

  it('renders from scratch for the shell, another address, or search params that change the page', () => {
    expect(prerenderedData(root(null, ''), at('/'), '/')).toBeNull()
    expect(prerenderedData(root('/'), at('/talks/unknown'), '/')).toBeNull()
    expect(prerenderedData(root('/'), at('/?day=2018-12-04'), '/')).toBeNull()
    expect(prerenderedData(root('/'), at('/?now=2018-12-04T12:52:00-08:00'), '/')).not.toBeNull()
  })
})
