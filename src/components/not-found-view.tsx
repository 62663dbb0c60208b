import { Link } from 'react-router-dom'
import { paths } from '../lib/paths'

/** For an address that names nothing: say so plainly and offer the way home. */
export function NotFoundView({ what = 'page' }: { what?: string }) {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <title>Not found · Plenary</title>
      <h1 id="not-found-title">No such {what}</h1>
      <p>
        Nothing in the schedule has this address. The link may be mistyped, or the {what} was
        removed.
      </p>
      <p>
        <Link to={paths.timeline.href()}>Go to the timeline</Link>
      </p>
    </section>
  )
}
