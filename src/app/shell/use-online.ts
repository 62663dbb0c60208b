import { useClientStore } from '../../lib/client-store'

function subscribe(listener: () => void) {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

/**
 * Whether the browser says it has a network. Online on the server and during hydration, so the prerendered HTML
 * never claims to be offline. A network that is there but leads nowhere (captive venue Wi-Fi) still reads as online:
 * the service worker answers from its cache either way.
 */
export function useOnline(): boolean {
  return useClientStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  )
}
