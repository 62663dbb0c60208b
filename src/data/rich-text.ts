/**
 * Structured text (abstracts, descriptions, biographies) held as data, not HTML: the importers turn a source's HTML
 * or Markdown into this, and React renders it element by element (src/components/rich-text-view.tsx), so no markup
 * from a dataset ever reaches `innerHTML`. Small on purpose: what schedules actually use.
 */

/** Text, or a span of it. A link keeps its text and an http(s) target only. */
export type Inline =
  | string
  | { em: Inline[] }
  | { strong: Inline[] }
  | { code: string }
  | { link: string; text: Inline[] }
  | { br: true }

/** A paragraph, a list (each item a list of blocks, so lists nest) or preformatted text. Headings become bold paragraphs. */
export type Block = { p: Inline[] } | { ul: Block[][] } | { ol: Block[][] } | { pre: string }

export type RichText = Block[]

/** Plain paragraphs as rich text: what a source without markup gives. */
export function paragraphs(texts: readonly string[]): RichText {
  return texts.map((text) => ({ p: [text] }))
}

/** The words of rich text, blocks separated by blank lines and line breaks kept: for search, snippets and meta tags. */
export function plainText(text: RichText | undefined): string {
  return (text ?? []).map(blockText).join('\n\n')
}

function blockText(block: Block): string {
  if ('p' in block) return inlineText(block.p)
  if ('pre' in block) return block.pre
  const items = 'ul' in block ? block.ul : block.ol
  return items.map((item) => item.map(blockText).join('\n')).join('\n')
}

function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      if (typeof inline === 'string') return inline
      if ('br' in inline) return '\n'
      if ('code' in inline) return inline.code
      if ('link' in inline) return inlineText(inline.text)
      return inlineText('em' in inline ? inline.em : inline.strong)
    })
    .join('')
}

/** True when there is no word to show: an empty abstract gets no heading. */
export function isBlank(text: RichText | undefined): boolean {
  return plainText(text).trim() === ''
}
