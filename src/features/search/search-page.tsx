import { PageTitle } from '../../components/page-title'
import { useSchedule } from '../../data/use-schedule'

// Replaced by the search issue (#4): Fuse-backed results driven by ?q=.
export function SearchPage() {
  const { schedule } = useSchedule()
  return (
    <>
      <PageTitle title="Search" site={schedule.conference.name} />
      <h1>Search</h1>
      <p>Search arrives with the search feature.</p>
    </>
  )
}
