import { toggleStar, useIsStarred } from '../lib/stars/stars'
import './star-button.css'

/**
 * The star toggle shown beside every talk. Its name stays "Star <title>" in both states; `aria-pressed` carries the
 * state, and the shape (filled or outline) shows it without relying on colour. Unstarring offers Undo through the
 * shell's notices.
 */
export function StarButton({ talkId, title }: { talkId: string; title: string }) {
  const starred = useIsStarred(talkId)
  return (
    <button
      type="button"
      className="star-button"
      aria-pressed={starred}
      aria-label={`Star ${title}`}
      onClick={() => toggleStar(talkId, title, starred)}
    >
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z"
          strokeWidth="1.8"
          strokeLinejoin="round"
        />
      </svg>
    </button>
  )
}
