import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { neuripsDataset } from '../../tests/fixtures/neurips-dataset'
import { scheduleIndexOf } from '../../tests/fixtures/multi-session'
import { scheduleModel } from '../data/schedule-model'
import { firstSentence, headTags, pageHead, type HeadContext } from './page-head'

const model = scheduleModel(scheduleIndexOf(neuripsDataset))
const abstract = neuripsDataset.talks.find(
  (t) => t.id === 'neural-ordinary-differential-equations',
)!.abstract
const details = {
  talks: { 'neural-ordinary-differential-equations': { abstract } },
  biographies: {},
}
const context: HeadContext = {
  base: '/',
  image: { file: 'og-image.png', width: 1200, height: 630, alt: 'Plenary' },
  preload: ['data/schedule.x.json'],
}

describe('firstSentence', () => {
  it('ends at the first full stop that ends a sentence', () => {
    expect(
      firstSentence(
        'We introduce a new family of deep neural network models. Instead, we do more.',
      ),
    ).toBe('We introduce a new family of deep neural network models.')
    expect(
      firstSentence('We compare e.g. Adam and SGD on many tasks across many sizes. Then more.'),
    ).toBe('We compare e.g. Adam and SGD on many tasks across many sizes.')
  })

  it('cuts a long sentence at a word', () => {
    const text = firstSentence(`${'word '.repeat(80)}end.`)
    expect(text.length).toBeLessThanOrEqual(200)
    expect(text).toMatch(/word…$/)
  })
})

describe('pageHead and headTags', () => {
  it('describes a talk by its abstract’s first sentence, with Open Graph tags and X’s card type', () => {
    const head = pageHead('/talks/neural-ordinary-differential-equations', model, details)!
    expect(head.title).toBe('Neural Ordinary Differential Equations · NeurIPS 2018')
    expect(head.description).toBe('We introduce a new family of deep neural network models.')
    const tags = headTags(head, context)
    expect(tags).toContain('<title>Neural Ordinary Differential Equations · NeurIPS 2018</title>')
    expect(tags).toContain(
      '<meta property="og:title" content="Neural Ordinary Differential Equations" />',
    )
    expect(tags).toContain('<meta property="og:type" content="article" />')
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />')
    expect(tags).toContain('<meta property="og:image" content="/og-image.png" />')
    // X falls back to og:title, og:description and og:image: not repeated in every page.
    expect(tags).not.toMatch(/twitter:(title|description|image")/)
    expect(tags).toContain(
      '<link rel="preload" href="/data/schedule.x.json" as="fetch" crossorigin="anonymous" />',
    )
  })

  it('carries canonical and og:url only when the site’s URL is known, under the base path', () => {
    const head = pageHead('/talks/neural-ordinary-differential-equations', model, details)!
    expect(headTags(head, context)).not.toMatch(/canonical|og:url/)
    const tags = headTags(head, { ...context, base: '/plenary/', siteUrl: 'https://example.org' })
    expect(tags).toContain(
      '<link rel="canonical" href="https://example.org/plenary/talks/neural-ordinary-differential-equations" />',
    )
    expect(tags).toContain(
      '<meta property="og:url" content="https://example.org/plenary/talks/neural-ordinary-differential-equations" />',
    )
    expect(tags).toContain(
      '<meta property="og:image" content="https://example.org/plenary/og-image.png" />',
    )
  })

  it('describes the timeline and an author', () => {
    expect(pageHead('/', model)!.description).toBe(
      'What is on now and next at NeurIPS 2018. Tue Track 2 -- Session 2: 14 talks, Tuesday, December 4, 2018, with authors and abstracts.',
    )
    expect(pageHead('/authors/david-duvenaud', model)!.description).toBe(
      'One talk by David Duvenaud at NeurIPS 2018: Neural Ordinary Differential Equations.',
    )
    expect(pageHead('/talks/nope', model)).toBeNull()
  })

  it('escapes what it writes into attributes', () => {
    const tags = headTags(
      {
        title: 'A "quoted" <b> & title',
        heading: 'x',
        description: 'd',
        type: 'article',
        path: '/',
      },
      context,
    )
    expect(tags).toContain('<title>A &quot;quoted&quot; &lt;b&gt; &amp; title</title>')
  })
})

describe('the day preload script of a many-day timeline', () => {
  const days = ['2018-12-03', '2018-12-04', '2018-12-06'].map((date) => ({
    date,
    file: `data/days/${date}.json`,
  }))
  const script = headTags(pageHead('/', model)!, {
    ...context,
    base: '/plenary/',
    preloadDay: { timeZone: 'America/Los_Angeles', days },
  }).match(/<script>([\s\S]*?)<\/script>/)![1]!

  /** Runs the script as the browser would, at a URL's search and a clock, and says which file it preloaded. */
  function preloaded(search: string, now = Date.parse('2018-11-20T12:00:00Z')): string | undefined {
    const links: { href?: string }[] = []
    runInNewContext(script, {
      URLSearchParams,
      location: { search },
      Date: { parse: Date.parse, now: () => now },
      document: {
        createElement: () => ({}),
        head: { appendChild: (link: object) => links.push(link) },
      },
    })
    return links[0]?.href
  }

  it('finds today by the venue’s midnight, not the viewer’s or UTC’s, without Intl’s costly set-up', () => {
    expect(script).not.toContain('Intl')
    // 07:59 UTC on 4 December is still 23:59 on the 3rd in Pacific time.
    expect(preloaded('', Date.parse('2018-12-04T07:59:00Z'))).toBe(
      '/plenary/data/days/2018-12-03.json',
    )
    expect(preloaded('', Date.parse('2018-12-04T08:00:00Z'))).toBe(
      '/plenary/data/days/2018-12-04.json',
    )
    expect(preloaded('?now=2018-12-06T23:30:00-08:00')).toBe('/plenary/data/days/2018-12-06.json')
  })

  it('prefers ?day=, and falls back to the first day before, between and after the conference', () => {
    expect(preloaded('?day=2018-12-06&now=2018-12-04T10:00:00-08:00')).toBe(
      '/plenary/data/days/2018-12-06.json',
    )
    expect(preloaded('?day=2019-01-01')).toBe('/plenary/data/days/2018-12-03.json')
    expect(preloaded('?now=2018-12-05T10:00:00-08:00')).toBe('/plenary/data/days/2018-12-03.json')
    expect(preloaded('?now=not-a-date')).toBe('/plenary/data/days/2018-12-03.json')
  })
})
