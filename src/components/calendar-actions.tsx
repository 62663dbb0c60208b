import { useQuery, useQueryClient } from '@tanstack/react-query'
import { datasetQueries } from '../data/dataset-queries'
import { useSchedule } from '../data/use-schedule'
import { buildIcs, googleCalendarUrl, scheduledTalkEvent } from '../lib/calendar'
import { downloadFile } from '../lib/download-file'
import { siteUrl, useSiteUrl } from '../lib/site-url'
import './calendar-actions.css'

/** A talk's own calendar file (one event, with a reminder 10 minutes before) and a Google Calendar link. */
export function CalendarActions({ talkId }: { talkId: string }) {
  const model = useSchedule()
  const queryClient = useQueryClient()
  const talk = model.talkById.get(talkId)
  // Not suspending: the abstract only enriches the event, and the links work without it.
  const { data: details } = useQuery({
    ...datasetQueries.detailsOf(model.schedule, talk ?? { details: -1 }),
    enabled: Boolean(talk),
  })
  const base = useSiteUrl()
  if (!talk) return null
  const { conference } = model.schedule
  const googleUrl = googleCalendarUrl(scheduledTalkEvent(model, talk, { details, siteUrl: base }))

  async function download() {
    let chunk = details
    if (!chunk)
      try {
        chunk = await queryClient.ensureQueryData(datasetQueries.detailsOf(model.schedule, talk!))
      } catch {
        // Offline and not cached: the event is still right without its abstract.
      }
    const event = scheduledTalkEvent(model, talk!, { details: chunk, siteUrl: siteUrl() })
    const ics = buildIcs([event], { reminderMinutes: 10, calendarName: conference.name })
    downloadFile(`${talk!.id}.ics`, ics, 'text/calendar;charset=utf-8')
  }

  return (
    <div className="calendar-actions" role="group" aria-labelledby={`calendar-actions-${talk.id}`}>
      <span id={`calendar-actions-${talk.id}`} className="calendar-actions__label">
        Add to calendar
      </span>
      <button
        type="button"
        className="action-button calendar-actions__control"
        onClick={() => void download()}
      >
        Download .ics
      </button>
      <a
        className="action-button calendar-actions__control"
        href={googleUrl}
        target="_blank"
        rel="noopener noreferrer"
      >
        Google Calendar <span className="visually-hidden">(opens in a new tab)</span>
      </a>
    </div>
  )
}
