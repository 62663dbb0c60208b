import { LineIcon } from '../../components/line-icon'
import { NavLink } from '../../components/link'
import { paths } from '../../lib/paths'
import './bottom-nav.css'

const ICONS = {
  timeline: 'M4 6h2M10 6h10M4 12h2M10 12h10M4 18h2M10 18h10',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5 20 20',
  agenda: 'M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z',
}

/**
 * Timeline, Search and Agenda within a thumb's reach on a phone: fixed to the bottom edge, clear of the home
 * indicator. On wider screens, and on short ones (a phone on its side, 400 % zoom), the header's navigation shows
 * instead (the stylesheets show one or the other, so only one is ever in the accessibility tree).
 */
export function BottomNav() {
  return (
    <nav aria-label="Primary" className="bottom-nav">
      <NavLink to={paths.timeline.href()} end className="bottom-nav__link">
        <LineIcon path={ICONS.timeline} />
        <span>Timeline</span>
      </NavLink>
      <NavLink to={paths.search.href()} className="bottom-nav__link">
        <LineIcon path={ICONS.search} />
        <span>Search</span>
      </NavLink>
      <NavLink to={paths.agenda.href()} className="bottom-nav__link">
        <LineIcon path={ICONS.agenda} />
        <span>Agenda</span>
      </NavLink>
    </nav>
  )
}
