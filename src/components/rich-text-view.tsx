import { httpHref } from '../lib/http-href'
import type { Block, Inline, RichText } from '../data/rich-text'
import './rich-text-view.css'

/**
 * An abstract, description or biography, element by element: the dataset's text never reaches `innerHTML`. Links
 * open in the same tab, as every other link in the app does.
 */
export function RichTextView({ text, className }: { text: RichText; className?: string }) {
  return (
    <div className={className ? `rich-text ${className}` : 'rich-text'}>
      {text.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </div>
  )
}

function BlockView({ block }: { block: Block }) {
  if ('p' in block) return <p>{inlines(block.p)}</p>
  if ('pre' in block) return <pre>{block.pre}</pre>
  const items = 'ul' in block ? block.ul : block.ol
  const listItems = items.map((item, i) => (
    <li key={i}>
      {/* An item of one paragraph (nearly all) is drawn without one, so lists stay tight. */}
      {item.length === 1 && item[0] && 'p' in item[0]
        ? inlines(item[0].p)
        : item.map((child, j) => <BlockView key={j} block={child} />)}
    </li>
  ))
  return 'ul' in block ? <ul>{listItems}</ul> : <ol>{listItems}</ol>
}

function inlines(content: readonly Inline[]) {
  return content.map((inline, i) => <InlineView key={i} inline={inline} />)
}

function InlineView({ inline }: { inline: Inline }) {
  if (typeof inline === 'string') return inline
  if ('br' in inline) return <br />
  if ('code' in inline) return <code>{inline.code}</code>
  if ('em' in inline) return <em>{inlines(inline.em)}</em>
  if ('strong' in inline) return <strong>{inlines(inline.strong)}</strong>
  const href = httpHref(inline.link)
  if (!href) return inlines(inline.text)
  return (
    <a href={href} rel="noopener noreferrer">
      {inlines(inline.text)}
    </a>
  )
}
