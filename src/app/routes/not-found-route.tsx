import { useLocation } from 'react-router-dom'
import { NotFoundView } from '../../components/not-found-view'
import { useSchedule } from '../../data/use-schedule'
import { closestMatches, readableSegment } from '../../lib/closest-matches'
import { paths } from '../../lib/paths'

/** Any address the app has no route for: the talks whose titles are closest to its last segment. */
export function Component() {
  const model = useSchedule()
  const { pathname } = useLocation()
  const last = pathname.split('/').filter(Boolean).pop() ?? ''
  const suggestions = last
    ? closestMatches(readableSegment(last), model.talks, (t) => t.title).map((t) => ({
        href: paths.talk.href(t.id),
        label: t.title,
      }))
    : []
  return <NotFoundView site={model.schedule.conference.name} suggestions={suggestions} />
}
