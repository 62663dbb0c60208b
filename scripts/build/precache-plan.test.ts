import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { EXTRAS_BUDGET_BYTES, extrasBytes, pageUrlsAsLinked, precacheScope } from './precache-plan'

describe('precacheScope', () => {
  it('precaches everything for a small conference and only the shell past the budget', () => {
    expect(precacheScope(800 * 1024)).toBe('everything')
    expect(precacheScope(EXTRAS_BUDGET_BYTES)).toBe('everything')
    expect(precacheScope(EXTRAS_BUDGET_BYTES + 1)).toBe('shell')
  })

  it('obeys an explicit choice and rejects an unknown one', () => {
    expect(precacheScope(1, 'shell')).toBe('shell')
    expect(precacheScope(10 * EXTRAS_BUDGET_BYTES, 'everything')).toBe('everything')
    expect(() => precacheScope(1, 'some')).toThrow(/PLENARY_PRECACHE/)
  })
})

describe('extrasBytes', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('adds up the pages, details files and search index, not the shell or the schedule', () => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-precache-'))
    const write = (path: string, bytes: number) => {
      mkdirSync(join(dir, path, '..'), { recursive: true })
      writeFileSync(join(dir, path), 'x'.repeat(bytes))
    }
    write('index.html', 1000)
    write('404.html', 1000)
    write('assets/index-abc.js', 5000)
    write('data/schedule.abc.json', 7000)
    write('data/search.def.json', 300)
    write('data/details/0.abc.json', 20)
    write('talks/a/index.html', 100)
    write('talks/b/index.html', 100)
    write('authors/x/index.html', 50)
    expect(extrasBytes(dir)).toBe(300 + 20 + 100 + 100 + 50)
  })
})

describe('pageUrlsAsLinked', () => {
  it('lists a prerendered page under the address the app links to', () => {
    const entry = (url: string) => ({ url, revision: 'r', size: 1 })
    expect(
      pageUrlsAsLinked([
        entry('index.html'),
        entry('404.html'),
        entry('talks/neural-odes/index.html'),
        entry('authors/david-duvenaud/index.html'),
        entry('assets/index-abc.js'),
      ]).manifest.map((e) => e.url),
    ).toEqual([
      'index.html',
      '404.html',
      'talks/neural-odes',
      'authors/david-duvenaud',
      'assets/index-abc.js',
    ])
  })
})
