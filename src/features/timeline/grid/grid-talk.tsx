import { memo, type CSSProperties } from 'react'
import { CancelledBadge } from '../../../components/cancelled-badge'
import { Link } from '../../../components/link'
import type { ScheduleTalk } from '../../../data/types'
import { formatTime } from '../../../lib/format-time'
import type { TalkState } from '../../../lib/live-status'
import { paths } from '../../../lib/paths'
import { talkLinkName } from './grid-layout'

export interface GridTalkProps {
  talk: ScheduleTalk
  room: string
  authors: string
  /** Pixels from the top of the grid, and tall. */
  top: number
  height: number
  column: number
  lane: number
  lanes: number
  state: TalkState | undefined
  starred: boolean
  timeZone: string
  locale: string
  /** Its place in the day's list (1-based) and the list's length, for a screen reader's "12 of 484". */
  position: number
  count: number
}

/**
 * One talk in the grid: a box as tall as the talk is long, in its room's column, the whole box a link to its page.
 * Props are plain values, so scrolling re-renders only the talks that come into the window.
 */
export const GridTalk = memo(function GridTalk({
  talk,
  room,
  authors,
  top,
  height,
  column,
  lane,
  lanes,
  state,
  starred,
  timeZone,
  locale,
  position,
  count,
}: GridTalkProps) {
  const cancelled = talk.status === 'cancelled'
  const start = formatTime(talk.start, timeZone, locale)
  const time = `${start}–${formatTime(talk.end, timeZone, locale)}`
  // Plain properties, not custom ones: those are inherited by everything inside the box, and cost its style each time.
  const place: CSSProperties = {
    top,
    height,
    minHeight: height,
    left: `calc(${column + lane / lanes} * var(--grid-column))`,
    width: lanes === 1 ? undefined : `calc(var(--grid-column) / ${lanes})`,
  }
  const modifiers = [
    state && `grid-talk--${state}`,
    cancelled && 'grid-talk--cancelled',
    starred && 'grid-talk--starred',
  ]
  return (
    <li
      id={`talk-${talk.id}`}
      className={['grid-talk', ...modifiers].filter(Boolean).join(' ')}
      style={place}
      aria-posinset={position}
      aria-setsize={count}
    >
      <Link
        to={paths.talk.href(talk.id)}
        className="grid-talk__link"
        aria-label={talkLinkName(talk.title, time, room, { cancelled, starred })}
        aria-current={state === 'now' ? 'time' : undefined}
      >
        <span className="grid-talk__meta">
          <time dateTime={talk.start}>{start}</time>
          {starred && (
            <svg className="grid-talk__star" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z" />
            </svg>
          )}
          <CancelledBadge talk={talk} />
        </span>
        <span className="grid-talk__title" lang={talk.language}>
          {talk.title}
        </span>
        {authors && <span className="grid-talk__authors">{authors}</span>}
      </Link>
    </li>
  )
})
