import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyCorrections } from './corrections'
import { buildDataset } from './build-dataset'
import { parseSessionPage } from './parse-session-page'
import { readImportConfig } from './read-import-config'

// Every talk as the page prints it (after the corrections listed in data/neurips-2018.import.json).
const EXPECTED = [
  [
    '12:30',
    '12:35',
    'spotlight',
    'Evolved Policy Gradients',
    'Rein Houthooft · Yuhua Chen · Phillip Isola · Bradly Stadie · Filip Wolski · Jonathan Ho · Pieter Abbeel',
    1,
  ],
  [
    '12:35',
    '12:40',
    'spotlight',
    'Adapted Deep Embeddings: A Synthesis of Methods for k-Shot Inductive Transfer Learning',
    'Tyler Scott · Karl Ridgeway · Michael Mozer',
    1,
  ],
  [
    '12:40',
    '12:45',
    'spotlight',
    'Bayesian Model-Agnostic Meta-Learning',
    'Jaesik Yoon · Taesup Kim · Ousmane Dia · Sungwoong Kim · Yoshua Bengio · Sungjin Ahn',
    1,
  ],
  [
    '12:45',
    '12:50',
    'spotlight',
    'Probabilistic Neural Programmed Networks for Scene Generation',
    'Zhiwei Deng · Jiacheng Chen · Yifang Fu · Greg Mori',
    1,
  ],
  [
    '12:50',
    '13:05',
    'oral',
    'Neural Ordinary Differential Equations',
    'Tian Qi Chen · Yulia Rubanova · Jesse Bettencourt · David Duvenaud',
    1,
  ],
  [
    '13:05',
    '13:10',
    'spotlight',
    'Bias and Generalization in Deep Generative Models: An Empirical Study',
    'Shengjia Zhao · Hongyu Ren · Arianna Yuan · Jiaming Song · Noah Goodman · Stefano Ermon',
    1,
  ],
  [
    '13:10',
    '13:15',
    'spotlight',
    'Robustness of conditional GANs to noisy labels',
    'Kiran Thekumparampil · Ashish Khetan · Zinan Lin · Sewoong Oh',
    1,
  ],
  [
    '13:15',
    '13:20',
    'spotlight',
    'BourGAN: Generative Networks with Metric Embeddings',
    'Chang Xiao · Peilin Zhong · Changxi Zheng',
    1,
  ],
  [
    '13:20',
    '13:25',
    'spotlight',
    'Loss Surfaces, Mode Connectivity, and Fast Ensembling of DNNs',
    'Timur Garipov · Pavel Izmailov · Dmitrii Podoprikhin · Dmitry Vetrov · Andrew Wilson',
    1,
  ],
  [
    '13:25',
    '13:40',
    'oral',
    'How Does Batch Normalization Help Optimization?',
    'Shibani Santurkar · Dimitris Tsipras · Andrew Ilyas · Aleksander Madry',
    1,
  ],
  [
    '13:40',
    '13:45',
    'spotlight',
    'Training Neural Networks Using Features Replay',
    'Zhouyuan Huo · Bin Gu · Heng Huang',
    1,
  ],
  [
    '13:45',
    '13:50',
    'spotlight',
    'Step Size Matters in Deep Learning',
    'Kamil Nar · Shankar Sastry',
    1,
  ],
  [
    '13:50',
    '13:55',
    'spotlight',
    'Neural Tangent Kernel: Convergence and Generalization in Neural Networks',
    'Arthur Jacot-Guillarmod · Clement Hongler · Franck Gabriel',
    3,
  ],
  [
    '13:55',
    '14:00',
    'spotlight',
    'Hierarchical Graph Representation Learning with Differentiable Pooling',
    'Zhitao Ying · Jiaxuan You · Christopher Morris · Xiang Ren · Will Hamilton · Jure Leskovec',
    1,
  ],
] as const

const config = readImportConfig('data/neurips-2018.import.json')
const printed = parseSessionPage(readFileSync(config.source, 'utf8'))
const { dataset } = buildDataset(applyCorrections(printed, config.corrections), config, {
  talks: [],
})
const nameOf = new Map(dataset.authors.map((a) => [a.id, a.name]))

describe('importing the NeurIPS 2018 "Tue Track 2 -- Session 2" page', () => {
  it('reads the conference, the session, its zone and its day', () => {
    expect(dataset.conference).toMatchObject({
      id: 'neurips-2018',
      name: 'NeurIPS 2018',
      timeZone: 'America/Los_Angeles',
    })
    expect(dataset.days).toEqual([{ date: '2018-12-04' }])
    expect(dataset.sessions).toEqual([
      expect.objectContaining({
        id: 'tue-track-2-session-2',
        title: 'Tue Track 2 -- Session 2',
        day: '2018-12-04',
        start: '2018-12-04T12:30:00-08:00',
        end: '2018-12-04T14:00:00-08:00',
      }),
    ])
  })

  it.each(EXPECTED.map((row, i) => [i + 1, ...row] as const))(
    'talk %i: %s-%s %s "%s"',
    (index, start, end, kind, title, authors, paragraphs) => {
      const talk = dataset.talks[index - 1]!
      expect(talk.title).toBe(title)
      expect(talk.kind).toBe(kind)
      expect(talk.start).toBe(`2018-12-04T${start}:00-08:00`)
      expect(talk.end).toBe(`2018-12-04T${end}:00-08:00`)
      expect(talk.authorIds.map((id) => nameOf.get(id))).toEqual(authors.split(' · '))
      expect(talk.abstract).toHaveLength(paragraphs)
    },
  )

  it('has 14 talks, 2 orals and 60 authors', () => {
    expect(dataset.talks).toHaveLength(14)
    expect(dataset.talks.filter((t) => t.kind === 'oral')).toHaveLength(2)
    expect(dataset.talks.flatMap((t) => t.authorIds)).toHaveLength(60)
    expect(dataset.authors).toHaveLength(60)
  })

  it('gives each talk the slug of its title as id', () => {
    expect(dataset.talks.map((t) => t.id)).toContain(
      'how-does-batch-normalization-help-optimization',
    )
    expect(dataset.talks.map((t) => t.id)).toContain(
      'adapted-deep-embeddings-a-synthesis-of-methods-for-k-shot-inductive-transfer-learning',
    )
  })

  it('keeps page chrome out of the data', () => {
    const text = JSON.stringify(dataset)
    for (const chrome of ['Skip to', 'Chat is not available', 'Abstract:'])
      expect(text).not.toContain(chrome)
  })

  it('applies the corrections and keeps the rest as printed', () => {
    const text = JSON.stringify(dataset)
    expect(text).not.toMatch(/OpenAI|YIFANG|\{faster\}|\{lower\}|\{better\}|---/)
    const replay = dataset.talks.find(
      (t) => t.id === 'training-neural-networks-using-features-replay',
    )!
    expect(replay.abstract[0]).toEqual({
      p: [
        expect.stringContaining(
          'achieves faster convergence, lower memory consumption, and better generalization',
        ),
      ],
    })
    const ntk = dataset.talks.find((t) => t.title.startsWith('Neural Tangent Kernel'))!
    expect(ntk.abstract[2]).toEqual({
      p: [
        'Finally we study the NTK numerically, observe its behavior for wide networks, and compare it to the infinite-width limit.',
      ],
    })
  })

  it('matches the committed dataset file', () => {
    const committed = JSON.parse(readFileSync('data/neurips-2018.json', 'utf8'))
    expect(committed).toEqual(dataset)
  })
})
