/**
 * What the service worker has told the page, for the UI to show: a new version of the app or its data is installed
 * and waiting for the reader's reload, and whether the app is ready to work offline. Without React, so the
 * registration chunk that writes it shares no code with the first screen's (use-service-worker-state.ts reads it).
 */
import { createStore } from '../../lib/create-store'

export interface ServiceWorkerState {
  /** A new version is installed and waits; `applyUpdate` activates it and reloads the page. */
  updateReady: boolean
  /** The app and its data are cached: it works without a network from now on. */
  offlineReady: boolean
}

export const INITIAL: ServiceWorkerState = { updateReady: false, offlineReady: false }

const state = createStore(INITIAL)
let activate: (() => Promise<void>) | null = null

function set(next: Partial<ServiceWorkerState>) {
  state.set({ ...state.get(), ...next })
}

export const subscribe = state.subscribe

export const serviceWorkerState = {
  get: state.get,
  updateReady(apply: () => Promise<void>) {
    activate = apply
    set({ updateReady: true, offlineReady: true })
  },
  offlineReady() {
    set({ offlineReady: true })
  },
  /** Hides the prompt for this page; the waiting version is offered again on the next visit. */
  dismissUpdate() {
    set({ updateReady: false })
  },
  async applyUpdate() {
    await activate?.()
  },
  /** Back to the initial state; for tests. */
  reset() {
    activate = null
    state.set(INITIAL)
  },
}
