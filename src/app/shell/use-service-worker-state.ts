import { useSyncExternalStore } from 'react'
import {
  INITIAL,
  serviceWorkerState,
  subscribe,
  type ServiceWorkerState,
} from './service-worker-state'

/** The service worker's news; the initial state on the server and during hydration, so none of it is prerendered. */
export function useServiceWorkerState(): ServiceWorkerState {
  return useSyncExternalStore(subscribe, serviceWorkerState.get, () => INITIAL)
}
