import { useState } from 'react'
import { StarButton } from '../../components/star-button'
import { StatusMessage } from '../../components/status-message'
import { withStars, type StarEntry } from '../../lib/stars/stars'
import { count } from './add-result-message'

/** Rows shown at most: a list of thousands would cost seconds to render and tell nothing more. */
const SHOWN = 50

/**
 * Starred talks the schedule no longer has: kept in case they come back, listed (the first few), and removable one
 * by one or all at once, with Undo.
 */
export function AgendaMissing({ ids }: { ids: readonly string[] }) {
  const [removed, setRemoved] = useState<StarEntry[] | null>(null)
  return (
    <>
      {ids.length > 0 && (
        <section className="agenda-missing" aria-labelledby="agenda-missing-title">
          <h2 id="agenda-missing-title">No longer in the schedule</h2>
          <p className="agenda-missing__note">
            {ids.length === 1
              ? 'This starred talk is not in the current schedule. It stays starred in case it comes back; unstar it to remove it.'
              : `These ${ids.length.toLocaleString('en-US')} starred talks are not in the current schedule. They stay starred in case they come back; unstar them to remove them.`}
          </p>
          {ids.length > 1 && (
            <div className="agenda-actions__buttons">
              <button
                type="button"
                className="action-button agenda-button"
                onClick={() => withStars((stars) => setRemoved(stars.unstarMany(ids)))}
              >
                Remove all {ids.length.toLocaleString('en-US')}
              </button>
            </div>
          )}
          <ul className="agenda-list">
            {ids.slice(0, SHOWN).map((id) => (
              <li key={id} className="agenda-item">
                <div className="agenda-item__row">
                  <div className="agenda-item__body">
                    <span className="agenda-item__title">{id}</span>
                    <p className="agenda-item__meta">No longer in the schedule</p>
                  </div>
                  <StarButton talkId={id} title={id} />
                </div>
              </li>
            ))}
          </ul>
          {ids.length > SHOWN && (
            <p className="agenda-missing__note">
              And {count(ids.length - SHOWN, 'more')}, not listed.
            </p>
          )}
        </section>
      )}
      <StatusMessage className="agenda-actions__status">
        {removed && removed.length > 0 && (
          <p>
            Removed {count(removed.length, 'talk')} that {removed.length === 1 ? 'is' : 'are'} no
            longer in the schedule.{' '}
            <button
              type="button"
              className="action-button agenda-button"
              onClick={() =>
                withStars((stars) => {
                  stars.restore(removed)
                  setRemoved(null)
                })
              }
            >
              Undo
            </button>
          </p>
        )}
      </StatusMessage>
    </>
  )
}
