import { useDeferredValue, useMemo, type ReactNode } from 'react'
import { Link } from '../../components/link'
import { PageTitle } from '../../components/page-title'
import { ZoneSwitch } from '../../components/zone-switch'
import { useOutline } from '../../data/outline-context'
import { dayOfTalk } from '../../data/schedule-model'
import { useBackgroundDaySchedule, useDaySchedule } from '../../data/use-schedule'
import { useNow } from '../../lib/clock'
import {
  calendarDate,
  formatDay,
  formatDayShort,
  formatTime,
  zoneName,
} from '../../lib/format-time'
import { epochOf } from '../../lib/instant'
import { paths } from '../../lib/paths'
import { useStarredIds } from '../../lib/stars/stars'
import { useTimeDisplay, type TimeDisplay } from '../../lib/time-display'
import {
  dayAfter,
  dayToShow,
  emptyBoard,
  overWhenCaptured,
  roomBoard,
  type RoomLine as Line,
} from './now-board'
import { RoomLine } from './room-line'
import './now.css'

/**
 * What is on now and next in every room, one compact row each, in the source's order of rooms. Only the day it
 * shows is loaded (and, once a day's talks are over, the next day's). Prerendered without a clock, the page shows
 * every room of the first day with empty rows of the final height, so the live content arrives without moving
 * anything; or, when the data was captured after the conference, that it is over (overWhenCaptured).
 */
export function NowPage() {
  const { days, conference, asOf } = useOutline()
  const dates = useMemo(() => days.map((day) => day.date), [days])
  const now = useNow() ?? overWhenCaptured(asOf, dates.at(-1), conference.timeZone)
  const display = useTimeDisplay(conference.timeZone)
  const starred = useStarredIds()

  const today = now === null ? null : calendarDate(now, conference.timeZone)
  const wantedDay = dayToShow(dates, today)
  // Another day keeps the rows on screen (empty) while it loads, rather than a loading view.
  const shownDay = useDeferredValue(wantedDay)
  const model = useDaySchedule(shownDay)
  const board = useMemo(
    () => (now === null || shownDay !== wantedDay ? null : roomBoard(model, now)),
    [model, now, shownDay, wantedDay],
  )
  // The day's talks are over: the rooms' next talks are on the next conference day.
  const following =
    board && !board.anyAhead && shownDay ? (dayAfter(dates, shownDay) ?? null) : null
  const followingModel = useBackgroundDaySchedule(following)
  const followingBoard = useMemo(
    () => (followingModel && now !== null ? roomBoard(followingModel, now) : null),
    [followingModel, now],
  )

  const shown = board?.anyAhead ? board : following ? followingBoard : null
  const ended = board !== null && !board.anyAhead && following === null
  const rooms: Line[] = shown ? shown.rooms : ended ? [] : emptyBoard(model)
  // Before the day's first talk, each room's row is its next talk alone.
  const nextOnly = shown !== null && !shown.rooms.some((line) => line.now)
  const firstStart = model.talks[0]?.start

  return (
    <div className="now-page">
      <PageTitle title="Now" site={conference.name} />
      <div className="now-page__header">
        <h1 className="now-page__title">Now</h1>
        {firstStart && <ZoneSwitch conferenceZone={conference.timeZone} at={firstStart} />}
      </div>
      <div className="now-page__status">
        {now === null ? (
          <noscript>
            <p>
              Without JavaScript this page cannot tell the time.{' '}
              <Link to={paths.timeline.href()} className="now-page__timeline">
                The timeline
              </Link>{' '}
              lists every talk.
            </p>
          </noscript>
        ) : shown ? (
          <StatusLine
            now={now}
            today={today}
            board={shown}
            firstDay={shownDay === dates[0] && following === null}
            display={display}
            schedule={model.schedule}
          />
        ) : ended && board.last ? (
          <p>
            The last talk ended {when(board.last.end, display)}.{' '}
            <Link to={paths.timeline.href()} className="now-page__timeline">
              See the timeline
            </Link>
          </p>
        ) : null}
      </div>
      {rooms.length > 0 && (
        <ul
          className={`now-page__rooms${rooms.length === 1 ? ' now-page__rooms--one' : ''}`}
          aria-label="Rooms"
          aria-busy={shown ? undefined : true}
        >
          {rooms.map((line) => (
            <RoomLine
              key={line.id}
              line={line}
              live={shown !== null}
              nextOnly={nextOnly}
              today={today}
              nowStarred={line.now ? starred.has(line.now.talk.id) : false}
              nextStarred={line.next ? starred.has(line.next.talk.id) : false}
              timeZone={display.timeZone}
              locale={display.locale}
            />
          ))}
        </ul>
      )}
    </div>
  )
}

type Schedule = Parameters<typeof dayOfTalk>[1]

/** "on Sun, Jan 31 at 7:05 PM CET", in the zone and locale the viewer reads times in. */
function when(instant: string, display: TimeDisplay): string {
  const day = formatDayShort(calendarDate(instant, display.timeZone), display.locale)
  return `on ${day} at ${clock(instant, display)}`
}

function clock(instant: string | number, display: TimeDisplay): string {
  const { timeZone, locale } = display
  return `${formatTime(instant, timeZone, locale)} ${zoneName(instant, timeZone, locale)}`
}

/** One line over the rooms: the instant they show, or when talks begin when none has yet. */
function StatusLine({
  now,
  today,
  board,
  firstDay,
  display,
  schedule,
}: {
  now: number
  today: string | null
  board: ReturnType<typeof roomBoard>
  firstDay: boolean
  display: TimeDisplay
  schedule: Schedule
}): ReactNode {
  const first = board.first
  if (first && now < epochOf(first.start)) {
    const day = dayOfTalk(first, schedule)
    const start = clock(first.start, display)
    if (firstDay)
      return (
        <p>
          First talk {formatDayShort(day, display.locale)}, {start}.{' '}
          <Link to={paths.timeline.href()} className="now-page__timeline">
            See the timeline
          </Link>
        </p>
      )
    return day === today ? (
      <p>Talks start at {start} today.</p>
    ) : (
      <p>
        No more talks today. Next: {formatDayShort(day, display.locale)}, {start}.
      </p>
    )
  }
  return (
    <p suppressHydrationWarning>
      {formatDay(calendarDate(now, display.timeZone), display.locale)} · {clock(now, display)}
    </p>
  )
}
