/**
 * The page's handle on search. In browsers it talks to a Web Worker that holds the index; where there is no Worker
 * (jsdom in tests, a browser that refuses module workers) the same session code runs on the page instead.
 * Loaded with a dynamic import (search-loader.ts), so neither Fuse.js nor the engine is in the initial JS.
 */
import { searchIndexFile } from 'virtual:plenary-search-index'
import type { SearchOutcome } from './engine/search-engine'
import type { SearchReply, SearchRequest } from './search-protocol'
import type { SearchSession } from './search-session'

export interface SearchAnswer {
  /** The dataset the index was built from: the page checks it against the schedule it shows. */
  datasetVersion: string
  outcome: SearchOutcome
}

export interface SearchClient {
  /** Starts loading the index, if it is not loaded or loading. */
  warm(): void
  search(query: string): Promise<SearchAnswer>
}

export function searchIndexUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}${searchIndexFile}`, window.location.href).href
}

export function createSearchClient(url = searchIndexUrl()): SearchClient {
  if (typeof Worker !== 'undefined')
    try {
      return workerClient(
        new Worker(new URL('./search.worker.ts', import.meta.url), {
          type: 'module',
          name: 'search',
        }),
        url,
      )
    } catch {
      // A Content-Security-Policy or an old browser may refuse the worker: search on the page.
    }
  return pageClient(url)
}

/**
 * Search through the worker. If the worker itself fails (its script could not be fetched, or a policy blocks it
 * after construction), everything pending and everything after runs on the page instead: slower to load, but search
 * keeps working.
 */
function workerClient(worker: Worker, url: string): SearchClient {
  let next = 0
  let fallback: SearchClient | null = null
  const pending = new Map<
    number,
    {
      query: string | null
      resolve: (answer: SearchAnswer | null) => void
      reject: (e: Error) => void
    }
  >()
  worker.onmessage = ({ data: reply }: MessageEvent<SearchReply>) => {
    const request = pending.get(reply.id)
    if (!request) return
    pending.delete(reply.id)
    if (!reply.ok) request.reject(new Error(reply.error))
    else
      request.resolve(
        reply.outcome ? { datasetVersion: reply.datasetVersion, outcome: reply.outcome } : null,
      )
  }
  worker.onerror = (event) => {
    event.preventDefault()
    worker.terminate()
    fallback ??= pageClient(url)
    for (const { query, resolve, reject } of pending.values())
      if (query === null) resolve(null)
      else fallback.search(query).then(resolve, reject)
    pending.clear()
  }
  const send = (query: string | null) =>
    new Promise<SearchAnswer | null>((resolve, reject) => {
      const id = ++next
      pending.set(id, { query, resolve, reject })
      const request: SearchRequest = { id, url, query }
      worker.postMessage(request)
    })
  return {
    warm() {
      // Errors surface on the first real search.
      if (fallback) fallback.warm()
      else void send(null).catch(() => {})
    },
    async search(query) {
      if (fallback) return fallback.search(query)
      return (await send(query))!
    },
  }
}

function pageClient(url: string): SearchClient {
  let session: Promise<SearchSession> | null = null
  const open = () => {
    // The engine loads only here: in a worker-capable browser, this chunk stays small and the worker has it.
    session ??= import('./search-session')
      .then(({ openSearchSession }) => openSearchSession(url))
      .catch((error: unknown) => {
        session = null
        throw error
      })
    return session
  }
  return {
    warm() {
      void open().catch(() => {})
    },
    async search(query) {
      const loaded = await open()
      return { datasetVersion: loaded.datasetVersion, outcome: loaded.run(query) }
    },
  }
}
