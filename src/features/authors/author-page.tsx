import { useMemo } from 'react'
import { NotFoundView } from '../../components/not-found-view'
import { PageTitle } from '../../components/page-title'
import { TalkRow } from '../../components/talk-row'
import { ZoneSwitch } from '../../components/zone-switch'
import { dayOfTalk, type ScheduleModel } from '../../data/schedule-model'
import type { ScheduleTalk } from '../../data/types'
import { useSchedule } from '../../data/use-schedule'
import { useNow } from '../../lib/clock'
import { closestMatches, readableSegment } from '../../lib/closest-matches'
import { formatDayShort } from '../../lib/format-time'
import { liveStatus } from '../../lib/live-status'
import { paths } from '../../lib/paths'
import { useLocale } from '../../lib/time-display'
import { AuthorBiography } from './author-biography'
import './author-page.css'

const NO_TALKS: readonly ScheduleTalk[] = []

/** An author and the talks they are on, each with its day, session and room, live state and star. */
export function AuthorPage({ authorId }: { authorId: string }) {
  const model = useSchedule()
  const author = model.authorById.get(authorId)
  if (!author) return <AuthorNotFound model={model} authorId={authorId} />
  return <AuthorDetails model={model} authorId={author.id} />
}

function AuthorNotFound({ model, authorId }: { model: ScheduleModel; authorId: string }) {
  const suggestions = closestMatches(
    readableSegment(authorId),
    model.schedule.authors,
    (a) => a.name,
  ).map((a) => ({ href: paths.author.href(a.id), label: a.name }))
  return (
    <NotFoundView what="author" site={model.schedule.conference.name} suggestions={suggestions} />
  )
}

function AuthorDetails({ model, authorId }: { model: ScheduleModel; authorId: string }) {
  const author = model.authorById.get(authorId)!
  const talks = model.talksByAuthor.get(author.id) ?? NO_TALKS
  const { conference } = model.schedule
  const locale = useLocale()
  const now = useNow()
  const status = useMemo(
    () =>
      now === null
        ? null
        : liveStatus(
            talks.map((talk) => ({
              session: (talk.sessionId && model.sessionById.get(talk.sessionId)) || talk,
              talks: [talk],
            })),
            now,
          ),
    [now, talks, model],
  )
  const multiDay = model.schedule.days.length > 1
  return (
    <div className="author-page">
      <PageTitle title={author.name} site={conference.name} />
      <h1>{author.name}</h1>
      {author.affiliation && <p className="author-page__affiliation">{author.affiliation}</p>}
      <p className="author-page__summary">
        {talks.length === 1 ? 'One talk' : `${talks.length} talks`} at {conference.name}
      </p>
      {talks[0] && <ZoneSwitch conferenceZone={conference.timeZone} at={talks[0].start} />}
      <ol className="author-page__talks">
        {talks.map((talk) => {
          const session = talk.sessionId ? model.sessionById.get(talk.sessionId) : undefined
          const info = status?.get(talk.id)
          const detail = [
            multiDay
              ? formatDayShort(dayOfTalk(talk, model.schedule, model.sessionById), locale)
              : null,
            session?.title ?? talk.track,
          ]
            .filter(Boolean)
            .join(' · ')
          return (
            <TalkRow
              key={talk.id}
              talk={talk}
              model={model}
              detail={detail}
              // "Next" needs the whole session around it; here only what is on now and what is over.
              state={info?.state === 'now' || info?.state === 'past' ? info.state : undefined}
              minutesLeft={info?.minutesLeft}
              percentDone={info?.percentDone}
              minutesUntil={info?.minutesUntil}
            />
          )
        })}
      </ol>
      {talks[0] && <AuthorBiography author={author} firstTalk={talks[0]} model={model} />}
    </div>
  )
}
