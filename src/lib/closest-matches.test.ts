import { describe, expect, it } from 'vitest'
import { closestMatches, readableSegment } from './closest-matches'

const titles = [
  'Neural Ordinary Differential Equations',
  'How Does Batch Normalization Help Optimization?',
  'Training Neural Networks Using Features Replay',
  'Step Size Matters in Deep Learning',
]
const closest = (query: string) => closestMatches(query, titles, (t) => t)

describe('closestMatches', () => {
  it('finds the title behind a mistyped slug, alone when it is a near-exact match', () => {
    expect(closest('neural-ordinary-diferential-equations')).toEqual([
      'Neural Ordinary Differential Equations',
    ])
  })

  it('ranks partial and reordered words', () => {
    expect(closest('how-does-batchnorm-help')[0]).toBe(
      'How Does Batch Normalization Help Optimization?',
    )
    expect(closest('deep learning step size')[0]).toBe('Step Size Matters in Deep Learning')
  })

  it('suggests nothing for what resembles nothing', () => {
    expect(closest('zzzz-qqqq')).toEqual([])
    expect(closest('')).toEqual([])
  })

  it('reads a malformed escape as words instead of throwing', () => {
    expect(readableSegment('neural%20ode')).toBe('neural ode')
    expect(readableSegment('neural%E0%A4%Aode').split(/\s+/)).toEqual(['neural', 'ode'])
  })
})
