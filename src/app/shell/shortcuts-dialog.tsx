import { useEffect, useRef } from 'react'
import { SHORTCUTS } from './shortcut-list'
import './shortcuts-dialog.css'

/**
 * The list of keyboard shortcuts in a modal `<dialog>`: the browser traps focus in it, closes it on Esc and gives
 * focus back to where it was.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const element = dialog.current
    // Opened once; no closing on cleanup: the element leaves with the component, after it has closed.
    if (element && !element.open) element.showModal()
  }, [])

  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-dialog-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-dialog-title" className="shortcuts-dialog__title">
        Keyboard shortcuts
      </h2>
      <dl className="shortcuts-dialog__list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys} className="shortcuts-dialog__row">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="shortcuts-dialog__close"
        onClick={() => dialog.current?.close()}
      >
        Close
      </button>
    </dialog>
  )
}
