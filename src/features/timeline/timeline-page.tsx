import { Link } from 'react-router-dom'
import { paths } from '../../lib/paths'
import { KindBadge } from '../../components/kind-badge'
import { PageTitle } from '../../components/page-title'
import { TalkTime } from '../../components/talk-time'
import { authorNames } from '../../data/schedule-model'
import { useSchedule } from '../../data/use-schedule'

/** Every talk in time order, each one tap from its page. */
export function TimelinePage() {
  const model = useSchedule()
  const { conference } = model.schedule
  return (
    <>
      <PageTitle site={conference.name} />
      <h1>Timeline</h1>
      <ol className="talk-list">
        {model.talks.map((talk) => (
          <li key={talk.id} className="talk-item">
            <TalkTime start={talk.start} end={talk.end} timeZone={conference.timeZone} />
            <KindBadge kind={talk.kind} />
            <Link to={paths.talk.href(talk.id)} className="talk-item__title">
              {talk.title}
            </Link>
            <p className="talk-item__authors">{authorNames(model, talk).join(', ')}</p>
          </li>
        ))}
      </ol>
    </>
  )
}
