import { useClientStore } from '../../lib/client-store'
import { lazy } from 'react'

/** Where the grid is offered: a laptop's width and more (view-switch.css hides the switch below it). */
const WIDE = '(min-width: 64rem)'

function subscribeWide(listener: () => void): () => void {
  const query = window.matchMedia?.(WIDE)
  query?.addEventListener('change', listener)
  return () => query?.removeEventListener('change', listener)
}

const isWide = () => window.matchMedia?.(WIDE).matches ?? false
const never = () => false

/**
 * Whether the timeline shows the grid: the URL asks for it (?view=grid), the day has rooms to lay side by side, and
 * the screen is wide; on a phone the same link shows the list. Never while hydrating, as the prerendered page is the
 * list.
 */
export function useGridView(search: URLSearchParams, rooms: number): boolean {
  return useWideScreen() && rooms > 1 && search.get('view') === 'grid'
}

/** Wide enough for the grid, by the app's clock of hydration: false on the server and while hydrating. */
export function useWideScreen(): boolean {
  return useClientStore(subscribeWide, isWide, never)
}

/** The switch itself loads after hydration (view-switch-links.tsx): the grid is a wide screen's choice, and the first
 * visit of `/` pays for it only with this line. */
export const ViewSwitch = lazy(() => import('./view-switch-links'))
