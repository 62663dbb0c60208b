import { LineIcon } from '../../components/line-icon'
import { NavLink } from '../../components/link'
import { useLocation } from 'react-router-dom'
import { useOutline } from '../../data/outline-context'
import { useNow } from '../../lib/clock'
import { calendarDate } from '../../lib/format-time'
import { paths } from '../../lib/paths'
import './bottom-nav.css'

const ICONS = {
  timeline: 'M4 6h2M10 6h10M4 12h2M10 12h10M4 18h2M10 18h10',
  now: 'M12 3.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17zM12 7.5V12l3 2',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5 20 20',
  agenda: 'M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z',
}

/**
 * Whether the navigation offers the Now page. At a conference of several rooms, always: it is where what is on in
 * every room lives (before and after the conference it says when the first or last talk is), and an entry that
 * appeared only once the clock is known (after hydration) would shift the navigation on every page. With one room,
 * on the Now page itself and while the conference is on by the app's clock (the timeline already opens on that
 * room's now); before the clock is known only the Now page itself says yes, so hydration matches its HTML. The header's navigation
 * (src/app/layout.tsx) follows the same rule.
 */
export function useNowOffered(): boolean {
  const { days, conference, roomCount } = useOutline()
  const now = useNow()
  const { pathname } = useLocation()
  // The page shown always has its entry: taking it away once the clock is known would shift the navigation.
  if (roomCount > 1 || pathname.replace(/\/+$/, '') === paths.now.path) return true
  if (now === null) return false
  const today = calendarDate(now, conference.timeZone)
  return days.length > 0 && days[0]!.date <= today && today <= days[days.length - 1]!.date
}

/**
 * Timeline, Now (see useNowOffered), Search and Agenda within a thumb's reach on a phone: fixed to the bottom
 * edge, clear of the home indicator. On wider screens, and on short ones (a phone on its side, 400 % zoom), the
 * header's navigation shows instead (the stylesheets show one or the other, so only one is ever in the accessibility
 * tree).
 */
export function BottomNav() {
  const conferenceOn = useNowOffered()
  return (
    <nav aria-label="Primary" className="bottom-nav">
      <NavLink to={paths.timeline.href()} end className="bottom-nav__link">
        <LineIcon path={ICONS.timeline} />
        <span>Timeline</span>
      </NavLink>
      {conferenceOn && (
        <NavLink to={paths.now.href()} className="bottom-nav__link">
          <LineIcon path={ICONS.now} />
          <span>Now</span>
        </NavLink>
      )}
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
