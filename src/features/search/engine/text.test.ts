import { describe, expect, it } from 'vitest'
import { foldWord, stem, termOf, termsOf, tokenize } from './text'

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
