/**
 * Asking the list to scroll: to a talk (fresh visit during the session, "Jump to now") or back to where the reader
 * was (Back). The list carries it out once it has rendered what it needs, which for a long, lazily loaded list is
 * later than the request.
 */
export type ScrollTarget =
  /** `unlessScrolled`: only if the reader has not scrolled yet (they were first, their choice stands). */
  | { kind: 'talk'; talkId: string; focus: boolean; unlessScrolled?: boolean }
  | { kind: 'offset'; top: number }

export type ScrollRequest = ScrollTarget & { id: number }

/** Whether the reader has scrolled the page from its top. */
export function readerHasScrolled(): boolean {
  return window.scrollY > 8
}

/** Brings a rendered talk row into view (below the top margin its CSS sets); false when it is not rendered. */
export function revealTalk(talkId: string, focus: boolean): boolean {
  const row = document.getElementById(`talk-${talkId}`)
  if (!row) return false
  row.scrollIntoView?.({ block: 'start' })
  if (focus) row.querySelector<HTMLElement>('a[href]')?.focus({ preventScroll: true })
  return true
}
