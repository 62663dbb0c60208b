import { memo } from 'react'
import { authorNames, roomOfTalk, type ScheduleModel } from '../data/schedule-model'
import type { TalkSummary } from '../data/types'
import { durationMinutes, formatDuration } from '../lib/format-time'
import type { TalkState } from '../lib/live-status'
import { paths } from '../lib/paths'
import { CancelledBadge } from './cancelled-badge'
import { KindBadge } from './kind-badge'
import { LiveProgress } from './live-progress'
import { StarButton } from './star-button'
import { TalkTime } from './talk-time'
import './talk-row.css'
import { Link } from './link'

/** "A, B + 5 more": a phone line holds two names and the count; three names and the count take two lines. */
function shortAuthorList(names: readonly string[], keep = 2): string {
  if (names.length <= keep + 1) return names.join(', ')
  return `${names.slice(0, keep).join(', ')} + ${names.length - keep} more`
}

export interface TalkRowProps {
  talk: TalkSummary
  model: ScheduleModel
  /** Live state; absent until the clock is known (after hydration). */
  state?: TalkState
  minutesLeft?: number
  percentDone?: number
  minutesUntil?: number
  /** A line under the authors, e.g. the session and room on an author's page. */
  detail?: string
  /**
   * The list's heading names the time zone (a session's or time slot's): the row's zone is set apart, for the list's
   * stylesheet to hide where that heading stays in view (src/features/timeline/timeline.css).
   */
  zoneInHeading?: boolean
}

/**
 * One talk in a list: time and duration, kind (where it tells something), room (where there are several), the title
 * linking to its page, authors (shortened on a phone), the live state, and the star. The first line stays one line on
 * a phone where it can, so a screen holds more talks. Props are plain values so a list re-renders only the rows whose state changed.
 */
export const TalkRow = memo(function TalkRow({
  talk,
  model,
  state,
  minutesLeft = 0,
  percentDone = 0,
  minutesUntil = 0,
  detail,
  zoneInHeading = false,
}: TalkRowProps) {
  const names = authorNames(model, talk)
  const short = shortAuthorList(names)
  const { timeZone } = model.schedule.conference
  // The room matters only where there is more than one.
  const room = model.schedule.rooms.length > 1 ? roomOfTalk(model, talk)?.name : undefined
  const cancelled = talk.status === 'cancelled'
  return (
    <li
      id={`talk-${talk.id}`}
      className={`talk-row talk-row--${talk.kind}${state ? ` talk-row--${state}` : ''}${cancelled ? ' talk-row--cancelled' : ''}`}
    >
      <div className="talk-row__body">
        <p className="talk-row__meta">
          {state === 'now' && <span className="talk-row__flag talk-row__flag--now">Now</span>}
          {state === 'next' && <span className="talk-row__flag talk-row__flag--next">Next</span>}
          <span className="talk-row__when">
            <TalkTime
              start={talk.start}
              end={talk.end}
              timeZone={timeZone}
              zoneApart={zoneInHeading}
            />
            {' · '}
            {formatDuration(durationMinutes(talk.start, talk.end))}
          </span>
          <CancelledBadge talk={talk} />
          <KindBadge kind={talk.kind} type={talk.type} />
          {room && <span className="talk-row__room">{room}</span>}
        </p>
        <Link
          to={paths.talk.href(talk.id)}
          className="talk-row__title"
          aria-current={state === 'now' ? 'time' : undefined}
          lang={talk.language}
        >
          {talk.title}
        </Link>
        {names.length === 0 ? null : short === names.join(', ') ? (
          <p className="talk-row__authors">{short}</p>
        ) : (
          <>
            <p className="talk-row__authors talk-row__authors--short">{short}</p>
            <p className="talk-row__authors talk-row__authors--full">{names.join(', ')}</p>
          </>
        )}
        {detail && (
          <p className="talk-row__detail" suppressHydrationWarning>
            {detail}
          </p>
        )}
        {state === 'now' && <LiveProgress percentDone={percentDone} minutesLeft={minutesLeft} />}
        {state === 'next' && <p className="talk-row__soon">Starts in {minutesUntil} min</p>}
      </div>
      <StarButton talkId={talk.id} title={talk.title} />
    </li>
  )
})
