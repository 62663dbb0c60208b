import { describe, expect, it } from 'vitest'
import { foldWord, gramsOf, isUnspaced, nameKey, stem, termOf, termsOf, tokenize } from './text'

describe('terms', () => {
  it('folds case, accents and apostrophes', () => {
    expect(foldWord('Müller')).toBe('muller')
    expect(foldWord("O'Connor")).toBe('oconnor')
    expect(foldWord('Ørsted’s')).toBe('ørsteds')
    expect(foldWord('x'.repeat(100))).toHaveLength(32)
  })

  it('stems plurals only, the same way for query and text', () => {
    expect(['GANs', 'networks', 'equations', 'studies', 'classes'].map(termOf)).toEqual([
      'gan',
      'network',
      'equation',
      'study',
      'class',
    ])
    // Not plurals: left alone.
    expect(['analysis', 'bus', 'class', 'ode'].map(stem)).toEqual([
      'analysis',
      'bus',
      'class',
      'ode',
    ])
    // Idempotent, so a stored term stems to itself.
    for (const word of ['gans', 'bias', 'processes', 'strategies'])
      expect(stem(stem(word))).toBe(stem(word))
  })
})

describe('tokenize', () => {
  it('gives each word with its place in the original text', () => {
    const text = 'Neural ODEs, by Müller.'
    expect(tokenize(text).map((t) => [t.term, text.slice(t.start, t.end)])).toEqual([
      ['neural', 'Neural'],
      ['ode', 'ODEs'],
      ['by', 'by'],
      ['muller', 'Müller'],
    ])
  })

  it('adds the joined form of hyphenated words and the parts of camel-case words', () => {
    expect(termsOf('Model-Agnostic Meta-Learning')).toEqual([
      'model',
      'agnostic',
      'modelagnostic',
      'meta',
      'learning',
      'metalearning',
    ])
    expect(termsOf('BourGAN')).toEqual(['bourgan', 'bour', 'gan'])
  })

  it('finds no words in punctuation and markup characters', () => {
    expect(termsOf('.*+?^${}()|[]\\ <> &&')).toEqual([])
    expect(termsOf('<b>graph</b>')).toEqual(['b', 'graph', 'b'])
  })
})

describe('scripts written without spaces', () => {
  const spans = (text: string) =>
    tokenize(text).map((t) => [t.term, text.slice(t.start, t.end), t.plain])

  it('gives a run of characters whole, as single characters and as overlapping pairs', () => {
    expect(spans('的亂數')).toEqual([
      ['的亂數', '的亂數', true],
      ['的', '的', false],
      ['的亂', '的亂', false],
      ['亂', '亂', false],
      ['亂數', '亂數', false],
      ['數', '數', false],
    ])
    // Two characters are their own pair.
    expect(termsOf('柏愷')).toEqual(['柏愷', '柏', '愷'])
  })

  it('splits a word where the script changes, and keeps spaced words as words', () => {
    expect(
      tokenize('Rust編譯器')
        .filter((t) => t.plain)
        .map((t) => t.term),
    ).toEqual(['rust', '編譯器'])
    expect(
      tokenize('用 Rust 寫')
        .filter((t) => t.plain)
        .map((t) => t.term),
    ).toEqual(['用', 'rust', '寫'])
  })

  it('counts a character outside the basic plane as one character', () => {
    // 𠀋 is two UTF-16 units.
    expect(gramsOf('𠀋亂數')).toEqual(['𠀋亂', '亂數'])
    expect(gramsOf('亂數')).toEqual(['亂數'])
  })

  it('keeps Korean syllables whole and Thai vowel marks in their word', () => {
    expect(termsOf('스케줄러')).toContain('스케')
    expect(
      tokenize('โปรแกรม')
        .filter((t) => t.plain)
        .map((t) => t.term),
    ).toEqual(['โปรแกรม'])
    expect(isUnspaced('โปรแกรม')).toBe(true)
    expect(isUnspaced('graph')).toBe(false)
  })

  it('reads invisible format characters as nothing', () => {
    // Zero-width space, soft hyphen, right-to-left mark, inside words and between them.
    expect(termsOf('gra\u200bph pool\u00ading\u200f')).toEqual(['graph', 'pooling'])
    expect(
      tokenize('亂\u200d數')
        .filter((t) => t.plain)
        .map((t) => t.term),
    ).toEqual(['亂數'])
  })
})

describe('nameKey', () => {
  it('compares names by their words, whatever the case, accents and punctuation', () => {
    expect(nameKey('Embedded, Mobile and Automotive')).toBe(nameKey('embedded mobile automotive'))
    expect(nameKey('K.1.105 (La Fontaine)')).toBe('k 1 105 la fontaine')
    expect(nameKey('Bioinformatics & Computational Biology')).toBe(
      nameKey('bioinformatics computational biology'),
    )
  })
})
