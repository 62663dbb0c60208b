import { Suspense } from 'react'
import { Link } from 'react-router-dom'
import { paths } from '../../lib/paths'
import { KindBadge } from '../../components/kind-badge'
import { PageTitle } from '../../components/page-title'
import { TalkTime } from '../../components/talk-time'
import { useSchedule } from '../../data/use-schedule'
import { formatDay } from '../../lib/format-time'
import { TalkAbstract } from './talk-abstract'
import { NotFoundView } from '../../components/not-found-view'

export function TalkPage({ talkId }: { talkId: string }) {
  const model = useSchedule()
  const talk = model.talkById.get(talkId)
  const { conference } = model.schedule
  if (!talk) return <NotFoundView what="talk" />
  const session = model.sessionById.get(talk.sessionId)!
  return (
    <article className="talk-page">
      <PageTitle title={talk.title} site={conference.name} />
      <h1>{talk.title}</h1>
      <ul className="talk-page__authors" aria-label="Authors">
        {talk.authorIds.map((id) => (
          <li key={id}>
            <Link to={paths.author.href(id)}>{model.authorById.get(id)?.name ?? id}</Link>
          </li>
        ))}
      </ul>
      <p className="talk-page__when">
        <KindBadge kind={talk.kind} /> {formatDay(session.day)} ·{' '}
        <TalkTime start={talk.start} end={talk.end} timeZone={conference.timeZone} />
      </p>
      <p className="talk-page__session">{session.title}</p>
      <Suspense fallback={<p role="status">Loading the abstract…</p>}>
        <TalkAbstract talkId={talk.id} abstractsFile={session.abstractsFile} />
      </Suspense>
    </article>
  )
}
