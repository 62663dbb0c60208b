import { useMemo, useState } from 'react'
import { PageTitle } from '../../components/page-title'
import { StatusMessage } from '../../components/status-message'
import type { ScheduleModel } from '../../data/schedule-model'
import { paths } from '../../lib/paths'
import { useStarredIds, withStars } from '../../lib/stars/stars'
import { AgendaDays } from './agenda-days'
import { buildAgenda } from './agenda-model'
import { addMessage } from './add-result-message'
import type { SharedIds } from './agenda-link'
import { Link } from '../../components/link'

/**
 * An agenda someone shared by link, read-only. "Add all to my agenda" merges its talks into the reader's own stars:
 * it never removes any. Ids this schedule does not know are listed and skipped.
 */
export function SharedAgenda({ model, shared }: { model: ScheduleModel; shared: SharedIds }) {
  const mine = useStarredIds()
  const agenda = useMemo(() => buildAgenda(model, shared.ids), [model, shared])
  const [added, setAdded] = useState<{ ok: boolean; message: string } | null>(null)
  const { conference } = model.schedule
  const known = agenda.days.flatMap((day) => day.items.map((item) => item.talk.id))
  const missingFromMine = known.filter((id) => !mine.has(id)).length

  return (
    <div className="agenda-page agenda-page--shared">
      <PageTitle title="Shared agenda" site={conference.name} />
      <h1>Shared agenda</h1>
      {shared.problem === 'other-schedule' ? (
        <p>
          This link was made for a different version of the schedule (talks were added or removed
          since), so its talks cannot be read here. Ask for a new link.
        </p>
      ) : shared.problem === 'unreadable' ? (
        <p>This link is damaged: its talks cannot be read. Ask for a new link.</p>
      ) : known.length === 0 ? (
        <p>This link has no talks from the current schedule.</p>
      ) : (
        <>
          <p className="agenda-summary">
            {known.length} {known.length === 1 ? 'talk' : 'talks'} shared with you
            {agenda.clashCount > 0 &&
              ` · ${agenda.clashCount} ${agenda.clashCount === 1 ? 'clash' : 'clashes'}`}
            . Adding them keeps your own stars.
          </p>
          <div className="agenda-actions">
            <div className="agenda-actions__buttons">
              {missingFromMine > 0 ? (
                <button
                  type="button"
                  className="action-button action-button--primary agenda-button"
                  onClick={() =>
                    withStars((stars) => {
                      const before = stars.getStarredIds()
                      const already = known.filter((id) => before.has(id)).length
                      const result = stars.starMany(known)
                      setAdded({
                        ok: result.saved,
                        message: addMessage('Added', { result, already, unknown: 0 }),
                      })
                    })
                  }
                >
                  Add all to my agenda
                </button>
              ) : (
                <p className="agenda-shared__all-in">All of these are in your agenda.</p>
              )}
              <Link className="action-button agenda-button" to={paths.agenda.href()}>
                Open my agenda
              </Link>
            </div>
            <StatusMessage className="agenda-actions__status">
              {added?.ok && <p>{added.message}</p>}
            </StatusMessage>
            <StatusMessage role="alert" className="agenda-actions__status">
              {added && !added.ok && <p>{added.message}</p>}
            </StatusMessage>
          </div>
        </>
      )}
      {agenda.missingIds.length > 0 && (
        <p className="agenda-missing__note">
          {agenda.missingIds.length === 1
            ? '1 talk in this link is not in the current schedule and is skipped.'
            : `${agenda.missingIds.length.toLocaleString('en-US')} talks in this link are not in the current schedule and are skipped.`}
        </p>
      )}
      <AgendaDays
        days={agenda.days}
        model={model}
        action={(item) =>
          mine.has(item.talk.id) ? (
            <span className="agenda-item__mine">
              <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
                <path
                  d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z"
                  fill="currentColor"
                />
              </svg>
              In your agenda
            </span>
          ) : null
        }
      />
    </div>
  )
}
