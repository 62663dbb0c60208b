import type { ReactNode } from 'react'
import { changeMark } from '../../lib/changes/changes-record'
import { TalkTime } from '../../components/talk-time'
import { CancelledBadge } from '../../components/cancelled-badge'
import { KindBadge } from '../../components/kind-badge'
import { authorNames, roomOfTalk, type ScheduleModel } from '../../data/schedule-model'
import { formatDay, formatDuration, formatTimeRange } from '../../lib/format-time'
import type { TalkChange } from '../../lib/changes/change-types'
import { paths } from '../../lib/paths'
import { useTimeDisplay } from '../../lib/time-display'
import type { AgendaDay, AgendaItem } from './agenda-model'
import { Link } from '../../components/link'

/** Days of an agenda: each talk with its time range, the free time before it, and any clash, flagged in words. */
export function AgendaDays({
  days,
  model,
  action,
  changed,
}: {
  days: AgendaDay[]
  model: ScheduleModel
  /** What sits at the end of each row: the star on your own agenda, a marker on a shared one. */
  action: (item: AgendaItem) => ReactNode
  /** Unseen schedule changes by talk id (your own agenda): a compact mark on the row until seen. */
  changed?: ReadonlyMap<string, TalkChange[]>
}) {
  const { timeZone } = model.schedule.conference
  const display = useTimeDisplay(timeZone)
  return days.map((day) => (
    <section key={day.date} className="agenda-day" aria-labelledby={`agenda-day-${day.date}`}>
      <h2 id={`agenda-day-${day.date}`} className="agenda-day__title">
        {formatDay(day.date)}
      </h2>
      <ol className="agenda-list">
        {day.items.map((item) => (
          <li
            key={item.talk.id}
            className={`agenda-item${item.clashesWith.length > 0 ? ' agenda-item--clash' : ''}`}
          >
            {item.gapBeforeMinutes > 0 && (
              <p className="agenda-item__gap">{formatDuration(item.gapBeforeMinutes)} free</p>
            )}
            <div className="agenda-item__row">
              <div className="agenda-item__body">
                <p className="agenda-item__when">
                  <TalkTime start={item.talk.start} end={item.talk.end} timeZone={timeZone} />
                  <CancelledBadge talk={item.talk} />
                  <KindBadge kind={item.talk.kind} type={item.talk.type} />
                </p>
                <Link
                  to={paths.talk.href(item.talk.id)}
                  className="agenda-item__title"
                  lang={item.talk.language}
                >
                  {item.talk.title}
                </Link>
                {changed?.has(item.talk.id) && (
                  <p className="agenda-item__changed">
                    {changeMark(changed.get(item.talk.id)!, display.timeZone, display.locale)}
                  </p>
                )}
                <div className="agenda-item__details">
                  <p className="agenda-item__meta">{authorNames(model, item.talk).join(', ')}</p>
                  <p className="agenda-item__meta">
                    {[item.session?.title, roomOfTalk(model, item.talk)?.name]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                </div>
                {item.clashesWith.length > 0 && (
                  <p className="agenda-item__clash">
                    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
                      <path d="M12 3 2 21h20L12 3z" fill="currentColor" />
                      <path
                        d="M12 10v5M12 17.5v.5"
                        stroke="#fff"
                        strokeWidth="2"
                        strokeLinecap="round"
                      />
                    </svg>
                    <span>
                      <strong>Clashes with</strong>{' '}
                      {item.clashesWith.map((other, i) => (
                        <span key={other.id}>
                          {i > 0 && ', '}
                          {other.title} ({formatTimeRange(other.start, other.end, timeZone)})
                        </span>
                      ))}
                    </span>
                  </p>
                )}
              </div>
              {action(item)}
            </div>
          </li>
        ))}
      </ol>
    </section>
  ))
}
