import { PageTitle } from '../../components/page-title'
import { useSchedule } from '../../data/use-schedule'

// Replaced by the agenda issue (#5): starred talks by day.
export function AgendaPage() {
  const { schedule } = useSchedule()
  return (
    <>
      <PageTitle title="Agenda" site={schedule.conference.name} />
      <h1>Your agenda</h1>
      <p>Starring arrives with the agenda feature.</p>
    </>
  )
}
