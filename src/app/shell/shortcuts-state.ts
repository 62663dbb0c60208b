import { useSyncExternalStore } from 'react'

/** Whether the keyboard shortcuts dialog is open: `?` opens it, and so does the footer's button. */
let open = false
const listeners = new Set<() => void>()

function set(value: boolean) {
  open = value
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export const openShortcuts = () => set(true)
export const closeShortcuts = () => set(false)

export function useShortcutsOpen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => open,
    () => false,
  )
}
