/**
 * Registers the service worker once the page has loaded, so neither its code nor its precache downloads compete
 * with the first screen. The registration code (vite-plugin-pwa's `virtual:pwa-register` with workbox-window,
 * about 3 KiB gzip) is loaded then, in a chunk of its own.
 */
export function startServiceWorker() {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return
  const start = () => {
    void import('./register-service-worker').then((module) => module.registerServiceWorker())
  }
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}
