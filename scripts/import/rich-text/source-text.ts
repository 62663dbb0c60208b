import type { RichText } from '../../../src/data/rich-text'

/**
 * INTERIM: the rich-text converter being written elsewhere replaces this file at merge. It keeps only paragraphs of
 * plain text (tags stripped, entities decoded), so the importers can be built and tested against the final
 * signature meanwhile: lists, links and emphasis are lost here.
 */
export function sourceTextToRichText(
  text: string | null | undefined,
  options: { format?: 'html' | 'markdown'; baseUrl?: string } = {},
): RichText {
  if (text == null || text.trim() === '') return []
  const format = options.format ?? (/<\/?[a-z][^>]*>/i.test(text) ? 'html' : 'markdown')
  const plain =
    format === 'html'
      ? decodeEntities(
          text
            .replace(/<\/(?:p|li|h[1-6]|pre|blockquote)>|<br\s*\/?>|<hr\s*\/?>/gi, '\n\n')
            .replace(/<[^>]*>/g, ''),
        )
      : text.replace(/\r\n?/g, '\n')
  return plain
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => ({ p: [paragraph] }))
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return ENTITIES[name.toLowerCase()] ?? match
  })
}
