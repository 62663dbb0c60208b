import { registerServiceWorker } from './register-service-worker'

/**
 * Registers the service worker once the page has loaded, so neither its script nor its precache downloads compete
 * with the first screen.
 */
export function startServiceWorker() {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return
  if (document.readyState === 'complete') registerServiceWorker()
  else window.addEventListener('load', registerServiceWorker, { once: true })
}
