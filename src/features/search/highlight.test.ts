import { describe, expect, it } from 'vitest'
import { plainText } from '../../data/rich-text'
import { highlight, segmentsOf, snippet } from './highlight'
import { search } from './engine/search-engine'
import { neuripsDataset, neuripsIndex } from './testing/neurips-search'

const marked = (segments: { text: string; marked: boolean }[]) =>
  segments.filter((s) => s.marked).map((s) => s.text)
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('')

describe('highlight', () => {
  it('marks the words a typo-tolerant search matched, and nothing else', () => {
    const { marks } = search(neuripsIndex, 'grapg pooling')
    const title = 'Hierarchical Graph Representation Learning with Differentiable Pooling'
    const segments = highlight(title, new Set(marks))
    expect(marked(segments)).toEqual(['Graph', 'Pooling'])
    expect(joined(segments)).toBe(title)
  })

  it('marks a phrase of matched words as one run', () => {
    const { marks } = search(neuripsIndex, 'ODE')
    expect(marked(highlight('Neural Ordinary Differential Equations', new Set(marks)))).toEqual([
      'Ordinary Differential Equations',
    ])
  })

  it('marks the title words that spell a searched acronym', () => {
    const { marks, initials } = search(neuripsIndex, 'epg')
    expect(marked(highlight('Evolved Policy Gradients', new Set(marks), initials))).toEqual([
      'Evolved Policy Gradients',
    ])
  })

  it('marks the matched name among authors, accents and all', () => {
    expect(marked(highlight('David Duvenaud', new Set(['duvenaud'])))).toEqual(['Duvenaud'])
    expect(marked(highlight('Jörg Müller', new Set(['muller'])))).toEqual(['Müller'])
  })

  it('keeps markup in the text as text', () => {
    const text = '<b>graph</b> & <script>'
    const segments = highlight(text, new Set(['graph', 'script']))
    expect(joined(segments)).toBe(text)
    expect(marked(segments)).toEqual(['graph', 'script'])
  })

  it('merges overlapping spans', () => {
    expect(
      segmentsOf('abcdef', [
        { start: 0, end: 3 },
        { start: 2, end: 5 },
      ]),
    ).toEqual([
      { text: 'abcde', marked: true },
      { text: 'f', marked: false },
    ])
  })
})

describe('snippet', () => {
  const node = neuripsDataset.talks.find((t) => t.id === 'neural-ordinary-differential-equations')!
  const paragraphs = plainText(node.abstract).split('\n\n')

  it('shows the part of the abstract around the best match, cut at words, with ellipses', () => {
    const segments = snippet(paragraphs, new Set(['backpropagate', 'solver']))
    const text = joined(segments)
    expect(text).toMatch(/^… /)
    expect(text.length).toBeLessThanOrEqual(190)
    expect(marked(segments)).toEqual(expect.arrayContaining(['backpropagate', 'solver']))
    expect(paragraphs.join(' ')).toContain(text.replace(/^… /, '').replace(/ …$/, ''))
  })

  it('starts at the beginning when nothing in the abstract matched', () => {
    const text = joined(snippet(paragraphs, new Set(['zebra'])))
    expect(paragraphs[0]!.startsWith(text.replace(/ …$/, ''))).toBe(true)
  })

  it('shows a short abstract whole', () => {
    expect(joined(snippet(['A short one.'], new Set(['short'])))).toBe('A short one.')
  })
})
