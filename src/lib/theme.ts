/**
 * Light or dark: the system's choice (prefers-color-scheme) unless the reader picked one, which is remembered. The
 * one module that owns the `plenary:theme` key.
 *
 * The scheme lives on `<html data-theme>`, outside the tree React renders: index.html's inline script applies the
 * remembered choice before first paint (it reads the same key, keep the two in step), so a prerendered page neither
 * flashes the wrong colours nor hydrates differently. Without `data-theme` the stylesheet follows the system.
 */
import { useClientStore } from './client-store'
import { createStore } from './create-store'

export const THEME_KEY = 'plenary:theme'

export type Scheme = 'light' | 'dark'

const DARK_QUERY = '(prefers-color-scheme: dark)'

function isScheme(value: unknown): value is Scheme {
  return value === 'light' || value === 'dark'
}

function storedChoice(): Scheme | null {
  try {
    const value = localStorage.getItem(THEME_KEY)
    return isScheme(value) ? value : null
  } catch {
    return null
  }
}

function systemScheme(): Scheme {
  return window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light'
}

/** The scheme the page shows now. */
export function currentScheme(): Scheme {
  return storedChoice() ?? systemScheme()
}

function apply(choice: Scheme | null) {
  const root = document.documentElement
  if (choice) root.dataset.theme = choice
  else delete root.dataset.theme
}

// The scheme is read from storage and the media query; the store only says when either changed.
const changes = createStore(null, () => {
  const media = window.matchMedia?.(DARK_QUERY)
  // Another tab's choice applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_KEY && event.key !== null) return
    apply(storedChoice())
    changes.emit()
  }
  media?.addEventListener('change', changes.emit)
  window.addEventListener('storage', onStorage)
  return () => {
    media?.removeEventListener('change', changes.emit)
    window.removeEventListener('storage', onStorage)
  }
})

/**
 * Shows `scheme` and remembers it, unless it is what the system shows anyway: then the choice is forgotten and the
 * page follows the system again (a phone that turns dark at night keeps doing so).
 */
export function setScheme(scheme: Scheme) {
  const choice = scheme === systemScheme() ? null : scheme
  try {
    if (choice) localStorage.setItem(THEME_KEY, choice)
    else localStorage.removeItem(THEME_KEY)
  } catch {
    // Storage off: the choice lasts for this page.
  }
  apply(choice)
  changes.emit()
}

/** The scheme shown; null on the server and during hydration, when it is not known. */
export function useScheme(): Scheme | null {
  return useClientStore(changes.subscribe, currentScheme, () => null)
}
