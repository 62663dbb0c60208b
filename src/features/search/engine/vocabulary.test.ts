import { describe, expect, it } from 'vitest'
import { editDistance, Vocabulary } from './vocabulary'

const vocabulary = new Vocabulary(
  new Map([
    ['graph', 50],
    ['graphical', 5],
    ['grasp', 2],
    ['neural', 80],
    ['natural', 10],
    ['network', 90],
    ['node', 20],
    ['ode', 4],
    ['pooling', 7],
  ]),
)

describe('edit distance (with swaps of neighbours)', () => {
  it.each([
    ['neural', 'neural', 0],
    ['nueral', 'neural', 1],
    ['grapg', 'graph', 1],
    ['graph', 'grasp', 2],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s -> %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
    expect(editDistance(b, a)).toBe(distance)
  })

  it('stops early past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3)
  })
})

describe('vocabulary', () => {
  it('completes a prefix, most used first', () => {
    expect(vocabulary.withPrefix('gra', 10)).toEqual(['graph', 'graphical', 'grasp'])
    expect(vocabulary.withPrefix('gra', 1)).toEqual(['graph'])
    expect(vocabulary.withPrefix('zzz', 5)).toEqual([])
  })

  it('finds near spellings of a typo, nearest first', () => {
    expect(vocabulary.near('nueral', 2).map((n) => n.term)).toEqual(['neural'])
    // Both one edit away: the more used first.
    expect(vocabulary.near('netural', 2).map((n) => n.term)).toEqual(['neural', 'natural'])
    expect(vocabulary.near('grapg', 1).map((n) => n.term)).toEqual(['graph'])
    expect(vocabulary.near('poolnig', 1)[0]).toMatchObject({ term: 'pooling', distance: 1 })
  })

  it('does not count a word inside a longer one as a typo', () => {
    // Bitap alone accepts "ode" within "node"; a true edit distance of 1 is still a typo, but "ode" itself is not.
    expect(vocabulary.near('ode', 1).map((n) => n.term)).toEqual(['node'])
    expect(vocabulary.near('pool', 1)).toEqual([])
  })
})
