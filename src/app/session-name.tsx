import { useSchedule } from '../data/use-schedule'

/** "NeurIPS 2018 · Tue Track 2 -- Session 2", or just the conference when it has many sessions. */
export function SessionName() {
  const { schedule } = useSchedule()
  const only = schedule.sessions.length === 1 ? schedule.sessions[0] : undefined
  return (
    <p className="app-header__session">
      {schedule.conference.name}
      {only && ` · ${only.title}`}
    </p>
  )
}
