import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { outline } from 'virtual:plenary-dataset'
import { laterTimelineDay, PATH_ATTRIBUTE, prerenderedData, seedQueries } from './app/prerendered'
import { basename, loadRouteOf } from './app/router'
import { clockNow } from './lib/clock'
import { createQueryClient } from './lib/query-client'
import { startServiceWorker } from './app/shell/start-service-worker'
import { watchScheduleChanges } from './lib/changes/change-watch'
import './app/base.css'

const container = document.getElementById('root')!
const queryClient = createQueryClient()
const app = (hydrating: boolean) => (
  <StrictMode>
    <App queryClient={queryClient} hydrating={hydrating} />
  </StrictMode>
)

async function start() {
  const files = prerenderedData(container, window.location, basename)
  const today = files === null ? null : laterTimelineDay(container, outline, clockNow())
  if (files !== null && today === null)
    try {
      // The first client render must equal the prerendered HTML, so the data it was rendered from comes first, and
      // the route's code (preloaded by the page) too.
      await Promise.all([
        seedQueries(queryClient, files),
        loadRouteOf(container.getAttribute(PATH_ATTRIBUTE) ?? '/'),
      ])
      // The page is already on screen: hydrating in a transition lets React yield to the browser every few
      // milliseconds (a tap is handled sooner) instead of blocking the main thread for the whole tree at once.
      startTransition(() => {
        hydrateRoot(container, app(true))
      })
      return
    } catch {
      // Offline or a failed fetch: render from scratch, and let the route say what went wrong.
    }
  const root = createRoot(container)
  if (today !== null) {
    // The prerendered timeline of another day stays on screen until today's is ready to replace it (React empties
    // the container when it commits): its data first (a failure is the route's to show), then a render in a
    // transition, which yields to the browser rather than blocking it for the whole page.
    await seedQueries(queryClient, [today]).catch(() => undefined)
    startTransition(() => root.render(app(false)))
    return
  }
  // HTML rendered for another address (a host's fallback page) must not linger under this one. Rendered at once: in
  // a transition, the search and agenda pages showed their heading, then the loading view again.
  container.replaceChildren()
  root.render(app(false))
}

void start()
// After the page has loaded, whichever way it rendered: offline use and update prompts (src/app/shell).
startServiceWorker()
// A schedule version this browser has not seen: at idle, what changed for the attendee (src/lib/changes).
watchScheduleChanges(outline.version, () => {
  import('./lib/changes/run-check').then(
    ({ runScheduleCheck }) => runScheduleCheck(queryClient),
    // The chunk did not load (offline on an old page): the next visit checks again.
    () => undefined,
  )
})
