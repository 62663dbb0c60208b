import { describe, expect, it } from 'vitest'
import { detectFormat, sourceTextToRichText } from './source-text'

describe('sourceTextToRichText', () => {
  it('is empty for missing or blank text', () => {
    expect(sourceTextToRichText(null)).toEqual([])
    expect(sourceTextToRichText(undefined)).toEqual([])
    expect(sourceTextToRichText('')).toEqual([])
    expect(sourceTextToRichText(' \n\t\u0007 ')).toEqual([])
  })

  it('reads text with HTML tags as HTML', () => {
    expect(sourceTextToRichText('<p>One *two*</p>\n<p>Three</p>')).toEqual([
      { p: ['One *two*'] },
      { p: ['Three'] },
    ])
  })

  it('reads other text as Markdown', () => {
    expect(sourceTextToRichText('One *two*\nthree')).toEqual([
      { p: ['One ', { em: ['two'] }, { br: true }, 'three'] },
    ])
  })

  it('follows the format it is told', () => {
    expect(sourceTextToRichText('<p>*a*</p>', { format: 'markdown' })).toEqual([{ p: ['*a*'] }])
    expect(sourceTextToRichText('*a*', { format: 'html' })).toEqual([{ p: ['*a*'] }])
  })

  it('passes the base URL on', () => {
    expect(
      sourceTextToRichText('<a href="/x">x</a>', { baseUrl: 'https://fosdem.org/2026/' }),
    ).toEqual([{ p: [{ link: 'https://fosdem.org/x', text: ['x'] }] }])
  })

  it('strips control characters and normalises to NFC', () => {
    const decomposed = 'Cafe\u0301'
    expect(sourceTextToRichText(`${decomposed}\u0000\u001b[0m\u0085 ok\uFFFE\uFFFF\ud800`)).toEqual(
      [{ p: ['Café[0m ok\uFFFD'] }],
    )
  })

  it('reads CRLF and CR line endings', () => {
    expect(sourceTextToRichText('a\r\nb\rc')).toEqual([
      { p: ['a', { br: true }, 'b', { br: true }, 'c'] },
    ])
  })
})

describe('detectFormat', () => {
  it.each([
    '<p>x</p>',
    'a<br>b',
    'a<br/>b',
    '<ul><li>x</li></ul>',
    'see <a href="https://x.org">x</a>',
    '<em>x</em>',
    '<strong>x</strong>',
    '<div class="c">x</div>',
    '<code>x</code>',
    '<H2>x</H2>',
  ])('finds HTML in %j', (text) => {
    expect(detectFormat(text)).toBe('html')
  })

  it.each([
    'plain text',
    '**bold** and [link](https://x.org)',
    'autolink <https://example.org>',
    'a < b and c > d',
    'I <3 Rust',
    '<abbr>x</abbr>',
  ])('finds Markdown in %j', (text) => {
    expect(detectFormat(text)).toBe('markdown')
  })
})
