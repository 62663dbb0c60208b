/**
 * The talks a page lists, read from the page itself, so `j`, `k` and `s` work on every list (the timeline, an
 * author's talks, search results, the agenda) without any of them knowing about shortcuts. A talk in a list is a list
 * item that links to a talk page and carries a star toggle (`aria-pressed`).
 */

const TALK_PATH = /\/talks\/([^/]+)\/?$/

export interface TalkItem {
  element: HTMLElement
  link: HTMLAnchorElement
  id: string
  title: string
}

/** The talk a page is about, from its path ("/talks/<id>", under any base path); null elsewhere. */
export function talkIdOfPath(pathname: string): string | null {
  const match = TALK_PATH.exec(pathname)
  if (!match) return null
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return null
  }
}

/** The talks listed in `root`, in document order. */
export function talkItems(root: ParentNode): TalkItem[] {
  const items: TalkItem[] = []
  for (const element of root.querySelectorAll<HTMLElement>('li')) {
    // A list item holding other items (a group) is not one talk.
    if (element.querySelector('li') || !element.querySelector('button[aria-pressed]')) continue
    for (const link of element.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const id = talkIdOfPath(link.pathname)
      if (id === null) continue
      items.push({ element, link, id, title: (link.textContent ?? '').trim() })
      break
    }
  }
  return items
}

/** The item holding `node`, if any. */
export function itemHolding(items: TalkItem[], node: Node | null): TalkItem | undefined {
  return node ? items.find((item) => item.element.contains(node)) : undefined
}

/**
 * Where `j` (1) or `k` (-1) goes from `current`: the next or previous talk, nothing past either end. With no current
 * talk it starts at the first talk showing between `top` and `bottom` (below the sticky header, above the bottom
 * navigation), so a reader halfway down a long day does not jump back to its start.
 */
export function stepFrom(
  items: TalkItem[],
  current: TalkItem | undefined,
  direction: 1 | -1,
  top: number,
  bottom: number,
): TalkItem | undefined {
  if (current) {
    const index = items.indexOf(current)
    if (index >= 0) return items[index + direction]
  }
  const inView = items.find((item) => {
    const rect = item.element.getBoundingClientRect()
    return rect.height > 0 && rect.bottom > top && rect.top < bottom
  })
  return inView ?? items[0]
}
