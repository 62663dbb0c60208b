import { isBlank } from '../../src/data/rich-text'
import { dayOfTalk } from '../../src/data/schedule-model'
import { scheduleFilterValues } from './filter-values'
import type { Dataset, DetailsChunk, ScheduleIndex, Talk } from '../../src/data/types'

/** Talks per details file at most: a talk page fetches one, so it stays a few kilobytes at any scale. */
const TALKS_PER_DETAILS_FILE = 24

/**
 * The schedule index and the details files of a dataset; `fileName` names each details file (the build: by content
 * hash). Also what tests use to make the files the app reads from a fixture.
 */
export function splitDataset(
  dataset: Dataset,
  fileName: (index: number, chunk: DetailsChunk) => string,
): { schedule: ScheduleIndex; details: { fileName: string; chunk: DetailsChunk }[] } {
  const groups = detailsGroups(dataset)
  const details = groups.map((talks, index) => {
    const chunk = detailsChunk(talks, dataset)
    return { fileName: fileName(index, chunk), chunk }
  })
  const detailsOf = new Map(groups.flatMap((talks, index) => talks.map((t) => [t.id, index])))
  const schedule: ScheduleIndex = {
    ...dataset,
    detailsFiles: details.map((file) => file.fileName),
    // Everything but the texts, so also a revision and former ids (the .ics and old links need them); a field a talk
    // does not have stays absent, so a talk that never changed costs no byte more.
    talks: dataset.talks.map(({ abstract: _a, description: _d, ...summary }) => ({
      ...summary,
      details: detailsOf.get(summary.id)!,
    })),
    authors: dataset.authors.map(({ biography: _b, ...author }) => author),
    filterValues: scheduleFilterValues(dataset),
  }
  return { schedule, details }
}

/**
 * The talks of each details file: a session's talks together (a reader goes from one to the next), else one day's
 * talks in one room, in time order; a group larger than a file holds is cut into consecutive files.
 */
function detailsGroups(dataset: Dataset): Talk[][] {
  const byKey = new Map<string, Talk[]>()
  const sessionById = new Map(dataset.sessions.map((s) => [s.id, s]))
  const inTimeOrder = [...dataset.talks].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  for (const talk of inTimeOrder) {
    const key = talk.sessionId ?? `${dayOfTalk(talk, dataset, sessionById)} ${talk.roomId ?? ''}`
    const group = byKey.get(key)
    if (group) group.push(talk)
    else byKey.set(key, [talk])
  }
  return [...byKey.values()].flatMap((talks) => {
    const parts: Talk[][] = []
    for (let i = 0; i < talks.length; i += TALKS_PER_DETAILS_FILE)
      parts.push(talks.slice(i, i + TALKS_PER_DETAILS_FILE))
    return parts
  })
}

function detailsChunk(talks: readonly Talk[], dataset: Dataset): DetailsChunk {
  const chunk: DetailsChunk = { talks: {}, biographies: {} }
  const authorById = new Map(dataset.authors.map((a) => [a.id, a]))
  for (const talk of talks) {
    chunk.talks[talk.id] = {
      abstract: talk.abstract,
      ...(talk.description ? { description: talk.description } : {}),
    }
    for (const id of talk.authorIds) {
      const biography = authorById.get(id)?.biography
      if (biography && !isBlank(biography)) chunk.biographies[id] = biography
    }
  }
  return chunk
}
