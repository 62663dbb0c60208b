/**
 * Whether an event is cancelled, and its title without the marker. frab has no standard field for it, so the rules
 * are conservative, to never hide a talk that takes place:
 * - the title starts with "[cancelled]", "(cancelled)", "cancelled:" or "cancelled -" in any case, or with
 *   "CANCELLED" in capitals followed by a space ("canceled" too): the marker is removed from the title;
 * - the `type` or `track` is exactly "cancelled" (any case);
 * - a JSON `status` of "cancelled" (pretalx's `do_not_record` is about recording, not cancellation).
 * A title merely mentioning the word ("Why we cancelled our cloud") is not a cancellation.
 */
export function detectCancellation(event: {
  title: string
  type?: string
  track?: string
  status?: string
}): { cancelled: boolean; title: string } {
  const marker = TITLE_MARKER.exec(event.title) ?? SHOUTED_MARKER.exec(event.title)
  const rest = marker ? event.title.slice(marker[0].length).trim() : event.title
  const title = rest === '' ? event.title : rest
  const cancelled =
    (marker !== null && rest !== '') ||
    [event.type, event.track, event.status].some(
      (field) => field !== undefined && IS_MARKER.test(field.trim()),
    )
  return { cancelled, title: cancelled ? title : event.title }
}

const WORD = 'cancell?ed'
const TITLE_MARKER = new RegExp(
  `^\\s*(?:\\[\\s*${WORD}\\s*\\]|\\(\\s*${WORD}\\s*\\)|${WORD}\\s*[:\\-–—])\\s*`,
  'i',
)
const SHOUTED_MARKER = /^\s*CANCELL?ED\s+/
const IS_MARKER = new RegExp(`^${WORD}$`, 'i')
