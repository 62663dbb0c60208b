import { DismissButton } from '../../components/dismiss-button'
import { Link } from '../../components/link'
import { dismissChangesNotice, useChangesNotice } from '../../lib/changes/changes-record'
import { paths } from '../../lib/paths'
import './app-status.css'

/**
 * "2 of your starred talks changed": a new version of the schedule moved, renamed or cancelled talks the attendee
 * starred. One line in the header's status strip, never a modal, until dismissed or /changes is visited (that page
 * dismisses it). Loaded only when the stored record holds a notice (status-lines.tsx).
 */
export function ChangesNotice() {
  const count = useChangesNotice()
  if (count === 0) return null
  return (
    <div className="app-status__line app-status__line--changes">
      <p className="app-status__text">
        {count === 1 ? '1 of your starred talks changed' : `${count} of your starred talks changed`}
      </p>
      <Link to={paths.changes.href()} className="app-status__button">
        See changes
      </Link>
      <DismissButton
        label="Dismiss"
        className="app-status__button app-status__dismiss"
        onClick={dismissChangesNotice}
      />
    </div>
  )
}
