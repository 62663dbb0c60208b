import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router-dom'
import { CalendarActions } from '../../components/calendar-actions'
import { CancelledBadge } from '../../components/cancelled-badge'
import { badgeLabel } from '../../components/badge-rule'
import { KindBadge } from '../../components/kind-badge'
import { Link } from '../../components/link'
import { LiveProgress } from '../../components/live-progress'
import { NotFoundView } from '../../components/not-found-view'
import { PageTitle } from '../../components/page-title'
import { StarButton } from '../../components/star-button'
import { TalkTime } from '../../components/talk-time'
import { ZoneSwitch } from '../../components/zone-switch'
import { useOutline } from '../../data/outline-context'
import { dayOfTalk, roomOfTalk, type ScheduleModel } from '../../data/schedule-model'
import type { LinkType } from '../../data/types'
import { useSchedule } from '../../data/use-schedule'
import { useNow } from '../../lib/clock'
import { httpHref } from '../../lib/http-href'
import { liveStatus } from '../../lib/live-status'
import { closestMatches, readableSegment } from '../../lib/closest-matches'
import { durationMinutes, formatDay, formatDuration, sameWallTime } from '../../lib/format-time'
import { markSeenWhenChanged } from './mark-seen'
import { paths } from '../../lib/paths'
import { absoluteUrl } from '../../lib/site-url'
import { useLocale, useTimeDisplay } from '../../lib/time-display'
import { ShareButton } from './share-button'
import { TalkAbstract } from './talk-abstract'
import { talkNeighbours } from './talk-neighbours'
import { useSwipe } from './use-swipe'
import './talk.css'

const LINK_LABELS: Record<LinkType, string> = {
  paper: 'Paper',
  slides: 'Slides',
  video: 'Video',
  code: 'Code',
  poster: 'Poster',
  event: 'Event page',
  feedback: 'Feedback',
  chat: 'Chat',
  other: 'Link',
}

export function TalkPage({ talkId }: { talkId: string }) {
  const model = useSchedule()
  const talk = model.talkById.get(talkId)
  // An old link of a talk the source renamed (FOSDEM's ids carry the title) leads to the talk as it is now. Through
  // useNavigate, which the entry has already: <Navigate> would add its code to every first visit.
  const renamedId = talk ? undefined : model.talks.find((t) => t.formerIds?.includes(talkId))?.id
  const navigate = useNavigate()
  useEffect(() => {
    if (renamedId !== undefined) navigate(paths.talk.href(renamedId), { replace: true })
  }, [renamedId, navigate])
  if (!talk) return renamedId === undefined ? <TalkNotFound model={model} talkId={talkId} /> : null
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
  const session = talk.sessionId ? model.sessionById.get(talk.sessionId) : undefined
  const { conference } = model.schedule
  const display = useTimeDisplay(conference.timeZone)
  const locale = useLocale()
  const now = useNow()
  const { commonType } = useOutline()
  const navigate = useNavigate()
  const { previous, next } = talkNeighbours(model, talk.id)

  // Opening the page is seeing what changed about the talk: its mark leaves the agenda.
  useEffect(() => markSeenWhenChanged(talk.id), [talk.id])

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
  // The one rule of what is on now (a cancelled talk never is): src/lib/live-status.ts.
  const live =
    now === null ? undefined : liveStatus([{ session: talk, talks: [talk] }], now).get(talk.id)
  const room = roomOfTalk(model, talk)
  // Links from data are checked again before they become an href (src/lib/http-href.ts).
  const links = (talk.links ?? []).flatMap((link) => {
    const url = httpHref(link.url)
    return url ? [{ ...link, url }] : []
  })
  const mapUrl = httpHref(room?.mapUrl)
  const streamUrl = httpHref(room?.streamUrl)
  const track = talk.track ?? session?.track
  // The badge, by the one rule of the rows (src/components/badge-rule.ts); the source's own word for the type beside
  // it when the badge does not already say it (a "Talk" has no badge, but its page still names what it is).
  const badge = badgeLabel(talk, commonType)
  const type = talk.type && talk.type.toLowerCase() !== badge?.toLowerCase() ? talk.type : null
  const cancelled = talk.status === 'cancelled'

  return (
    <article className="talk-page" ref={article} lang={talk.language}>
      <PageTitle title={talk.title} site={conference.name} />
      <div className="talk-page__heading">
        <hgroup className="talk-page__titles">
          <h1 className="talk-page__title">{talk.title}</h1>
          {talk.subtitle && <p className="talk-page__subtitle">{talk.subtitle}</p>}
        </hgroup>
        <StarButton talkId={talk.id} title={talk.title} />
      </div>
      {cancelled && (
        <p className="talk-page__cancelled">
          <CancelledBadge talk={talk} /> This talk will not take place as scheduled.
        </p>
      )}
      <ul className="talk-page__authors" aria-label="Authors">
        {talk.authorIds.map((id) => (
          <li key={id}>
            <Link to={paths.author.href(id)}>{model.authorById.get(id)?.name ?? id}</Link>
          </li>
        ))}
      </ul>

      <dl className="talk-page__facts">
        <div>
          <dt>Type</dt>
          <dd>
            <KindBadge kind={talk.kind} type={talk.type} /> {type && <span>{type}</span>}{' '}
            <span className="talk-page__duration">
              {formatDuration(durationMinutes(talk.start, talk.end))}
            </span>
          </dd>
        </div>
        <div>
          <dt>When</dt>
          <dd suppressHydrationWarning>
            {formatDay(dayOfTalk(talk, model.schedule, model.sessionById), locale)}
            <br />
            <TalkTime start={talk.start} end={talk.end} timeZone={conference.timeZone} />
            <br />
            {/* The line is there from the first paint, so the viewer's own time (known after hydration) fills it
                rather than pushing the page down; for a viewer at the venue's clock it says whose time this is. */}
            <span className="talk-page__other-zone">
              {showOther && otherZone ? (
                <>
                  {display.choice === 'viewer' ? 'Conference time: ' : 'Your time: '}
                  <TalkTime
                    start={talk.start}
                    end={talk.end}
                    timeZone={conference.timeZone}
                    inZone={otherZone}
                  />
                </>
              ) : (
                'Venue time'
              )}
            </span>
            {live?.state === 'now' && (
              <span className="talk-page__live">
                <span className="talk-page__now">On now</span>
                <LiveProgress percentDone={live.percentDone} minutesLeft={live.minutesLeft} />
              </span>
            )}
          </dd>
        </div>
        {session && (
          <div>
            <dt>Session</dt>
            <dd>{session.title}</dd>
          </div>
        )}
        {track && !session?.title.includes(track) && (
          <div>
            <dt>Track</dt>
            <dd>{track}</dd>
          </div>
        )}
        {room && (
          <div>
            <dt>Room</dt>
            <dd>
              {room.name}
              {mapUrl && (
                <>
                  {' · '}
                  <a href={mapUrl} rel="noopener noreferrer">
                    Map
                  </a>
                </>
              )}
              {streamUrl && (
                <>
                  {' · '}
                  <a href={streamUrl} rel="noopener noreferrer">
                    Live stream
                  </a>
                </>
              )}
            </dd>
          </div>
        )}
        {talk.language && (
          <div>
            <dt>Language</dt>
            <dd lang={locale}>{languageName(talk.language, locale)}</dd>
          </div>
        )}
      </dl>

      {links.length > 0 && (
        <ul className="talk-page__links" aria-label="Links">
          {links.map((link, i) => (
            <li key={i}>
              <a href={link.url} rel="noopener noreferrer">
                {link.title ? (
                  <>
                    <span className="talk-page__link-type">{LINK_LABELS[link.type]}</span>
                    <span className="visually-hidden">: </span>
                    {link.title}
                  </>
                ) : (
                  LINK_LABELS[link.type]
                )}
              </a>
            </li>
          ))}
        </ul>
      )}

      <TalkAbstract talk={talk} schedule={model.schedule} />

      {/* Below the texts: it appears after hydration, for viewers abroad, and would push them down from above. */}
      <ZoneSwitch conferenceZone={conference.timeZone} at={talk.start} />

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

/** "German", in the reader's language; the tag itself where the browser cannot name it. */
function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}
