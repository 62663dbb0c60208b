import { isHttpUrl } from '../../dataset/dataset-schema'
import { isTag, isText, type ChildNode, type Element } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import type { Block, RichText } from '../../../src/data/rich-text'
import { cleanText } from './clean-text'
import { piecesToInlines, withMark, type Mark, type Piece } from './inline-pieces'

export interface HtmlOptions {
  /** Where the text was published: relative link targets are resolved against it. Without it they are dropped. */
  baseUrl?: string
}

/**
 * Rich text from an HTML fragment as schedules publish it (frab's abstracts, descriptions and biographies). Keeps
 * what reads as structure or emphasis; every other element gives up its text; what a browser would not show as text
 * (scripts, styles, embedded frames) is dropped. A fragment without a single tag is plain text: its blank lines
 * separate paragraphs and its newlines break lines.
 */
export function htmlToRichText(html: string, options: HtmlOptions = {}): RichText {
  const document = parseDocument(html, { decodeEntities: true })
  if (!document.children.some(isTag)) {
    return plainTextToRichText(
      document.children.map((node) => (isText(node) ? node.data : '')).join(''),
    )
  }
  const root = newContainer()
  walkChildren(document.children, root, { marks: [], depth: 0, listDepth: 0, options })
  return finish(root)
}

/** Paragraphs separated by blank lines, their single newlines as line breaks. */
export function plainTextToRichText(text: string): RichText {
  const blocks: Block[] = []
  for (const paragraph of cleanText(text).split(/\n\s*\n/)) {
    const pieces: Piece[] = []
    for (const line of paragraph.split('\n')) {
      pieces.push({ marks: [], text: line }, { marks: [], br: true })
    }
    const inlines = piecesToInlines(pieces)
    if (inlines.length > 0) blocks.push({ p: inlines })
  }
  return blocks
}

/**
 * Deeper elements give up their structure and keep their words, so hostile input (thousands of nested <div>s)
 * cannot exhaust the stack. No real abstract nests anywhere near this.
 */
const MAX_ELEMENT_DEPTH = 64
/** Lists nested deeper than this become paragraphs in the deepest item: an indent per level stops helping. */
const MAX_LIST_DEPTH = 8

/** Elements whose contents a reader never sees as text. */
const DROPPED = names(
  'script style iframe object embed noscript template head title svg math canvas audio video select textarea',
)
/** Elements that start and end paragraphs; their own boxes (quotes, sections, cells) are flattened away. */
const BLOCKS = names(
  'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form header hgroup hr html legend li main nav p section summary table tbody td tfoot th thead tr',
)
const HEADINGS = names('h1 h2 h3 h4 h5 h6')
const LISTS = names('ul ol menu dir')
const PREFORMATTED = names('pre listing xmp plaintext')
const CODE = names('code kbd samp tt')
const EMPHASIS = names('em i')
const STRONG = names('strong b')

function names(list: string): ReadonlySet<string> {
  return new Set(list.split(' '))
}

/** Blocks written so far, and the pieces of the paragraph being written. */
interface Container {
  blocks: Block[]
  pieces: Piece[]
}

interface Context {
  marks: readonly Mark[]
  depth: number
  listDepth: number
  options: HtmlOptions
}

function newContainer(): Container {
  return { blocks: [], pieces: [] }
}

function endParagraph(container: Container): void {
  const inlines = piecesToInlines(container.pieces)
  container.pieces = []
  if (inlines.length > 0) container.blocks.push({ p: inlines })
}

function finish(container: Container): Block[] {
  endParagraph(container)
  return container.blocks
}

function walkChildren(nodes: readonly ChildNode[], container: Container, context: Context): void {
  for (const node of nodes) {
    if (isText(node)) container.pieces.push({ marks: context.marks, text: cleanText(node.data) })
    else if (isTag(node)) walkElement(node, container, context)
    // Comments, processing instructions and CDATA show nothing.
  }
}

function walkElement(element: Element, container: Container, context: Context): void {
  const { name } = element
  const { marks } = context
  if (DROPPED.has(name)) return
  if (context.depth >= MAX_ELEMENT_DEPTH) {
    container.pieces.push({ marks, text: textOf(element, ' ') })
    return
  }
  const inner: Context = { ...context, depth: context.depth + 1 }
  if (name === 'br') container.pieces.push({ marks, br: true })
  else if (name === 'img')
    container.pieces.push({ marks, text: cleanText(element.attribs.alt ?? '') })
  else if (name === 'a') walkLink(element, container, inner)
  else if (CODE.has(name)) container.pieces.push({ marks, code: textOf(element, ' ') })
  else if (EMPHASIS.has(name) || STRONG.has(name)) {
    const mark = { kind: EMPHASIS.has(name) ? 'em' : 'strong' } as const
    walkChildren(element.children, container, { ...inner, marks: withMark(marks, mark) })
  } else if (PREFORMATTED.has(name)) {
    endParagraph(container)
    const text = preformattedText(element)
    if (text.trim() !== '') container.blocks.push({ pre: text })
  } else if (LISTS.has(name)) walkList(element, container, inner)
  else if (HEADINGS.has(name) || BLOCKS.has(name)) {
    endParagraph(container)
    // A heading's strong mark goes outermost, so the heading is one bold run whatever it holds.
    const blockMarks = HEADINGS.has(name)
      ? [{ kind: 'strong' } as const, ...marks.filter((mark) => mark.kind !== 'strong')]
      : marks
    walkChildren(element.children, container, { ...inner, marks: blockMarks })
    endParagraph(container)
  } else walkChildren(element.children, container, inner) // <span>, <u>, <font>, unknown elements: their text
}

function walkLink(element: Element, container: Container, context: Context): void {
  const href = httpUrl(element.attribs.href, context.options.baseUrl)
  // A link inside a link is not HTML; the outer one wins, as in a browser.
  if (!href || context.marks.some((mark) => mark.kind === 'link')) {
    walkChildren(element.children, container, context)
    return
  }
  const marks = withMark(context.marks, { kind: 'link', href })
  const blocksBefore = container.blocks.length
  const piecesBefore = container.pieces.length
  walkChildren(element.children, container, { ...context, marks })
  const hasText =
    container.blocks.length > blocksBefore ||
    container.pieces.slice(piecesBefore).some((piece) => !('br' in piece) && hasVisibleText(piece))
  // A link with no words (an icon, an image without alt text) is still worth following: its address names it.
  if (!hasText) container.pieces.push({ marks, text: href })
}

function hasVisibleText(piece: { text: string } | { code: string }): boolean {
  return ('text' in piece ? piece.text : piece.code).trim() !== ''
}

/** The absolute http(s) address a link leads to, or nothing: other schemes never become links. */
// "www.samba.org", "github.com/tiny/x": a host name (with a dot and a top-level domain of letters) that starts with
// "www." or is followed by a path. A lone "slides.pdf" stays a relative file name.
const BARE_HOST =
  /^(?:www\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#:]|$)|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}[/?#])/i

export function httpUrl(href: string | undefined, baseUrl?: string): string | undefined {
  if (href === undefined) return undefined
  const target = href.trim()
  // Speakers type "www.samba.org" or "github.com/x" without a scheme: that is a site, not a path under the
  // schedule's base URL. An address with an "@" and no scheme ("email:x@y", "x@y.org") is no web link at all.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('/')) {
    if (target.includes('@')) return undefined
    if (BARE_HOST.test(target)) return httpUrl(`https://${target}`)
  }
  let url: URL
  try {
    url = new URL(target, baseUrl)
  } catch {
    return undefined
  }
  return isHttpUrl(url.href) ? url.href : undefined
}

function walkList(list: Element, container: Container, context: Context): void {
  endParagraph(container)
  if (context.listDepth >= MAX_LIST_DEPTH) {
    walkChildren(list.children, container, context)
    endParagraph(container)
    return
  }
  const itemContext: Context = { ...context, marks: [], listDepth: context.listDepth + 1 }
  const items: Container[] = []
  for (const child of list.children) {
    if (isTag(child) && child.name === 'li') {
      const item = newContainer()
      items.push(item)
      walkChildren(child.children, item, itemContext)
      endParagraph(item)
    } else if (isTag(child) || (isText(child) && child.data.trim() !== '')) {
      // Stray content between items (often a nested <ul> outside its <li>) belongs with the item before it.
      const item = items.at(-1) ?? newContainer()
      if (items.length === 0) items.push(item)
      walkChildren([child], item, itemContext)
      endParagraph(item)
    }
  }
  const blocks = items.map(finish).filter((item) => item.length > 0)
  if (blocks.length === 0) return
  container.blocks.push(list.name === 'ol' ? { ol: blocks } : { ul: blocks })
}

/** A <pre>'s text as written, but for the newline right after the tag, which HTML ignores, and trailing space. */
function preformattedText(element: Element): string {
  return textOf(element, '\n').replace(/^\n/, '').replace(/\s+$/, '')
}

/**
 * The words below an element, without recursion (it serves the elements too deep to walk). Block boundaries become
 * spaces so that words of neighbouring paragraphs stay apart.
 */
function textOf(root: Element, lineBreak: string): string {
  const parts: string[] = []
  const stack: (ChildNode | string)[] = []
  const pushChildren = (element: Element) => {
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!)
  }
  pushChildren(root)
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') parts.push(node)
    else if (isText(node)) parts.push(node.data)
    else if (!isTag(node) || DROPPED.has(node.name)) continue
    else if (node.name === 'br') parts.push(lineBreak)
    else if (node.name === 'img') parts.push(node.attribs.alt ?? '')
    else {
      const separator = BLOCKS.has(node.name) || LISTS.has(node.name) ? ' ' : ''
      stack.push(separator)
      pushChildren(node)
      stack.push(separator)
    }
  }
  return cleanText(parts.join(''))
}
