import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSearchClient, searchIndexUrl } from './search-client'
import type { SearchReply, SearchRequest } from './search-protocol'
import { openSearchSession, type SearchSession } from './search-session'
import { neuripsAsset } from './testing/neurips-search'

describe('search client (on the page, where there is no Worker)', () => {
  it('loads the index once, on first use, from the build’s search asset', async () => {
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => new Response(JSON.stringify(neuripsAsset)))
    const client = createSearchClient()
    expect(fetchSpy).not.toHaveBeenCalled()
    const first = await client.search('nueral ode')
    await client.search('graph')
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    expect(String(fetchSpy.mock.calls[0]![0])).toBe(searchIndexUrl())
    expect(searchIndexUrl()).toMatch(/\/data\/search\.[0-9a-f]{10}\.json$/)
    expect(first.datasetVersion).toBe(neuripsAsset.datasetVersion)
    expect(first.outcome.allCount).toBe(1)
  })

  it('says when the index cannot load, and tries again on the next search', async () => {
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValueOnce(new Response('gone', { status: 503 }))
      .mockImplementation(async () => new Response(JSON.stringify(neuripsAsset)))
    const client = createSearchClient('http://localhost/data/search.test.json')
    await expect(client.search('graph')).rejects.toThrow('Could not load the search index (503).')
    await expect(client.search('graph')).resolves.toMatchObject({ outcome: { allCount: 1 } })
    expect(fetchSpy).toHaveBeenCalledTimes(2)
  })
})

describe('search client (through a worker)', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  /** A stand-in for the browser's Worker that runs the worker's own session code, or fails like a missing script. */
  function fakeWorker(behaviour: 'works' | 'fails') {
    const created: string[] = []
    class FakeWorker {
      onmessage: ((event: MessageEvent<SearchReply>) => void) | null = null
      onerror: ((event: ErrorEvent) => void) | null = null
      private session: Promise<SearchSession> | null = null
      constructor(script: URL) {
        created.push(String(script))
      }
      postMessage(request: SearchRequest) {
        setTimeout(() => {
          if (behaviour === 'fails') {
            this.onerror?.(new ErrorEvent('error', { cancelable: true }))
            return
          }
          this.session ??= openSearchSession(request.url)
          void this.session.then((session) =>
            this.onmessage?.(
              new MessageEvent('message', {
                data: {
                  id: request.id,
                  ok: true,
                  datasetVersion: session.datasetVersion,
                  outcome: request.query === null ? null : session.run(request.query),
                } satisfies SearchReply,
              }),
            ),
          )
        })
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', FakeWorker)
    return created
  }

  it('asks the worker, which loads the index once', async () => {
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => new Response(JSON.stringify(neuripsAsset)))
    const created = fakeWorker('works')
    const client = createSearchClient('http://localhost/data/search.test.json')
    client.warm()
    const answer = await client.search('grapg pooling')
    expect(created).toHaveLength(1)
    expect(created[0]).toMatch(/search\.worker/)
    expect(answer.outcome.allCount).toBe(1)
    expect(fetchSpy).toHaveBeenCalledTimes(1)
  })

  it('keeps searching on the page when the worker fails', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      async () => new Response(JSON.stringify(neuripsAsset)),
    )
    fakeWorker('fails')
    const client = createSearchClient('http://localhost/data/search.test.json')
    await expect(client.search('Duvenaud')).resolves.toMatchObject({ outcome: { allCount: 1 } })
    await expect(client.search('Leskovec')).resolves.toMatchObject({ outcome: { allCount: 1 } })
  })
})
