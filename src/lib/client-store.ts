import { createContext, useContext, useSyncExternalStore } from 'react'

/**
 * Whether the app has taken over the page: false while it hydrates prerendered HTML, true once it has (and from the
 * start of a render without prerendered HTML). The app flips it in a transition after hydrating (src/app/app.tsx),
 * so the render that brings in what only the browser knows (the clock, the zone and theme choices, the locale) can
 * yield to the browser. Through useSyncExternalStore's server snapshot alone, React makes that render blocking: one
 * long task over the whole page.
 */
export const HydratedContext = createContext(true)

const noSubscription = () => () => {}

/**
 * useSyncExternalStore for what the server cannot know: `serverSnapshot` on the server and while hydrating, the
 * store's own reading once the app has hydrated (see HydratedContext).
 */
export function useClientStore<T>(
  subscribe: (listener: () => void) => () => void,
  getSnapshot: () => T,
  serverSnapshot: () => T,
): T {
  const hydrated = useContext(HydratedContext)
  return useSyncExternalStore(
    hydrated ? subscribe : noSubscription,
    hydrated ? getSnapshot : serverSnapshot,
    serverSnapshot,
  )
}

/** A browser fact that does not change while the page is open (its URL, zone, locale): `serverSnapshot` until then. */
export function useClientValue<T>(read: () => T, serverSnapshot: () => T): T {
  return useClientStore(noSubscription, read, serverSnapshot)
}
