import { registerSW } from 'virtual:pwa-register'
import { serviceWorkerState } from './service-worker-state'

/** A page left open through a conference day still learns of a new schedule: it looks hourly, and on return. */
const CHECK_EVERY_MS = 60 * 60 * 1000
/** Coming back to the tab looks again, but not more often than this. */
const MIN_GAP_MS = 5 * 60 * 1000

/**
 * Wires vite-plugin-pwa's registration to the UI. A new deployment installs in the background and waits
 * (registerType "prompt"): the shell offers "Reload", which activates it; the plugin's code then reloads the page
 * once the new worker controls it. Nothing here is fatal: without a service worker the app still works online.
 */
export function registerServiceWorker() {
  if (navigator.serviceWorker.controller) serviceWorkerState.offlineReady()
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      serviceWorkerState.updateReady(() => update())
    },
    onOfflineReady() {
      serviceWorkerState.offlineReady()
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return
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
    },
  })
}
