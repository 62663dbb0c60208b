import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DatasetOutline } from '../data/dataset-outline'
import { datasetQueries } from '../data/dataset-queries'
import { laterTimelineDay, prerenderedData, seedQueries } from './prerendered'

function root(path: string | null, content = '<main></main>') {
  const element = document.createElement('div')
  if (path !== null) element.setAttribute('data-prerendered-path', path)
  element.setAttribute('data-prerendered-data', 'data/schedule.1.json data/details/s.2.json')
  element.innerHTML = content
  return element
}
const at = (href: string) => new URL(href, 'https://example.org') as unknown as Location

describe('prerenderedData', () => {
  it('hydrates a page rendered for this address, with the files it was rendered from', () => {
    expect(prerenderedData(root('/talks/x'), at('/talks/x'), '/')).toEqual([
      'data/schedule.1.json',
      'data/details/s.2.json',
    ])
    expect(
      prerenderedData(root('/talks/x'), at('/plenary/talks/x/?utm_source=chat'), '/plenary'),
    ).not.toBeNull()
  })

  it('renders from scratch for the shell, another address, or search params that change the page', () => {
    expect(prerenderedData(root(null, ''), at('/'), '/')).toBeNull()
    expect(prerenderedData(root('/'), at('/talks/unknown'), '/')).toBeNull()
    expect(prerenderedData(root('/'), at('/?day=2018-12-04'), '/')).toBeNull()
    expect(prerenderedData(root('/'), at('/?now=2018-12-04T12:52:00-08:00'), '/')).not.toBeNull()
  })
})

describe('laterTimelineDay', () => {
  const threeDays: DatasetOutline = {
    scheduleFile: 'data/schedule.1.json',
    days: ['2018-12-03', '2018-12-04', '2018-12-05'].map((date) => ({
      date,
      file: `data/days/${date}.1.json`,
    })),
    conference: { id: 'c', name: 'C', timeZone: 'America/Los_Angeles', language: 'en' },
    asOf: '2018-11-30',
    version: '1',
    onlySessionTitle: null,
    commonType: null,
    roomCount: 1,
  }
  const at = (instant: string) => Date.parse(instant)

  it('names today’s file when the prerendered timeline shows another conference day', () => {
    // 23:30 in Los Angeles is already the next day in UTC: the venue's calendar decides.
    expect(laterTimelineDay(root('/'), threeDays, at('2018-12-04T23:30:00-08:00'))).toBe(
      'data/days/2018-12-04.1.json',
    )
  })

  it('hydrates as rendered on the first day, outside the conference, on other pages and with one file', () => {
    expect(laterTimelineDay(root('/'), threeDays, at('2018-12-03T09:00:00-08:00'))).toBeNull()
    expect(laterTimelineDay(root('/'), threeDays, at('2018-12-06T09:00:00-08:00'))).toBeNull()
    expect(
      laterTimelineDay(root('/talks/x'), threeDays, at('2018-12-04T09:00:00-08:00')),
    ).toBeNull()
    const oneFile = {
      ...threeDays,
      days: threeDays.days.map((d) => ({ ...d, file: threeDays.scheduleFile })),
    }
    expect(laterTimelineDay(root('/'), oneFile, at('2018-12-04T09:00:00-08:00'))).toBeNull()
  })
})

describe('seedQueries', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('puts each file under the key the app reads it with: a day file as its day', async () => {
    const outline: DatasetOutline = {
      scheduleFile: 'data/schedule.1.json',
      days: [
        { date: '2018-12-03', file: 'data/days/2018-12-03.1.json' },
        { date: '2018-12-04', file: 'data/days/2018-12-04.1.json' },
      ],
      conference: { id: 'c', name: 'C', timeZone: 'America/Los_Angeles', language: 'en' },
      asOf: '2018-11-30',
      version: '1',
      onlySessionTitle: null,
      commonType: null,
      roomCount: 1,
    }
    vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify({ url })))
    const queryClient = new QueryClient()
    await seedQueries(
      queryClient,
      ['data/days/2018-12-04.1.json', 'data/schedule.1.json', 'data/details/s.2.json'],
      outline,
    )
    const fileOf = (key: readonly unknown[]) =>
      (queryClient.getQueryData(key) as { url: string } | undefined)?.url
    expect(fileOf(datasetQueries.day(outline, '2018-12-04').queryKey)).toMatch(
      /data\/days\/2018-12-04\.1\.json$/,
    )
    expect(fileOf(datasetQueries.schedule('data/schedule.1.json').queryKey)).toMatch(
      /data\/schedule\.1\.json$/,
    )
    expect(fileOf(datasetQueries.details('data/details/s.2.json').queryKey)).toMatch(
      /data\/details\/s\.2\.json$/,
    )
    expect(queryClient.getQueryCache().getAll()).toHaveLength(3)
  })
})
