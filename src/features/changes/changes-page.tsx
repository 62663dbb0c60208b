import { useEffect } from 'react'
import { Link } from '../../components/link'
import { PageTitle } from '../../components/page-title'
import { useOutline } from '../../data/outline-context'
import {
  dismissChangesNotice,
  markAllSeen,
  useChangesRecord,
  type ChangesFaults,
} from '../../lib/changes/changes-record'
import { paths } from '../../lib/paths'
import { useTimeDisplay } from '../../lib/time-display'
import { ChangeEntry } from './change-entry'
import { OtherChangesList } from './other-changes-list'
import './changes.css'

/**
 * /changes: what changed in the schedule since this browser last saw it. First the attendee's starred talks, newest
 * first, with what each was and is now; then every other talk the latest comparison found changed. Reads only the
 * record kept in this browser (src/lib/changes/changes-record.ts), never the schedule, so it works offline and at
 * once. Visiting it answers the header's notice.
 */
export function ChangesPage() {
  const { conference } = useOutline()
  const display = useTimeDisplay(conference.timeZone)
  const state = useChangesRecord()
  const hasNotice = (state?.record.notice ?? 0) > 0

  useEffect(() => {
    if (hasNotice) dismissChangesNotice()
  }, [hasNotice])

  const starred = state?.record.starred ?? []
  const others = state?.record.others
  const unseen = starred.some((entry) => !entry.seen)
  const empty = state !== null && starred.length === 0 && (others?.talks.length ?? 0) === 0

  return (
    <div className="changes-page">
      <PageTitle title="Schedule changes" site={conference.name} />
      <h1>Schedule changes</h1>
      {state && <FaultNotes faults={state.faults} />}
      {empty && (
        <div className="changes-empty">
          <p>No changes yet.</p>
          <p>
            When the organisers update the schedule, this page lists what changed since your last
            visit: first the talks you starred (also marked in{' '}
            <Link to={paths.agenda.href()}>your agenda</Link>), then all the others.
          </p>
        </div>
      )}
      {state && !empty && (
        <>
          <section className="changes-section" aria-labelledby="changes-starred">
            <div className="changes-section__head">
              <h2 id="changes-starred">Your starred talks</h2>
              {unseen && (
                <button type="button" className="action-button" onClick={markAllSeen}>
                  Mark all as seen
                </button>
              )}
            </div>
            {starred.length === 0 ? (
              <p className="changes-none">None of your starred talks changed.</p>
            ) : (
              <ol className="changes-list">
                {starred.map((entry, i) => (
                  <ChangeEntry
                    key={`${entry.talkId}@${entry.toVersion}@${i}`}
                    talk={entry}
                    display={display}
                    noticedAt={entry.noticedAt}
                    isNew={!entry.seen}
                  />
                ))}
              </ol>
            )}
          </section>
          {others && others.talks.length > 0 && (
            <OtherChangesList others={others} display={display} />
          )}
        </>
      )}
    </div>
  )
}

function FaultNotes({ faults }: { faults: ChangesFaults }) {
  return (
    <>
      {faults.recovered && (
        <p className="changes-fault">
          The record of changes kept in this browser could not be read, so a new one was started.
          {faults.recovered.backupKey &&
            ` The unreadable copy is kept in this browser under “${faults.recovered.backupKey}”.`}
        </p>
      )}
      {faults.memoryOnly && (
        <p className="changes-fault">
          Changes cannot be kept on this device: this browser does not let the app save them. What
          is shown here lasts until you close this tab.
        </p>
      )}
    </>
  )
}
