import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { multiSessionDataset, scheduleIndexOf } from '../../tests/fixtures/multi-session'
import { datasetQueries } from './dataset-queries'
import { dayIndex } from './day-index'

const schedule = scheduleIndexOf(multiSessionDataset)
const SCHEDULE = 'data/schedule.1.json'
const DAY = 'data/days/2018-12-03.1.json'
const outline = {
  scheduleFile: SCHEDULE,
  days: [
    { date: '2018-12-03', file: DAY },
    { date: '2018-12-04', file: 'data/days/2018-12-04.1.json' },
  ],
}
const oneDay = { scheduleFile: SCHEDULE, days: [{ date: '2018-12-03', file: SCHEDULE }] }

function serve(files: Record<string, unknown>) {
  const fetch = vi.fn(async (url: string) => {
    const file = Object.keys(files).find((name) => url.endsWith(name))
    if (!file) throw new TypeError('Failed to fetch') // what an unreachable network looks like
    return new Response(JSON.stringify(files[file]))
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => vi.unstubAllGlobals())

describe('datasetQueries keys', () => {
  it('give the schedule, each day and each details file a key of their own', () => {
    const keys = [
      datasetQueries.schedule(SCHEDULE).queryKey,
      datasetQueries.day(outline, '2018-12-03').queryKey,
      datasetQueries.day(outline, '2018-12-04').queryKey,
      datasetQueries.details(SCHEDULE).queryKey,
    ]
    expect(new Set(keys.map((key) => JSON.stringify(key))).size).toBe(keys.length)
    for (const key of keys) expect(key[0]).toBe(datasetQueries.all()[0])
  })

  it('make a one-day conference’s day, whose file is the schedule, the schedule’s query', () => {
    expect(datasetQueries.day(oneDay, '2018-12-03').queryKey).toEqual(
      datasetQueries.schedule(SCHEDULE).queryKey,
    )
    expect(datasetQueries.day(outline, undefined).queryKey).toEqual(
      datasetQueries.schedule(SCHEDULE).queryKey,
    )
  })
})

describe('datasetQueries.day', () => {
  it('loads the day’s own file', async () => {
    const fetch = serve({ [DAY]: dayIndex(schedule, '2018-12-03') })
    const data = await new QueryClient().fetchQuery(datasetQueries.day(outline, '2018-12-03'))
    expect(data).toEqual(dayIndex(schedule, '2018-12-03'))
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('cuts the day from the schedule when its file cannot be had (offline, never opened)', async () => {
    serve({ [SCHEDULE]: schedule })
    const data = await new QueryClient().fetchQuery(datasetQueries.day(outline, '2018-12-03'))
    expect(data).toEqual(dayIndex(schedule, '2018-12-03'))
  })

  it('fails when neither can be had', async () => {
    serve({})
    await expect(
      new QueryClient().fetchQuery({
        ...datasetQueries.day(outline, '2018-12-03'),
        retry: false,
      }),
    ).rejects.toThrow('Failed to fetch')
  })
})
