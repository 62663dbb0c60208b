import { memo } from 'react'
import { Link } from '../../components/link'
import { formatDayShort, formatTime } from '../../lib/format-time'
import { paths } from '../../lib/paths'
import type { RoomLine as Line } from './now-board'

export interface RoomLineProps {
  line: Line
  /** False before the clock is known: the row keeps its place and height, empty. */
  live: boolean
  /** Nothing is on in any room yet: the row is the next talk alone, across the width. */
  nextOnly: boolean
  /** The venue's date now: a next talk on another day names its day. */
  today: string | null
  nowStarred: boolean
  nextStarred: boolean
  timeZone: string
  locale: string
}

function Star({ starred }: { starred: boolean }) {
  if (!starred) return null
  return (
    <>
      <span className="now-room__star" aria-hidden="true">
        ★
      </span>
      <span className="visually-hidden">Starred:</span>{' '}
    </>
  )
}

/**
 * One room on two tight lines: its name over what is on now (with the minutes left), beside what is next (its start,
 * and its day when that is not today). Every row has the same height whatever it holds, so the live content replaces
 * the prerendered empty rows without moving anything.
 */
export const RoomLine = memo(function RoomLine({
  line,
  live,
  nextOnly,
  today,
  nowStarred,
  nextStarred,
  timeZone,
  locale,
}: RoomLineProps) {
  const { now, next } = line
  return (
    <li className={`now-room${nextOnly && next ? ' now-room--next-only' : ''}`}>
      <h2 className="now-room__name">{line.name}</h2>
      {!live ? (
        <div className="now-room__slot now-room__slot--pending" />
      ) : nextOnly && next ? null : now ? (
        <Link
          to={paths.talk.href(now.talk.id)}
          className={`now-room__slot now-room__slot--now${next ? '' : ' now-room__slot--wide'}`}
          aria-current="time"
          lang={now.talk.language}
        >
          <span className="now-room__meta now-room__meta--left">{now.minutesLeft} min left</span>{' '}
          <span className="now-room__title">
            <Star starred={nowStarred} />
            {now.talk.title}
          </span>
        </Link>
      ) : (
        <p className={`now-room__slot now-room__slot--idle${next ? '' : ' now-room__slot--done'}`}>
          <span className="now-room__meta" />
          <span className="now-room__quiet">{next ? 'Nothing on now' : 'No more talks today'}</span>
        </p>
      )}
      {live && next && (
        <Link
          to={paths.talk.href(next.talk.id)}
          className="now-room__slot now-room__slot--next"
          lang={next.talk.language}
        >
          <span className="now-room__meta" suppressHydrationWarning>
            Next{' '}
            <time dateTime={next.talk.start}>
              {next.day !== today && `${formatDayShort(next.day, locale)}, `}
              {formatTime(next.talk.start, timeZone, locale)}
            </time>
          </span>{' '}
          <span className="now-room__title">
            <Star starred={nextStarred} />
            {next.talk.title}
          </span>
        </Link>
      )}
    </li>
  )
})
