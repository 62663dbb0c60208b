import { paths } from '../lib/paths'
import { PageTitle } from './page-title'
import './not-found-view.css'
import { Link } from './link'

export interface Suggestion {
  href: string
  label: string
}

/** For an address that names nothing: say so plainly, offer the closest matches and the way home. */
export function NotFoundView({
  what = 'page',
  site = 'Plenary',
  suggestions = [],
}: {
  what?: string
  site?: string
  suggestions?: readonly Suggestion[]
}) {
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <PageTitle title="Not found" site={site} />
      <h1 id="not-found-title">No such {what}</h1>
      <p>
        Nothing in the schedule has this address. The link may be mistyped, or the {what} was
        removed.
      </p>
      {suggestions.length > 0 && (
        <>
          <h2 id="not-found-suggestions">Did you mean</h2>
          <ul aria-labelledby="not-found-suggestions" className="not-found__suggestions">
            {suggestions.map((suggestion) => (
              <li key={suggestion.href}>
                <Link to={suggestion.href}>{suggestion.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={paths.timeline.href()}>Go to the timeline</Link>
      </p>
    </section>
  )
}
