import type { Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import type { RichText } from '../../../src/data/rich-text'
import { htmlToRichText, plainTextToRichText, type HtmlOptions } from './from-html'

/**
 * Rich text from Markdown as pretalx publishes it: CommonMark, with bare URLs linked as GitHub does. Authors type a
 * single newline to break a line, so a soft line break is kept as one.
 *
 * The Markdown is written out as HTML and read back by the HTML converter, so both sources follow one set of rules
 * (which links survive, what headings and images become) and raw HTML inside the Markdown is read as it would be
 * shown.
 */
export function markdownToRichText(markdown: string, options: HtmlOptions = {}): RichText {
  const text = markdown.replace(/\r\n?/g, '\n')
  // The parser takes time quadratic in the containers one line opens ("- - - - …": 12 KB of it, 20 s) and recurses
  // once per level. No real abstract nests this deep, so such a text keeps its words as plain paragraphs instead.
  if (text.split('\n').some((line) => containerMarkers(line) > MAX_NODE_DEPTH)) {
    return plainTextToRichText(text)
  }
  let tree: Root
  try {
    tree = fromMarkdown(text, {
      extensions: [gfmAutolinkLiteral()],
      mdastExtensions: [gfmAutolinkLiteralFromMarkdown()],
    })
  } catch (error) {
    // Should deep nesting still exhaust the parser's stack, the words stay rather than the import stopping.
    if (error instanceof RangeError) return plainTextToRichText(text)
    throw error
  }
  return htmlToRichText(toHtml(tree, definitionsOf(tree), 0), options)
}

/** Deeper nodes are written as their text only, so deeply nested input cannot exhaust the stack here either. */
const MAX_NODE_DEPTH = 64

/** A block quote or list marker at the start of a line, or after the markers before it. */
const CONTAINER_MARKER = /[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))/y

/** How many block quotes and list items a line opens (or continues) before its text. */
function containerMarkers(line: string): number {
  let count = 0
  CONTAINER_MARKER.lastIndex = 0
  while (count <= MAX_NODE_DEPTH && CONTAINER_MARKER.test(line)) count++
  return count
}

type Definitions = ReadonlyMap<string, string>

function toHtml(node: Nodes, definitions: Definitions, depth: number): string {
  if (depth >= MAX_NODE_DEPTH) return escapeHtml(textOf(node))
  const children = () =>
    'children' in node
      ? node.children.map((child: Nodes) => toHtml(child, definitions, depth + 1)).join('')
      : ''
  switch (node.type) {
    case 'root':
    case 'delete':
    case 'footnoteDefinition':
    case 'table':
    case 'tableRow':
      return children()
    case 'paragraph':
    case 'tableCell':
      return `<p>${children()}</p>`
    case 'heading':
      return `<h${node.depth}>${children()}</h${node.depth}>`
    case 'blockquote':
      return `<blockquote>${children()}</blockquote>`
    case 'list':
      return node.ordered ? `<ol>${children()}</ol>` : `<ul>${children()}</ul>`
    case 'listItem':
      return `<li>${children()}</li>`
    case 'code':
      return `<pre>${escapeHtml(node.value)}</pre>`
    case 'thematicBreak':
      return '<hr>'
    case 'html':
      return node.value
    case 'text':
      return escapeHtml(node.value).replace(/\n/g, '<br>')
    case 'emphasis':
      return `<em>${children()}</em>`
    case 'strong':
      return `<strong>${children()}</strong>`
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`
    case 'break':
      return '<br>'
    case 'link':
      return link(node.url, children())
    case 'linkReference': {
      const url = definitions.get(node.identifier)
      return url === undefined ? children() : link(url, children())
    }
    case 'image':
    case 'imageReference':
      return escapeHtml(node.alt ?? '')
    default:
      // Definitions, footnote references, front matter: nothing a reader sees in place.
      return ''
  }
}

function link(url: string, content: string): string {
  return `<a href="${escapeHtml(url)}">${content}</a>`
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Link reference definitions (`[id]: https://…`), by the identifier references use. */
function definitionsOf(tree: Root): Definitions {
  const definitions = new Map<string, string>()
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'definition' && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node.url)
    }
    if ('children' in node) stack.push(...node.children)
  }
  return definitions
}

/** A node's words without recursion; blocks stay apart by a space. */
function textOf(root: Nodes): string {
  const parts: string[] = []
  const stack: (Nodes | string)[] = [root]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') parts.push(node)
    else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      parts.push(node.value)
    } else if (node.type === 'image' || node.type === 'imageReference') parts.push(node.alt ?? '')
    else if ('children' in node) {
      parts.push(' ')
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
    }
  }
  return parts.join('')
}
