import { Link } from '../../components/link'
import { useClientStore } from '../../lib/client-store'
import { paths } from '../../lib/paths'
import { useHydrated } from '../../lib/use-hydrated'
import './view-switch.css'

/** Where the grid is offered: a laptop's width and more (view-switch.css hides the switch below it). */
const WIDE = '(min-width: 64rem)'

function subscribeWide(listener: () => void): () => void {
  const query = window.matchMedia?.(WIDE)
  query?.addEventListener('change', listener)
  return () => query?.removeEventListener('change', listener)
}

const isWide = () => window.matchMedia?.(WIDE).matches ?? false
const never = () => false

/**
 * Whether the timeline shows the grid: the URL asks for it (?view=grid), the day has rooms to lay side by side, and
 * the screen is wide; on a phone the same link shows the list. Never while hydrating, as the prerendered page is the
 * list.
 */
export function useGridView(search: URLSearchParams, rooms: number): boolean {
  const wide = useClientStore(subscribeWide, isWide, never)
  return wide && rooms > 1 && search.get('view') === 'grid'
}

/**
 * "List / Grid" for the timeline on a wide screen with more than one room. Links, so the choice is in the URL: a
 * link sent or bookmarked opens the same view, and Back returns to the other.
 */
export function ViewSwitch({ search, rooms }: { search: URLSearchParams; rooms: number }) {
  const hydrated = useHydrated()
  if (rooms < 2) return null
  const grid = hydrated && search.get('view') === 'grid'
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
