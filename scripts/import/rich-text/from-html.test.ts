import { describe, expect, it } from 'vitest'
import type { Block, RichText } from '../../../src/data/rich-text'
import { htmlToRichText, httpUrl } from './from-html'

describe('htmlToRichText', () => {
  it('keeps paragraphs, line breaks, emphasis, strong text and code spans', () => {
    expect(
      htmlToRichText(
        '<p>One <em>two</em> <i>three</i></p><p><strong>Four</strong><br><b>five</b> <code>x = 1</code></p>',
      ),
    ).toEqual([
      { p: ['One ', { em: ['two'] }, ' ', { em: ['three'] }] },
      { p: [{ strong: ['Four'] }, { br: true }, { strong: ['five'] }, ' ', { code: 'x = 1' }] },
    ])
  })

  it('keeps nested lists, ordered and unordered', () => {
    expect(
      htmlToRichText(
        '<ol><li>First<ul><li>inner <em>a</em></li><li>inner b</li></ul></li><li>Second</li></ol>',
      ),
    ).toEqual([
      {
        ol: [
          [{ p: ['First'] }, { ul: [[{ p: ['inner ', { em: ['a'] }] }], [{ p: ['inner b'] }]] }],
          [{ p: ['Second'] }],
        ],
      },
    ])
  })

  it('puts a nested list written outside its item into the item before it', () => {
    expect(htmlToRichText('<ul><li>a</li><ul><li>b</li></ul><li>c</li></ul>')).toEqual([
      { ul: [[{ p: ['a'] }, { ul: [[{ p: ['b'] }]] }], [{ p: ['c'] }]] },
    ])
  })

  it('drops empty list items and empty lists', () => {
    expect(htmlToRichText('<ul><li> </li><li>a</li></ul><ol><li></li></ol>')).toEqual([
      { ul: [[{ p: ['a'] }]] },
    ])
  })

  it('reads a FOSDEM abstract with a list', () => {
    const html =
      '<p>Git history is documentation. This talk covers:</p>\n<ul>\n<li>The importance of commit “atomicity”.</li>\n<li>Writing messages for <em>future</em> readers.</li>\n</ul>'
    expect(htmlToRichText(html)).toEqual([
      { p: ['Git history is documentation. This talk covers:'] },
      {
        ul: [
          [{ p: ['The importance of commit “atomicity”.'] }],
          [{ p: ['Writing messages for ', { em: ['future'] }, ' readers.'] }],
        ],
      },
    ])
  })

  it('keeps a <pre> as written, but for the newline after its tag', () => {
    expect(htmlToRichText('<pre>\n$ make\n  &lt;done&gt;\n</pre>')).toEqual([
      { pre: '$ make\n  <done>' },
    ])
    expect(htmlToRichText('<pre><code>a<br>b</code></pre>')).toEqual([{ pre: 'a\nb' }])
  })

  it('makes a heading a paragraph of one bold run', () => {
    expect(htmlToRichText('<h2>About <em>us</em></h2><h6>Small</h6><p>Text</p>')).toEqual([
      { p: [{ strong: ['About ', { em: ['us'] }] }] },
      { p: [{ strong: ['Small'] }] },
      { p: ['Text'] },
    ])
  })

  it('flattens quotes, divs, sections and tables into their paragraphs', () => {
    expect(
      htmlToRichText(
        '<blockquote><p>Quoted</p></blockquote><div>In a div<div>nested</div></div><section><p>S</p></section><table><tr><td>cell 1</td><td>cell 2</td></tr></table>',
      ),
    ).toEqual([
      { p: ['Quoted'] },
      { p: ['In a div'] },
      { p: ['nested'] },
      { p: ['S'] },
      { p: ['cell 1'] },
      { p: ['cell 2'] },
    ])
  })

  it('keeps the text of spans and unknown elements', () => {
    expect(
      htmlToRichText(
        '<p><span class="x">span</span> <font color="red">font</font> <blink>b</blink></p>',
      ),
    ).toEqual([{ p: ['span font b'] }])
  })

  it('drops what a reader never sees as text: scripts, styles, frames, objects', () => {
    expect(
      htmlToRichText(
        '<p>Before<script>alert("x")</script><style>p{}</style><iframe src="https://e.org">frame</iframe><object>obj</object> after</p><!-- comment -->',
      ),
    ).toEqual([{ p: ['Before after'] }])
  })

  it('turns images into their alt text, or nothing', () => {
    expect(
      htmlToRichText('<p>A <img src="a.png" alt="diagram"> and <img src="b.png"> end</p>'),
    ).toEqual([{ p: ['A diagram and end'] }])
  })

  it('decodes entities', () => {
    expect(
      htmlToRichText(
        '<p>&lt;b&gt; &amp; &quot;q&quot; &eacute;&nbsp;&#233; &#x1F600; &hellip; &#x80;</p>',
      ),
    ).toEqual([
      // &#x80; is the euro sign, as Windows-1252 pages meant it and as browsers read it.
      { p: ['<b> & "q" é\u00a0é 😀 … €'] },
    ])
  })

  it('collapses whitespace as a browser does, newlines inside text included', () => {
    expect(
      htmlToRichText('<p>\n  Some   text\n\tacross <em> lines </em> here  <br>  next\n</p>'),
    ).toEqual([{ p: ['Some text across ', { em: ['lines '] }, 'here', { br: true }, 'next'] }])
  })

  it('drops empty paragraphs and line breaks at the edges of one', () => {
    expect(htmlToRichText('<p> </p><p><br></p><p>&#32;<br>Text<br><br></p><p></p>')).toEqual([
      { p: ['Text'] },
    ])
  })

  it('makes stray text outside paragraphs its own paragraph', () => {
    expect(htmlToRichText('Intro <b>bold</b><p>Para</p>Outro')).toEqual([
      { p: ['Intro ', { strong: ['bold'] }] },
      { p: ['Para'] },
      { p: ['Outro'] },
    ])
  })

  it('merges neighbouring strings and neighbouring runs of the same formatting', () => {
    expect(htmlToRichText('<p>a<span>b</span>c <b>d</b><b>e</b></p>')).toEqual([
      { p: ['abc ', { strong: ['de'] }] },
    ])
  })

  describe('links', () => {
    it('keeps http and https links with their text, markup inside included', () => {
      expect(
        htmlToRichText(
          '<p><a href="https://example.org/a?b=1&amp;c=2">the <strong>docs</strong></a> or <a href="http://example.org">this</a></p>',
        ),
      ).toEqual([
        {
          p: [
            { link: 'https://example.org/a?b=1&c=2', text: ['the ', { strong: ['docs'] }] },
            ' or ',
            { link: 'http://example.org/', text: ['this'] },
          ],
        },
      ])
    })

    it('keeps only the text of javascript:, data:, mailto: and relative links', () => {
      expect(
        htmlToRichText(
          '<p><a href="javascript:alert(1)">js</a> <a href=" JaVaScRiPt:alert(1)">js2</a> <a href="java\nscript:alert(1)">js3</a> <a href="data:text/html,x">data</a> <a href="mailto:a@b.org">mail</a> <a href="/talks/1">rel</a> <a>none</a></p>',
        ),
      ).toEqual([{ p: ['js js2 js3 data mail rel none'] }])
    })

    it('resolves relative links against a base URL when one is given', () => {
      expect(
        htmlToRichText('<a href="/talks/1">rel</a> <a href="javascript:x">js</a>', {
          baseUrl: 'https://fosdem.org/2026/schedule/',
        }),
      ).toEqual([{ p: [{ link: 'https://fosdem.org/talks/1', text: ['rel'] }, ' js'] }])
    })

    it('names a link without text by its address', () => {
      expect(
        htmlToRichText('<p>See <a href="https://example.org/x"> <img src="i.png"></a></p>'),
      ).toEqual([
        { p: ['See ', { link: 'https://example.org/x', text: ['https://example.org/x'] }] },
      ])
    })

    it('keeps the outer link of a link inside a link', () => {
      expect(
        htmlToRichText('<a href="https://a.org/">a <a href="https://b.org/">b</a></a>'),
      ).toEqual([
        {
          p: [
            { link: 'https://a.org/', text: ['a '] },
            { link: 'https://b.org/', text: ['b'] },
          ],
        },
      ])
    })
  })

  describe('plain text without tags', () => {
    it('splits paragraphs on blank lines and breaks lines on single newlines', () => {
      expect(
        htmlToRichText('First line\r\nsecond  line\n\n  \nNew paragraph &amp; more\n'),
      ).toEqual([
        { p: ['First line', { br: true }, 'second line'] },
        { p: ['New paragraph & more'] },
      ])
    })

    it('is empty for empty or blank input', () => {
      expect(htmlToRichText('')).toEqual([])
      expect(htmlToRichText(' \n\t ')).toEqual([])
      expect(htmlToRichText('<p> </p>')).toEqual([])
    })
  })

  describe('hostile input', () => {
    it('reads 100,000 characters of text', () => {
      const words = 'word '.repeat(20_000)
      const text = htmlToRichText(`<p>${words}</p>`)
      expect(text).toEqual([{ p: [words.trimEnd()] }])
    })

    it('keeps the words of 2,000 nested <div>s without exhausting the stack', () => {
      const html = '<div>'.repeat(2000) + 'deep' + '</div>'.repeat(2000)
      expect(htmlToRichText(html)).toEqual([{ p: ['deep'] }])
    })

    it('caps 2,000 nested lists, keeping every item’s words', () => {
      const html = Array.from({ length: 2000 }, (_, i) => `<ul><li>item ${i}`).join('')
      const text = htmlToRichText(html)
      expect(listDepth(text)).toBeLessThanOrEqual(8)
      const words = JSON.stringify(text)
      expect(words).toContain('item 0"')
      expect(words).toContain('item 1999')
    })

    it('drops control characters that entities spell', () => {
      expect(htmlToRichText('<p>a&#7;b&#x81;c</p>')).toEqual([{ p: ['abc'] }])
    })
  })
})

function listDepth(blocks: RichText): number {
  return Math.max(0, ...blocks.map(blockListDepth))
}

function blockListDepth(block: Block): number {
  if ('ul' in block) return 1 + Math.max(0, ...block.ul.map(listDepth))
  if ('ol' in block) return 1 + Math.max(0, ...block.ol.map(listDepth))
  return 0
}

describe('httpUrl', () => {
  const base = 'https://fosdem.org/2026/schedule/'
  it('reads a host typed without a scheme as that site, not a path under the schedule', () => {
    expect(httpUrl('www.samba.org', base)).toBe('https://www.samba.org/')
    expect(httpUrl('github.com/tiny/opening', base)).toBe('https://github.com/tiny/opening')
  })

  it('resolves a real relative path against the base, and drops mail addresses', () => {
    expect(httpUrl('/2026/events/x.pdf', base)).toBe('https://fosdem.org/2026/events/x.pdf')
    expect(httpUrl('attachments/x.pdf', base)).toBe(
      'https://fosdem.org/2026/schedule/attachments/x.pdf',
    )
    expect(httpUrl('email:someone@example.org', base)).toBeUndefined()
    expect(httpUrl('someone@example.org', base)).toBeUndefined()
    expect(httpUrl('mailto:someone@example.org', base)).toBeUndefined()
  })
})

describe('httpUrl and file names', () => {
  it('keeps a lone file name relative to the base', () => {
    expect(httpUrl('slides.pdf', 'https://tiny.example.org/2026/')).toBe(
      'https://tiny.example.org/2026/slides.pdf',
    )
  })
})
