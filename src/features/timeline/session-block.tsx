import { memo } from 'react'
import { TalkRow } from '../../components/talk-row'
import { TalkTime } from '../../components/talk-time'
import type { ScheduleModel } from '../../data/schedule-model'
import type { LiveInfo } from '../../lib/live-status'
import type { SessionPlan } from './timeline-plan'

/** A session: its title, time, track and room, then its talks. */
export const SessionBlock = memo(function SessionBlock({
  plan,
  model,
  status,
}: {
  plan: SessionPlan
  model: ScheduleModel
  status: ReadonlyMap<string, LiveInfo>
}) {
  const { session, talks } = plan
  const { timeZone } = model.schedule.conference
  const headingId = `session-${session.id}`
  // The generator's titles already start with the track ("Track 3 · Vision"): don't say it twice.
  const track = session.track && !session.title.includes(session.track) ? session.track : null
  return (
    <section className="session-block" aria-labelledby={headingId}>
      <header className="session-block__header">
        <h3 id={headingId} className="session-block__title">
          {session.title}
        </h3>
        <p className="session-block__meta">
          <TalkTime start={session.start} end={session.end} timeZone={timeZone} />
          {track && <span>{track}</span>}
          {session.room && <span>{session.room}</span>}
        </p>
      </header>
      <ol className="session-block__talks">
        {talks.map((talk) => {
          const info = status.get(talk.id)
          return (
            <TalkRow
              key={talk.id}
              talk={talk}
              model={model}
              state={info?.state}
              minutesLeft={info?.minutesLeft}
              percentDone={info?.percentDone}
              minutesUntil={info?.minutesUntil}
            />
          )
        })}
      </ol>
    </section>
  )
})
