import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { siteFigures, sitePart } from './site-figures'

describe('sitePart', () => {
  it('sorts the files of a site into pages of each kind, data, assets and the rest', () => {
    expect(sitePart('index.html')).toBe('timeline')
    expect(sitePart('talks/a-talk/index.html')).toBe('talks')
    expect(sitePart('authors/someone/index.html')).toBe('authors')
    expect(sitePart('data/details/1.abc.json')).toBe('data')
    expect(sitePart('assets/index-x.css')).toBe('assets')
    expect(sitePart('404.html')).toBe('other')
    expect(sitePart('talks/a-talk/notes.txt')).toBe('other')
  })
})

describe('siteFigures', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('adds up the files and the inline CSS of each part', () => {
    dir = mkdtempSync(join(tmpdir(), 'site-figures-'))
    const files: Record<string, string> = {
      'index.html': '<style>a{}</style><p>x</p>',
      'talks/a/index.html': '<style>b{}</style><style media="print">c{}</style>',
      'talks/b/index.html': '<p>no style</p>',
      'data/schedule.json': '{}',
      '404.html': '<style>a{}</style>',
    }
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    const figures = siteFigures(dir)
    expect(figures.timeline).toEqual({
      files: 1,
      bytes: 26,
      inlineCssBytes: '<style>a{}</style>'.length,
    })
    expect(figures.talks).toEqual({
      files: 2,
      bytes: files['talks/a/index.html']!.length + files['talks/b/index.html']!.length,
      inlineCssBytes: files['talks/a/index.html']!.length,
    })
    expect(figures.data).toEqual({ files: 1, bytes: 2, inlineCssBytes: 0 })
    // 404.html is the shell, not a page of the site.
    expect(figures.other).toEqual({ files: 1, bytes: 18, inlineCssBytes: 0 })
  })
})
