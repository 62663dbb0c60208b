import type { QueryClient } from '@tanstack/react-query'
import { datasetQueries } from '../../data/dataset-queries'
import type { ScheduleModel } from '../../data/schedule-model'
import type { DetailsChunk, ScheduleTalk } from '../../data/types'
import { buildIcs, scheduledTalkEvent } from '../../lib/calendar'

/**
 * One .ics with every given talk. Abstracts come from the details files (fetched once each, usually cached); a talk
 * whose file cannot be loaded, say offline, still gets its event, without its abstract.
 */
export async function agendaIcs(
  queryClient: QueryClient,
  model: ScheduleModel,
  talks: readonly ScheduleTalk[],
  options: { siteUrl: string; reminder: boolean; now?: Date },
): Promise<string> {
  const files = new Set(talks.map((talk) => talk.details))
  const chunks = new Map<number, DetailsChunk>()
  await Promise.all(
    [...files].map(async (file) => {
      try {
        const query = datasetQueries.detailsOf(model.schedule, { details: file })
        chunks.set(file, await queryClient.ensureQueryData(query))
      } catch {
        // Leave these abstracts out; times and titles matter most.
      }
    }),
  )
  const events = talks.map((talk) =>
    scheduledTalkEvent(model, talk, {
      details: chunks.get(talk.details),
      siteUrl: options.siteUrl,
    }),
  )
  return buildIcs(events, {
    now: options.now,
    reminderMinutes: options.reminder ? 10 : null,
    calendarName: `${model.schedule.conference.name} · My agenda`,
  })
}
