/**
 * The one shape of the app's hand-rolled external stores, which React reads through useSyncExternalStore or
 * useClientStore. `watch` starts whatever feeds the store from outside (a timer, the `storage` event) when the first
 * listener comes, and returns how to stop it when the last one leaves.
 */
export interface Store<T> {
  get: () => T
  /** Keeps `value` and tells the listeners, unless it is the value already held. */
  set: (value: T) => void
  /** Tells the listeners that what they read changed outside the held value (storage, a media query). */
  emit: () => void
  subscribe: (listener: () => void) => () => void
}

export function createStore<T>(initial: T, watch?: () => () => void): Store<T> {
  let value = initial
  let unwatch: (() => void) | undefined
  const listeners = new Set<() => void>()
  const emit = () => {
    for (const listener of listeners) listener()
  }
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return
      value = next
      emit()
    },
    emit,
    subscribe(listener) {
      listeners.add(listener)
      if (listeners.size === 1) unwatch = watch?.()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) {
          unwatch?.()
          unwatch = undefined
        }
      }
    },
  }
}
