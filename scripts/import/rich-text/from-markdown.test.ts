import { describe, expect, it } from 'vitest'
import { markdownToRichText } from './from-markdown'

describe('markdownToRichText', () => {
  it('reads a pretalx abstract: a link, and single newlines as line breaks', () => {
    const markdown =
      'We present [Gluon](https://gluon.readthedocs.io/), a framework\nfor community mesh networks.\nIt runs on 1,000 routers.\n\nCome and see.'
    expect(markdownToRichText(markdown)).toEqual([
      {
        p: [
          'We present ',
          { link: 'https://gluon.readthedocs.io/', text: ['Gluon'] },
          ', a framework',
          { br: true },
          'for community mesh networks.',
          { br: true },
          'It runs on 1,000 routers.',
        ],
      },
      { p: ['Come and see.'] },
    ])
  })

  it('reads CRLF line endings', () => {
    expect(markdownToRichText('One\r\ntwo\r\n\r\n- a\r\n- b\r\n')).toEqual([
      { p: ['One', { br: true }, 'two'] },
      { ul: [[{ p: ['a'] }], [{ p: ['b'] }]] },
    ])
  })

  it('keeps hard line breaks', () => {
    expect(markdownToRichText('one  \ntwo\\\nthree')).toEqual([
      { p: ['one', { br: true }, 'two', { br: true }, 'three'] },
    ])
  })

  it('keeps emphasis, strong text and code spans', () => {
    expect(markdownToRichText('*one* _two_ **three** `a < b`')).toEqual([
      {
        p: [
          { em: ['one'] },
          ' ',
          { em: ['two'] },
          ' ',
          { strong: ['three'] },
          ' ',
          { code: 'a < b' },
        ],
      },
    ])
  })

  it('keeps nested and ordered lists', () => {
    expect(markdownToRichText('1. First\n   - inner\n2. Second')).toEqual([
      { ol: [[{ p: ['First'] }, { ul: [[{ p: ['inner'] }]] }], [{ p: ['Second'] }]] },
    ])
  })

  it('makes code blocks preformatted text', () => {
    expect(markdownToRichText('```sh\n$ make <all>\n  done\n```\n\n    indented\n')).toEqual([
      { pre: '$ make <all>\n  done' },
      { pre: 'indented' },
    ])
  })

  it('makes a heading a bold paragraph', () => {
    expect(markdownToRichText('## About *us*\n\nSetext\n---\n\nText')).toEqual([
      { p: [{ strong: ['About ', { em: ['us'] }] }] },
      { p: [{ strong: ['Setext'] }] },
      { p: ['Text'] },
    ])
  })

  it('flattens block quotes into their paragraphs', () => {
    expect(markdownToRichText('> Quoted\n> text\n\nAfter')).toEqual([
      { p: ['Quoted', { br: true }, 'text'] },
      { p: ['After'] },
    ])
  })

  it('turns images into their alt text', () => {
    expect(markdownToRichText('See ![the diagram](https://example.org/d.png).')).toEqual([
      { p: ['See the diagram.'] },
    ])
  })

  it('links bare URLs and autolinks, but no email or other scheme', () => {
    expect(
      markdownToRichText(
        'Docs at https://example.org/docs and <https://example.org/a>, mail me@example.org',
      ),
    ).toEqual([
      {
        p: [
          'Docs at ',
          { link: 'https://example.org/docs', text: ['https://example.org/docs'] },
          ' and ',
          { link: 'https://example.org/a', text: ['https://example.org/a'] },
          ', mail me@example.org',
        ],
      },
    ])
  })

  it('keeps only the text of javascript:, data: and relative links', () => {
    expect(
      markdownToRichText('[js](javascript:alert(1)) [data](data:text/html,x) [rel](/talks/1)'),
    ).toEqual([{ p: ['js data rel'] }])
  })

  it('resolves relative links against a base URL when one is given', () => {
    expect(markdownToRichText('[rel](/talks/1)', { baseUrl: 'https://pretalx.com/conf/' })).toEqual(
      [{ p: [{ link: 'https://pretalx.com/talks/1', text: ['rel'] }] }],
    )
  })

  it('follows reference links', () => {
    expect(markdownToRichText('See [the docs][d].\n\n[d]: https://example.org/docs')).toEqual([
      { p: ['See ', { link: 'https://example.org/docs', text: ['the docs'] }, '.'] },
    ])
  })

  it('reads raw HTML as HTML, scripts dropped', () => {
    expect(
      markdownToRichText(
        'A <em>raw</em> word<script>alert(1)</script>\n\n<div>\n<b>Block</b>\n</div>',
      ),
    ).toEqual([{ p: ['A ', { em: ['raw'] }, ' word'] }, { p: [{ strong: ['Block'] }] }])
  })

  it('is empty for empty input', () => {
    expect(markdownToRichText('')).toEqual([])
    expect(markdownToRichText('\n \n')).toEqual([])
  })

  describe('hostile input', () => {
    it('reads 100,000 characters of text', () => {
      const words = 'word '.repeat(20_000)
      expect(markdownToRichText(words)).toEqual([{ p: [words.trimEnd()] }])
    })

    it('keeps the words of 2,000 nested emphases', () => {
      const text = markdownToRichText(`${'*'.repeat(2000)}deep${'*'.repeat(2000)}`)
      expect(JSON.stringify(text)).toContain('deep')
    })

    it('reads 64 nested quotes on one line as Markdown', () => {
      expect(markdownToRichText(`${'> '.repeat(64)}deep`)).toEqual([{ p: ['deep'] }])
    })

    it.each([
      ['quotes', '>'],
      ['list items', '- '],
      ['quoted ordered and unordered items', '> 1. - '],
    ])('reads 2,000 and 20,000 nested %s on one line as plain text, quickly', (_, marker) => {
      const started = performance.now()
      for (const depth of [2000, 20_000]) {
        const text = markdownToRichText(`${marker.repeat(depth)}deep`)
        expect(text).toHaveLength(1)
        expect(text[0]).toEqual({ p: [expect.stringMatching(/^[->1. ]+deep$/)] })
      }
      // Parsed as Markdown, 12 KB of "- - - …" took 20 s here; the bound is loose, only to catch that.
      expect(performance.now() - started).toBeLessThan(2000)
    })
  })
})
