import type { RichText } from '../../../src/data/rich-text'
import { cleanText } from './clean-text'
import { htmlToRichText } from './from-html'
import { markdownToRichText } from './from-markdown'

export type SourceTextFormat = 'html' | 'markdown'

export interface SourceTextOptions {
  /** What the source says its text is; without it, the text is looked at. */
  format?: SourceTextFormat
  /** Where the text was published: relative links in it are resolved against it. */
  baseUrl?: string
}

/**
 * A source's abstract, description or biography as rich text: cleaned of control characters and normalised to NFC
 * first, then read as HTML or Markdown. Missing or blank text is no text.
 */
export function sourceTextToRichText(
  text: string | null | undefined,
  options: SourceTextOptions = {},
): RichText {
  if (text == null) return []
  const cleaned = cleanText(text)
  if (cleaned.trim() === '') return []
  const format = options.format ?? detectFormat(cleaned)
  const convert = format === 'html' ? htmlToRichText : markdownToRichText
  return convert(cleaned, { baseUrl: options.baseUrl })
}

/**
 * Tags that only HTML text has: Markdown rarely holds raw HTML, while an HTML abstract nearly always has a <p>,
 * <br> or a list. Any other text (plain or Markdown) reads the same through the Markdown parser.
 */
const HTML_TAG =
  /<\/?(?:p|br|hr|ul|ol|li|a|em|i|strong|b|u|div|span|code|pre|h[1-6]|blockquote|img|table|tr|td|th)(?:\s[^<>]*)?\/?>/i

export function detectFormat(text: string): SourceTextFormat {
  return HTML_TAG.test(text) ? 'html' : 'markdown'
}
