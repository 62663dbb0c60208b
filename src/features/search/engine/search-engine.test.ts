import { describe, expect, it } from 'vitest'
import { idsOf, neuripsDataset, neuripsIndex } from '../testing/neurips-search'
import { MAX_QUERY_WORDS, queryWords, search } from './search-engine'

const NODE = 'neural-ordinary-differential-equations'
const POOLING = 'hierarchical-graph-representation-learning-with-differentiable-pooling'
const NTK = 'neural-tangent-kernel-convergence-and-generalization-in-neural-networks'
const EPG = 'evolved-policy-gradients'
const BMAML = 'bayesian-model-agnostic-meta-learning'
const BATCHNORM = 'how-does-batch-normalization-help-optimization'
const LOSS = 'loss-surfaces-mode-connectivity-and-fast-ensembling-of-dnns'
const BOURGAN = 'bourgan-generative-networks-with-metric-embeddings'
const NOISY = 'robustness-of-conditional-gans-to-noisy-labels'
const REPLAY = 'training-neural-networks-using-features-replay'
const STEP = 'step-size-matters-in-deep-learning'
const KSHOT =
  'adapted-deep-embeddings-a-synthesis-of-methods-for-k-shot-inductive-transfer-learning'
const SCENE = 'probabilistic-neural-programmed-networks-for-scene-generation'
const BIAS = 'bias-and-generalization-in-deep-generative-models-an-empirical-study'

const top = (query: string) => idsOf(search(neuripsIndex, query).order)[0]

describe('relevance over the real NeurIPS 2018 session: the expected talk comes first', () => {
  it.each([
    // typos
    ['nueral ode', NODE],
    ['grapg pooling', POOLING],
    ['differntiable pooling', POOLING],
    ['bayesain meta lerning', BMAML],
    ['batch normalisation', BATCHNORM],
    ['tangnet kernel', NTK],
    // surnames and names, with and without typos
    ['Duvenaud', NODE],
    ['duvenuad', NODE],
    ['Leskovec', POOLING],
    ['Madry', BATCHNORM],
    ['Ermon', BIAS],
    ['Pieter Abbeel', EPG],
    ['Izmailov', LOSS],
    ['jacot', NTK],
    // several words, any order, any field
    ['pooling graph', POOLING],
    ['kernel tangent', NTK],
    ['abbeel evolved', EPG],
    ['loss surfaces ensembling', LOSS],
    ['features replay', REPLAY],
    ['step size matters', STEP],
    ['k-shot transfer', KSHOT],
    ['scene generation', SCENE],
    ['generative models bias', BIAS],
    ['metric embeddings GAN', BOURGAN],
    ['conditional GAN noisy labels', NOISY],
    // acronyms: the field's, and those a title's words form
    ['ODE', NODE],
    ['NTK', NTK],
    ['MAML', BMAML],
    ['DNN ensembling', LOSS],
    ['EPG', EPG],
    ['BMAML', BMAML],
    ['HGRL', POOLING],
    ['batchnorm', BATCHNORM],
    ['metalearning bayesian', BMAML],
  ])('"%s" -> %s', (query, expected) => {
    expect(top(query)).toBe(expected)
  })
})

describe('ranking', () => {
  it('puts talks matching every word before those matching some', () => {
    const outcome = search(neuripsIndex, 'neural ode')
    expect(outcome.allCount).toBeGreaterThanOrEqual(1)
    expect(outcome.order.length).toBeGreaterThan(outcome.allCount)
    expect(idsOf(outcome.order)[0]).toBe(NODE)
    // The partial matches are there, after it: talks with only "neural".
    expect(idsOf(outcome.order)).toContain(REPLAY)
  })

  it('still shows the best partial matches when no talk has every word', () => {
    const outcome = search(neuripsIndex, 'pooling zebra')
    expect(outcome.allCount).toBe(0)
    expect(idsOf(outcome.order)[0]).toBe(POOLING)
  })

  it('ranks a talk with a word in its title above one with it only in the abstract', () => {
    // "embeddings": in two titles; in the graph pooling talk's abstract only ("node embeddings").
    const ids = idsOf(search(neuripsIndex, 'embeddings').order)
    expect(ids.slice(0, 2).sort()).toEqual([KSHOT, BOURGAN].sort())
    expect(ids).toContain(POOLING)
  })

  it('finds every talk once, with no duplicates', () => {
    const ids = idsOf(search(neuripsIndex, 'learning networks').order)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives the same answer twice (the scratch memory is cleaned between queries)', () => {
    const first = [...search(neuripsIndex, 'graph pooling').order]
    search(neuripsIndex, 'neural networks deep learning')
    expect([...search(neuripsIndex, 'graph pooling').order]).toEqual(first)
  })
})

describe('what is searched for', () => {
  it('drops stopwords unless nothing else is left', () => {
    expect(queryWords('the graph of a pooling')).toEqual(['graph', 'pooling'])
    expect(queryWords('how does')).toEqual(['how', 'doe'])
    expect(top('how does')).toBe(BATCHNORM)
  })

  it('marks the terms it matched, typo corrections and spelled-out acronyms included', () => {
    const { marks } = search(neuripsIndex, 'nueral ode')
    expect(marks).toEqual(
      expect.arrayContaining(['neural', 'ordinary', 'differential', 'equation']),
    )
  })

  it('reports title acronyms it matched, for highlighting', () => {
    expect(search(neuripsIndex, 'hgrl').initials).toEqual(['hgrl'])
    expect(search(neuripsIndex, 'epg').initials).toEqual(['epg'])
    expect(search(neuripsIndex, 'graph').initials).toEqual([])
  })

  it('suggests near terms when nothing matches', () => {
    const outcome = search(neuripsIndex, 'grpha')
    expect(outcome.order).toHaveLength(0)
    expect(outcome.suggestions).toContain('graph')
    expect(search(neuripsIndex, 'qqqqqqqq').suggestions).toEqual([])
  })
})

describe('hostile input is text', () => {
  it.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['.*+?^${}()|[]\\'],
    ['(((((((((('],
    ['%E0%A4%A'],
    ['\u0000\u202e\ud800'],
    ['\udc00graph\ud800 pooling'],
    ['\u200b\u200c\u200d\ufeff'],
    ['\u200f\u202b\u2067graph\u2069\u202c'],
    ['亂\ud800數'],
    ['   '],
  ])('%j does not throw and returns a well-formed outcome', (query) => {
    const outcome = search(neuripsIndex, query)
    expect(outcome.order.length).toBeLessThanOrEqual(neuripsDataset.talks.length)
    expect(outcome.allCount).toBeLessThanOrEqual(outcome.order.length)
  })

  it('treats regex metacharacters as nothing special', () => {
    expect(top('graph.* pooling')).toBe(POOLING)
    expect(top('(graph) [pooling]')).toBe(POOLING)
  })

  it('reads zero-width and right-to-left marks as nothing, and unpaired surrogates as spaces', () => {
    expect(top('gra\u200bph pool\u200ding')).toBe(POOLING)
    expect(top('\u200fgraph pooling\u200e')).toBe(POOLING)
    expect(top('\u202bgraph\u202c \ufeffpooling')).toBe(POOLING)
    expect(top('graph\ud800pooling')).toBe(POOLING)
  })

  it('bounds the work for a 5,000-character query', () => {
    const query = 'neural '.repeat(700).slice(0, 5000) + 'x'.repeat(5000)
    // Bounded by construction, not by a stopwatch (speed is the benchmark's, npm run bench): at most
    // MAX_QUERY_WORDS words of at most 32 characters each reach the index, however long the query.
    const outcome = search(neuripsIndex, query)
    expect(outcome.words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS)
    const oneWord = search(neuripsIndex, 'q'.repeat(5000))
    expect(oneWord.words[0]!.length).toBeLessThanOrEqual(32)
    // A run of Chinese characters is one word too, cut the same way.
    const han = search(neuripsIndex, '亂數'.repeat(2500))
    expect(han.words).toHaveLength(1)
    expect([...han.words[0]!].length).toBeLessThanOrEqual(32)
  })
})
