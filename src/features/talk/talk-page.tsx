import { useRef } from 'react'
import { useNavigate } from 'react-router-dom'
import { CalendarActions } from '../../components/calendar-actions'
import { KindBadge } from '../../components/kind-badge'
import { Link } from '../../components/link'
import { LiveProgress } from '../../components/live-progress'
import { NotFoundView } from '../../components/not-found-view'
import { PageTitle } from '../../components/page-title'
import { StarButton } from '../../components/star-button'
import { TalkTime } from '../../components/talk-time'
import { ZoneSwitch } from '../../components/zone-switch'
import type { ScheduleModel } from '../../data/schedule-model'
import type { TalkLinks } from '../../data/types'
import { useSchedule } from '../../data/use-schedule'
import { useNow } from '../../lib/clock'
import { closestMatches, readableSegment } from '../../lib/closest-matches'
import { durationMinutes, formatDay, formatDuration, sameWallTime } from '../../lib/format-time'
import { paths } from '../../lib/paths'
import { absoluteUrl } from '../../lib/site-url'
import { useLocale, useTimeDisplay } from '../../lib/time-display'
import { ShareButton } from './share-button'
import { TalkAbstract } from './talk-abstract'
import { talkNeighbours } from './talk-neighbours'
import { useSwipe } from './use-swipe'
import './talk.css'

const LINK_LABELS: Record<keyof TalkLinks, string> = {
  paper: 'Paper',
  code: 'Code',
  video: 'Video',
  poster: 'Poster',
}

export function TalkPage({ talkId }: { talkId: string }) {
  const model = useSchedule()
  const talk = model.talkById.get(talkId)
  if (!talk) return <TalkNotFound model={model} talkId={talkId} />
  // Keyed so that moving to the next talk starts fresh (share confirmation, swipe state).
  return <TalkDetails key={talk.id} model={model} talkId={talk.id} />
}

function TalkNotFound({ model, talkId }: { model: ScheduleModel; talkId: string }) {
  const suggestions = closestMatches(readableSegment(talkId), model.talks, (t) => t.title).map(
    (t) => ({ href: paths.talk.href(t.id), label: t.title }),
  )
  return (
    <NotFoundView what="talk" site={model.schedule.conference.name} suggestions={suggestions} />
  )
}

function TalkDetails({ model, talkId }: { model: ScheduleModel; talkId: string }) {
  const talk = model.talkById.get(talkId)!
  const session = model.sessionById.get(talk.sessionId)!
  const { conference } = model.schedule
  const display = useTimeDisplay(conference.timeZone)
  const locale = useLocale()
  const now = useNow()
  const navigate = useNavigate()
  const { previous, next } = talkNeighbours(model, talk.id)

  const article = useRef<HTMLElement>(null)
  useSwipe(article, {
    onSwipeLeft: () => next && navigate(paths.talk.href(next.id)),
    onSwipeRight: () => previous && navigate(paths.talk.href(previous.id)),
  })

  // Shown beside the chosen zone when the other one reads differently (after hydration only).
  const otherZone =
    display.viewerZone === null
      ? null
      : display.choice === 'viewer'
        ? conference.timeZone
        : display.viewerZone
  const showOther = otherZone !== null && !sameWallTime(talk.start, display.timeZone, otherZone)
  const start = Date.parse(talk.start)
  const end = Date.parse(talk.end)
  const live = now !== null && start <= now && now < end
  const links = Object.entries(talk.links ?? {}).filter(([, href]) => Boolean(href)) as [
    keyof TalkLinks,
    string,
  ][]
  const room = talk.room ?? session.room

  return (
    <article className="talk-page" ref={article}>
      <PageTitle title={talk.title} site={conference.name} />
      <div className="talk-page__heading">
        <h1 className="talk-page__title">{talk.title}</h1>
        <StarButton talkId={talk.id} title={talk.title} />
      </div>
      <ul className="talk-page__authors" aria-label="Authors">
        {talk.authorIds.map((id) => (
          <li key={id}>
            <Link to={paths.author.href(id)}>{model.authorById.get(id)?.name ?? id}</Link>
          </li>
        ))}
      </ul>

      <dl className="talk-page__facts">
        <div>
          <dt>Kind</dt>
          <dd>
            <KindBadge kind={talk.kind} />{' '}
            <span className="talk-page__duration">
              {formatDuration(durationMinutes(talk.start, talk.end))}
            </span>
          </dd>
        </div>
        <div>
          <dt>When</dt>
          <dd suppressHydrationWarning>
            {formatDay(session.day, locale)}
            <br />
            <TalkTime start={talk.start} end={talk.end} timeZone={conference.timeZone} />
            {showOther && otherZone && (
              <>
                <br />
                <span className="talk-page__other-zone">
                  {display.choice === 'viewer' ? 'Conference time: ' : 'Your time: '}
                  <TalkTime
                    start={talk.start}
                    end={talk.end}
                    timeZone={conference.timeZone}
                    inZone={otherZone}
                  />
                </span>
              </>
            )}
            {live && (
              <span className="talk-page__live">
                <span className="talk-page__now">On now</span>
                <LiveProgress
                  percentDone={Math.round(((now - start) / (end - start)) * 100)}
                  minutesLeft={Math.ceil((end - now) / 60_000)}
                />
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Session</dt>
          <dd>{session.title}</dd>
        </div>
        {room && (
          <div>
            <dt>Room</dt>
            <dd>{room}</dd>
          </div>
        )}
      </dl>

      {links.length > 0 && (
        <ul className="talk-page__links" aria-label="Links">
          {links.map(([kind, href]) => (
            <li key={kind}>
              <a href={href} rel="noopener noreferrer">
                {LINK_LABELS[kind]}
              </a>
            </li>
          ))}
        </ul>
      )}

      <ZoneSwitch conferenceZone={conference.timeZone} at={talk.start} />

      <TalkAbstract talkId={talk.id} abstractsFile={session.abstractsFile} />

      <div className="talk-page__actions">
        <ShareButton title={talk.title} url={() => absoluteUrl(paths.talk.href(talk.id))} />
        <CalendarActions talkId={talk.id} />
      </div>

      {(previous || next) && (
        <nav className="talk-page__pager" aria-label="Previous and next talk">
          {previous && (
            <Link to={paths.talk.href(previous.id)} rel="prev" className="talk-page__pager-link">
              <span className="talk-page__pager-label">Previous</span>
              <span className="talk-page__pager-title">{previous.title}</span>
            </Link>
          )}
          {next && (
            <Link
              to={paths.talk.href(next.id)}
              rel="next"
              className="talk-page__pager-link talk-page__pager-link--next"
            >
              <span className="talk-page__pager-label">Next</span>
              <span className="talk-page__pager-title">{next.title}</span>
            </Link>
          )}
        </nav>
      )}
    </article>
  )
}
