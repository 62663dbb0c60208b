import { Link } from '../../components/link'
import { paths } from '../../lib/paths'
import './view-switch.css'

/**
 * "List / Grid" for the timeline on a wide screen with more than one room. Links, so the choice is in the URL: a
 * link sent or bookmarked opens the same view, and Back returns to the other.
 */
export default function ViewSwitch({ search, rooms }: { search: URLSearchParams; rooms: number }) {
  if (rooms < 2) return null
  const grid = search.get('view') === 'grid'
  const linkTo = (view: string | null) => {
    const params = new URLSearchParams(search)
    params.delete('now')
    if (view) params.set('view', view)
    else params.delete('view')
    const query = params.toString()
    return query ? `${paths.timeline.href()}?${query}` : paths.timeline.href()
  }
  return (
    <div role="group" aria-label="Layout" className="view-switch">
      <Link to={linkTo(null)} className="view-switch__option" aria-current={!grid || undefined}>
        List
      </Link>
      <Link to={linkTo('grid')} className="view-switch__option" aria-current={grid || undefined}>
        Grid
      </Link>
    </div>
  )
}
