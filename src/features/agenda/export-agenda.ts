import type { QueryClient } from '@tanstack/react-query'
import { datasetQueries } from '../../data/dataset-queries'
import { authorNames, type ScheduleModel } from '../../data/schedule-model'
import type { AbstractsChunk, TalkSummary } from '../../data/types'
import { buildIcs, talkEvent } from '../../lib/calendar'

/**
 * One .ics with every given talk. Abstracts come from the per-session files (fetched once each, usually cached);
 * a session whose file cannot be loaded, say offline, still gets its events, without abstracts.
 */
export async function agendaIcs(
  queryClient: QueryClient,
  model: ScheduleModel,
  talks: readonly TalkSummary[],
  options: { siteUrl: string; reminder: boolean; now?: Date },
): Promise<string> {
  const files = new Set<string>()
  for (const talk of talks) {
    const file = model.sessionById.get(talk.sessionId)?.abstractsFile
    if (file) files.add(file)
  }
  const chunks = new Map<string, AbstractsChunk>()
  await Promise.all(
    [...files].map(async (file) => {
      try {
        chunks.set(file, await queryClient.ensureQueryData(datasetQueries.abstracts(file)))
      } catch {
        // Leave this session's abstracts out; times and titles matter most.
      }
    }),
  )
  const { conference } = model.schedule
  const events = talks.map((talk) => {
    const session = model.sessionById.get(talk.sessionId)
    return talkEvent(talk, {
      conference,
      session,
      authorNames: authorNames(model, talk),
      abstract: session ? chunks.get(session.abstractsFile)?.[talk.id] : undefined,
      siteUrl: options.siteUrl,
    })
  })
  return buildIcs(events, {
    now: options.now,
    reminderMinutes: options.reminder ? 10 : null,
    calendarName: `${conference.name} · My agenda`,
  })
}
