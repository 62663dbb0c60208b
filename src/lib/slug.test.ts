import { describe, expect, it } from 'vitest'
import { slugify, sourceId, uniqueSlug } from './slug'

describe('slugify', () => {
  it.each([
    [
      'How Does Batch Normalization Help Optimization?',
      'how-does-batch-normalization-help-optimization',
    ],
    [
      'Adapted Deep Embeddings: A Synthesis of Methods for k-Shot',
      'adapted-deep-embeddings-a-synthesis-of-methods-for-k-shot',
    ],
    ['Clément Hongler', 'clement-hongler'],
    ['  --Ünïcödé ﬁne--  ', 'unicode-fine'],
    ['Graph   ---   Pooling', 'graph-pooling'],
    ['日本語', ''],
  ])('%s -> %s', (text, slug) => expect(slugify(text)).toBe(slug))

  it('makes clashes unique and falls back when nothing is left', () => {
    const taken = new Set<string>()
    expect([
      uniqueSlug('A b', taken),
      uniqueSlug('a-b', taken),
      uniqueSlug('日本', taken, 'talk'),
    ]).toEqual(['a-b', 'a-b-2', 'talk'])
  })
})

describe('sourceId', () => {
  it.each([
    ['3VNNBK-efficient-git-for-high-stakes', '3vnnbk-efficient-git-for-high-stakes'],
    ['SFKNTZ-welcome_to_fosdem_2026', 'sfkntz-welcome-to-fosdem-2026'],
    ['kristof_beyls', 'kristof-beyls'],
    ['SCD9VJ', 'scd9vj'],
    ['r3s - Monheim/Rhein', 'r3s-monheim-rhein'],
    ['42-开源软件的未来', '42-开源软件的未来'],
    ['Żygowski__Łukasz', 'żygowski-łukasz'],
    // NFC: a decomposed "é" and a composed one give the same id.
    ['Cafe\u0301', 'caf\u00e9'],
    ['--', ''],
  ])('%s -> %s', (text, id) => expect(sourceId(text)).toBe(id))
})
