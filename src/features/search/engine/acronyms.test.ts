import { describe, expect, it } from 'vitest'
import { ACRONYM_PHRASES, couldBeInitials, initialsSpans, titleInitials } from './acronyms'

describe('acronyms', () => {
  it('knows the field’s common ones as terms', () => {
    expect(ACRONYM_PHRASES.get('ode')).toEqual(['ordinary', 'differential', 'equation'])
    expect(ACRONYM_PHRASES.get('gan')).toEqual(['generative', 'adversarial', 'network'])
    expect(ACRONYM_PHRASES.get('ntk')).toEqual(['neural', 'tangent', 'kernel'])
  })

  it('reads the initials of a title’s words, skipping stopwords, counting hyphenated parts', () => {
    expect(titleInitials('Bayesian Model-Agnostic Meta-Learning')).toBe('bmaml')
    expect(
      titleInitials('Hierarchical Graph Representation Learning with Differentiable Pooling'),
    ).toBe('hgrldp')
    expect(titleInitials('How Does Batch Normalization Help Optimization?')).toBe('bnho')
  })

  it('finds the words that spell an acronym, for highlighting', () => {
    const title = 'Evolved Policy Gradients'
    expect(initialsSpans(title, 'epg').map(({ start, end }) => title.slice(start, end))).toEqual([
      'Evolved',
      'Policy',
      'Gradients',
    ])
    expect(initialsSpans(title, 'xyz')).toEqual([])
    expect(couldBeInitials('ab')).toBe(false)
    expect(couldBeInitials('l2o')).toBe(false)
  })
})
