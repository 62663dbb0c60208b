import { changeWords } from '../../lib/changes/changes-record'
import { Link } from '../../components/link'
import type { ChangedTalk, TalkChange } from '../../lib/changes/change-types'
import { calendarDate, formatDayShort, formatTime } from '../../lib/format-time'
import { paths } from '../../lib/paths'
import type { TimeDisplay } from '../../lib/time-display'

/**
 * One changed talk: its title as a link (a removed talk's old address, where the talk page says it is gone), each
 * change as "was → now", and, for a starred talk, when this browser noticed and whether it is new to the attendee.
 */
export function ChangeEntry({
  talk,
  display,
  noticedAt,
  isNew = false,
  groupKind,
}: {
  talk: ChangedTalk
  display: TimeDisplay
  noticedAt?: number
  isNew?: boolean
  /** The kind its group's heading names ("Cancelled"): not said again on each talk. */
  groupKind?: TalkChange['kind']
}) {
  const { timeZone, locale } = display
  const changes = talk.changes.filter(
    (change) => change.kind !== groupKind || changeWords(change, timeZone).was !== undefined,
  )
  return (
    <li className="change-entry">
      <p className="change-entry__title">
        <Link to={paths.talk.href(talk.talkId)}>{talk.title}</Link>
        {isNew && <span className="change-entry__new">New</span>}
      </p>
      {changes.length > 0 && (
        <ul className="change-entry__changes">
          {changes.map((change, i) => {
            const words = changeWords(change, timeZone, locale)
            return (
              <li key={i}>
                <span className="change-entry__label">{words.label}</span>
                {words.was !== undefined && (
                  <>
                    <span className="visually-hidden">: was</span>{' '}
                    <span className="change-entry__was">{words.was}</span>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden">, now </span>
                    <span className="change-entry__now">{words.now}</span>
                  </>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {noticedAt !== undefined && (
        <p className="change-entry__noticed">
          Noticed {formatDayShort(calendarDate(noticedAt, timeZone), locale)},{' '}
          {formatTime(noticedAt, timeZone, locale)}
        </p>
      )}
    </li>
  )
}
