import { serviceWorkerState } from './service-worker-state'

/** A page left open through a conference day still learns of a new schedule: it looks hourly, and on return. */
const CHECK_EVERY_MS = 60 * 60 * 1000
/** Coming back to the tab looks again, but not more often than this. */
const MIN_GAP_MS = 5 * 60 * 1000

/**
 * Registers the Workbox service worker that vite-plugin-pwa generates (scripts/build/pwa-options.ts) and tells the
 * UI what it does. The first install makes the app work offline. A new deployment installs in the background and
 * waits (registerType "prompt"): the shell offers "Reload", which asks the waiting worker to take over (the
 * SKIP_WAITING message Workbox listens for), and the page reloads once it has. These few lines replace
 * workbox-window and the plugin's register module, 2.9 KiB gzip that every first visit downloaded. Nothing here is
 * fatal: without a service worker the app still works online.
 */
export function registerServiceWorker() {
  const container = navigator.serviceWorker
  const wasControlled = container.controller !== null
  if (wasControlled) serviceWorkerState.offlineReady()

  let reloadWhenControlled = false
  container.addEventListener('controllerchange', () => {
    // The first install also takes control (clientsClaim); only a reader's "Reload" reloads.
    if (reloadWhenControlled) window.location.reload()
  })
  const offer = (waiting: ServiceWorker) =>
    serviceWorkerState.updateReady(async () => {
      reloadWhenControlled = true
      waiting.postMessage({ type: 'SKIP_WAITING' })
    })

  const base = import.meta.env.BASE_URL
  container
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      // Installed on an earlier visit and still waiting.
      if (registration.waiting && wasControlled) offer(registration.waiting)
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) offer(worker)
          else if (worker.state === 'activated' && !wasControlled) serviceWorkerState.offlineReady()
        })
      })
      checkForUpdates(registration)
    })
    .catch(() => {})
}

function checkForUpdates(registration: ServiceWorkerRegistration) {
  let checked = Date.now()
  const check = (minGap: number) => {
    if (!navigator.onLine || Date.now() - checked < minGap) return
    checked = Date.now()
    // A failed check (the venue network) is retried at the next one.
    registration.update().catch(() => {})
  }
  setInterval(() => check(0), CHECK_EVERY_MS)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check(MIN_GAP_MS)
  })
}
