import { lazy, Suspense, useEffect, useState } from 'react'
import { SEARCH_INPUT_ID } from '../../features/search/search-ids'
import { loadStars } from '../../lib/stars/stars'
import { closeShortcuts, openShortcuts, useShortcutsOpen } from './shortcuts-state'

// Loaded when first asked for: most readers never open it, and the first visit's JS budget is tight.
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((module) => ({ default: module.ShortcutsDialog })),
)

/** Would a key typed here be text (or belong to an open dialog)? Then it is not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target.closest('dialog')) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    )
  )
}

/**
 * The keyboard shortcuts: `/` goes to the header's search box, `j` and `k` move through the talks of any list, `s`
 * stars or unstars the current one, `?` lists them all. Keys typed into a field are text, never shortcuts.
 * This part only listens; what the keys do loads with the first one (shortcut-actions.ts).
 */
export function KeyboardShortcuts() {
  const open = useShortcutsOpen()
  const [said, setSaid] = useState('')

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.isComposing || isTyping(event.target)) return
      const key = event.key
      if (key === '/') {
        const search = document.getElementById(SEARCH_INPUT_ID)
        if (!(search instanceof HTMLInputElement)) return
        event.preventDefault()
        search.focus()
        search.select()
        return
      }
      if (key === '?') {
        event.preventDefault()
        openShortcuts()
        return
      }
      if (key !== 'j' && key !== 'k' && key !== 's') return
      event.preventDefault()
      // `s` needs the star store; j and k wait for it too, so keys typed while both load still run in order.
      void Promise.all([import('./shortcut-actions'), loadStars()]).then(
        ([{ runShortcut }, stars]) => setSaid(runShortcut(key, stars)),
        // A chunk that cannot load (offline before the app was ever cached): said, not swallowed.
        () => setSaid('Shortcuts could not load. Check the connection and try again.'),
      )
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <>
      <p role="status" className="visually-hidden">
        {said}
      </p>
      {open && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={closeShortcuts} />
        </Suspense>
      )}
    </>
  )
}
