import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { RichText } from '../data/rich-text'
import { RichTextView } from './rich-text-view'

describe('RichTextView', () => {
  it('shows paragraphs with emphasis, strong text, code and line breaks', () => {
    const { container } = render(
      <RichTextView
        text={[
          {
            p: [
              'One ',
              { em: ['two'] },
              { br: true },
              { strong: ['three'] },
              ' ',
              { code: 'x = 1' },
            ],
          },
          { p: ['Second'] },
        ]}
      />,
    )
    const paragraphs = container.querySelectorAll('p')
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0]).toHaveTextContent('One twothree x = 1')
    expect(screen.getByText('two').tagName).toBe('EM')
    expect(screen.getByText('three').tagName).toBe('STRONG')
    expect(screen.getByText('x = 1').tagName).toBe('CODE')
    expect(paragraphs[0]?.querySelector('br')).not.toBeNull()
    expect(screen.getByText('Second')).toBeVisible()
  })

  it('shows nested lists, an item of one paragraph without a paragraph of its own', () => {
    render(
      <RichTextView
        text={[
          {
            ol: [
              [{ p: ['First'] }, { ul: [[{ p: ['Inner a'] }], [{ p: ['Inner b'] }]] }],
              [{ p: ['Second'] }],
            ],
          },
        ]}
      />,
    )
    const [outer, inner] = screen.getAllByRole('list')
    expect(outer?.tagName).toBe('OL')
    expect(inner?.tagName).toBe('UL')
    expect(
      within(inner!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Inner a', 'Inner b'])
    expect(screen.getAllByRole('listitem')).toHaveLength(4)
    expect(screen.getByText('Second').tagName).toBe('LI')
    expect(screen.getByText('First').tagName).toBe('P')
  })

  it('keeps preformatted text as written', () => {
    render(<RichTextView text={[{ pre: '$ make\n  done' }]} />)
    const pre = screen.getByText(/\$ make/)
    expect(pre.tagName).toBe('PRE')
    expect(pre.textContent).toBe('$ make\n  done')
  })

  it('links http and https targets, with the markup inside the link', () => {
    render(
      <RichTextView
        text={[
          {
            p: [
              { link: 'https://gluon.readthedocs.io/', text: ['the ', { em: ['Gluon'] }, ' docs'] },
              ' and ',
              { link: 'http://example.org/', text: ['plain http'] },
            ],
          },
        ]}
      />,
    )
    const link = screen.getByRole('link', { name: 'the Gluon docs' })
    expect(link).toHaveAttribute('href', 'https://gluon.readthedocs.io/')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getByRole('link', { name: 'plain http' })).toHaveAttribute(
      'href',
      'http://example.org/',
    )
  })

  it('shows any other target as text only, whatever the dataset says', () => {
    const hostile: RichText = [
      {
        p: [
          { link: 'javascript:alert(1)', text: ['js'] },
          ' ',
          { link: ' JavaScript:alert(1)', text: ['js2'] },
          ' ',
          { link: 'data:text/html,<script>alert(1)</script>', text: ['data'] },
          ' ',
          { link: '/relative', text: ['relative'] },
          ' ',
          { link: 'mailto:a@example.org', text: ['mail'] },
        ],
      },
    ]
    const { container } = render(<RichTextView text={hostile} />)
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
    expect(container).toHaveTextContent('js js2 data relative mail')
  })

  it('renders markup in the text as text, with no handlers and no javascript: address', () => {
    const text: RichText = [
      {
        p: [
          '<img src=x onerror="alert(1)">',
          { link: 'https://example.org/"onmouseover="x', text: ['<b onclick="x">'] },
        ],
      },
      { pre: '<script>alert(1)</script>' },
      { ul: [[{ p: [{ code: '<a href="javascript:alert(1)">x</a>' }] }]] },
    ]
    const { container } = render(<RichTextView text={text} />)
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)">')
    expect(container.querySelector('img, script, b')).toBeNull()
    for (const element of container.querySelectorAll('*')) {
      expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([])
      expect(element.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i)
    }
    expect(screen.getByRole('link', { name: '<b onclick="x">' })).toHaveAttribute(
      'href',
      'https://example.org/%22onmouseover=%22x',
    )
  })

  it('shows nothing for empty text, and takes a class name', () => {
    const { container } = render(<RichTextView text={[]} className="talk-abstract__text" />)
    expect(container.firstElementChild).toHaveClass('rich-text', 'talk-abstract__text')
    expect(container.firstElementChild).toBeEmptyDOMElement()
  })
})
