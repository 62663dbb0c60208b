/**
 * Search off the main thread: the worker loads the index (a few hundred milliseconds of parsing at 10,000 talks)
 * and answers queries, so typing never waits for either.
 */
import { openSearchSession, type SearchSession } from './search-session'
import type { SearchReply, SearchRequest } from './search-protocol'

// The app's TypeScript settings describe a window, not a worker: name the little of the worker scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null
  postMessage(message: SearchReply, transfer: Transferable[]): void
}
const scope = self as unknown as WorkerScope

let session: Promise<SearchSession> | null = null

scope.onmessage = ({ data: request }) => {
  session ??= openSearchSession(request.url)
  session.then(
    (loaded) => {
      const outcome = request.query === null ? null : loaded.run(request.query)
      const reply: SearchReply = {
        id: request.id,
        ok: true,
        datasetVersion: loaded.datasetVersion,
        outcome,
      }
      // The ranking is handed over, not copied: at 10,000 talks it is 40 KB.
      scope.postMessage(reply, outcome ? [outcome.order.buffer] : [])
    },
    (error: unknown) => {
      // A failed load may succeed later (the network came back): the next request tries again.
      session = null
      const message = error instanceof Error ? error.message : String(error)
      scope.postMessage({ id: request.id, ok: false, error: message }, [])
    },
  )
}
