import { useSyncExternalStore } from 'react'
import { createStore } from '../../lib/create-store'

/** Whether the keyboard shortcuts dialog is open: `?` opens it, and so does the footer's button. */
const open = createStore(false)

export const openShortcuts = () => open.set(true)
export const closeShortcuts = () => open.set(false)

export function useShortcutsOpen(): boolean {
  return useSyncExternalStore(open.subscribe, open.get, () => false)
}
