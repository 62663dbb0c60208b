/**
 * What `j`, `k` and `s` do, loaded on the first such key: phones never press one, and the first visit's JS budget is
 * tight. `j` and `k` move through the talks of any list, `s` stars or unstars the current one: the talk in focus,
 * else the last one moved to, else the talk whose page this is.
 */
import type { StarStore } from '../../lib/stars/stars'
import { visibleBand } from '../../lib/visible-band'
import { itemHolding, stepFrom, talkIdOfPath, talkItems } from './talk-navigation'

export type ShortcutKey = 'j' | 'k' | 's'

/** The talk moved to last; it stays current while focus wanders off the list (a click elsewhere, Esc). */
let last: HTMLElement | null = null

/** Acts on a key; returns what to announce to screen readers ('' for nothing). */
export function runShortcut(key: ShortcutKey, stars: StarStore): string {
  const main = document.getElementById('main')
  if (!main) return ''
  const items = talkItems(main)
  // Read now, not at the key press: keys typed while this module loaded run in order, each from where the last left.
  const current =
    itemHolding(items, document.activeElement) ?? items.find((item) => item.element === last)

  if (key === 's') {
    const pageTalk = talkIdOfPath(window.location.pathname)
    const talk = current
      ? { id: current.id, title: current.title }
      : pageTalk
        ? { id: pageTalk, title: main.querySelector('h1')?.textContent?.trim() ?? pageTalk }
        : null
    if (!talk) return 'No talk chosen: move to one with j or k, then press s.'
    if (stars.isStarred(talk.id)) {
      // The star button's own path: the notice says what was removed and offers Undo.
      stars.unstarWithUndo(talk.id, talk.title)
      return ''
    }
    stars.star(talk.id)
    return `Starred “${talk.title}”.`
  }

  const { top, bottom } = visibleBand()
  const next = stepFrom(items, current, key === 'j' ? 1 : -1, top, bottom)
  if (!next) return ''
  last = next.element
  // The page's scroll-padding keeps the focused talk clear of the sticky header and the bottom navigation.
  next.link.focus()
  return ''
}
