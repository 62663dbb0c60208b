import { describe, expect, it } from 'vitest'
import { slugify, uniqueSlug } from './slug'

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
