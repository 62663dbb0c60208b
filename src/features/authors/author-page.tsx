import { Link } from 'react-router-dom'
import { paths } from '../../lib/paths'
import { NotFoundView } from '../../components/not-found-view'
import { PageTitle } from '../../components/page-title'
import { TalkTime } from '../../components/talk-time'
import { useSchedule } from '../../data/use-schedule'

/** An author and the talks they are on. */
export function AuthorPage({ authorId }: { authorId: string }) {
  const model = useSchedule()
  const author = model.authorById.get(authorId)
  if (!author) return <NotFoundView what="author" />
  const talks = model.talksByAuthor.get(author.id) ?? []
  const { conference } = model.schedule
  return (
    <>
      <PageTitle title={author.name} site={conference.name} />
      <h1>{author.name}</h1>
      <p>
        {talks.length === 1 ? 'One talk' : `${talks.length} talks`} at {conference.name}
      </p>
      <ul className="talk-list">
        {talks.map((talk) => (
          <li key={talk.id} className="talk-item">
            <TalkTime start={talk.start} end={talk.end} timeZone={conference.timeZone} />
            <Link to={paths.talk.href(talk.id)} className="talk-item__title">
              {talk.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}
