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
  // Null on the server and while the app hydrates a prerendered page.
  const base = useSiteUrl()
  if (!talk) return null
  const { conference } = model.schedule
  // The abstract makes the link up to 1.2 KB long, in every prerendered talk page: there (for a reader without
  // JavaScript) the link has the title, time, room and authors, and the app adds the abstract and the talk's address
  // once it runs. The .ics file has the abstract either way.
  const googleUrl = googleCalendarUrl(
    scheduledTalkEvent(model, talk, {
      ...(base === null ? {} : { details }),
      siteUrl: base,
    }),
  )

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
