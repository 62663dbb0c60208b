import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { multiSessionDataset, scheduleIndexOf } from '../../tests/fixtures/multi-session'
import { datasetQueries } from './dataset-queries'
import { dayIndex } from './day-index'

const schedule = scheduleIndexOf(multiSessionDataset)
const SCHEDULE = 'data/schedule.1.json'
const DAY = 'data/days/2018-12-03.1.json'

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

describe('datasetQueries.day', () => {
  it('loads the day’s own file', async () => {
    const fetch = serve({ [DAY]: dayIndex(schedule, '2018-12-03') })
    const data = await new QueryClient().fetchQuery(datasetQueries.day(DAY, '2018-12-03', SCHEDULE))
    expect(data).toEqual(dayIndex(schedule, '2018-12-03'))
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('cuts the day from the schedule when its file cannot be had (offline, never opened)', async () => {
    serve({ [SCHEDULE]: schedule })
    const data = await new QueryClient().fetchQuery(datasetQueries.day(DAY, '2018-12-03', SCHEDULE))
    expect(data).toEqual(dayIndex(schedule, '2018-12-03'))
  })

  it('fails when neither can be had', async () => {
    serve({})
    await expect(
      new QueryClient().fetchQuery({
        ...datasetQueries.day(DAY, '2018-12-03', SCHEDULE),
        retry: false,
      }),
    ).rejects.toThrow('Failed to fetch')
  })
})
