import { memo } from 'react'
import { TalkRow } from '../../components/talk-row'
import { TalkTime } from '../../components/talk-time'
import type { ScheduleModel } from '../../data/schedule-model'
import type { LiveInfo } from '../../lib/live-status'
import type { SessionPlan } from './timeline-plan'

/**
 * A session (its title, time, track and room) or the talks starting at one time (headed by that time), then its talks.
 * The heading names the time zone and stays in view while its talks scroll by, so the rows need not repeat the zone.
 */
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
  const track = session.track && !session.title?.includes(session.track) ? session.track : null
  const room = session.roomId ? model.roomById.get(session.roomId)?.name : undefined
  return (
    <section className="session-block" aria-labelledby={headingId}>
      <header className="session-block__header">
        {session.title === null ? (
          <h3 id={headingId} className="session-block__title">
            <TalkTime start={session.start} timeZone={timeZone} />
          </h3>
        ) : (
          <>
            <h3 id={headingId} className="session-block__title">
              {session.title}
            </h3>
            <p className="session-block__meta">
              <TalkTime start={session.start} end={session.end} timeZone={timeZone} />
              {track && <span>{track}</span>}
              {room && <span>{room}</span>}
            </p>
          </>
        )}
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
              zoneInHeading
            />
          )
        })}
      </ol>
    </section>
  )
})
