import { useEffect, useRef, useState } from 'react'
import { downloadFile } from '../lib/download-file'
import { useStarFaults, useUndoOffer, withStars, type UndoOffer } from '../lib/stars/stars'
import { DismissButton } from './dismiss-button'
import './star-notices.css'

/** How long Undo stays offered; the timer pauses while the pointer or focus is on the notice. */
export const UNDO_MS = 8000

/**
 * What the star notices say: a storage fault (told once, dismissible) and the Undo offered after unstarring. Loaded
 * only when there is something to say (see star-notices.tsx), inside the live region that the shell always renders.
 */
export default function StarNoticesContent() {
  const faults = useStarFaults()
  const offer = useUndoOffer()
  const [memoryNoticeClosed, setMemoryNoticeClosed] = useState(false)
  const recovered = faults.recovered
  return (
    <>
      {recovered && (
        <div className="star-notice">
          <p className="star-notice__text">
            {recovered.reason === 'bad-entries'
              ? `${recovered.count === 1 ? '1 of your saved stars' : `${recovered.count} of your saved stars`} could not be read; the others are kept.`
              : 'Your saved stars could not be read, so your agenda started fresh.'}
            {recovered.backupKey
              ? ' A copy is set aside in this browser: your agenda can restore it.'
              : ' The old data is left untouched; new stars last until you close this tab.'}
          </p>
          <div className="star-notice__actions">
            {recovered.backupKey && (
              <button
                type="button"
                className="star-notice__button"
                onClick={() => downloadRaw(recovered.backupKey!)}
              >
                Download the old data
              </button>
            )}
            <button
              type="button"
              className="star-notice__button"
              onClick={() => withStars((stars) => stars.dismissRecovered())}
            >
              OK
            </button>
          </div>
        </div>
      )}
      {faults.memoryOnly && !memoryNoticeClosed && (
        <div className="star-notice">
          <p className="star-notice__text">
            {faults.storageFull
              ? 'Your star could not be saved: this browser’s storage for the site is full. Stars made now work until you close this tab; download a backup from your agenda to keep them.'
              : 'Stars can’t be saved in this browser (storage is off or full). They work until you close this tab; download a backup from your agenda to keep them.'}
          </p>
          <div className="star-notice__actions">
            <button
              type="button"
              className="star-notice__button"
              onClick={() => setMemoryNoticeClosed(true)}
            >
              OK
            </button>
          </div>
        </div>
      )}
      {offer && <UndoNotice key={offer.key} offer={offer} />}
    </>
  )
}

function downloadRaw(key: string) {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(key)
  } catch {
    raw = null
  }
  if (raw !== null) downloadFile('plenary-stars-old-data.txt', raw, 'text/plain;charset=utf-8')
}

function UndoNotice({ offer }: { offer: UndoOffer }) {
  const [paused, setPaused] = useState(false)
  // Whatever had focus when the star was unstarred (its button) gets it back after Undo.
  const returnFocus = useRef<Element | null>(
    typeof document === 'undefined' ? null : document.activeElement,
  )
  useEffect(() => {
    if (paused) return
    const timer = setTimeout(() => withStars((stars) => stars.dismissUndo(offer.key)), UNDO_MS)
    return () => clearTimeout(timer)
  }, [paused, offer.key])

  return (
    <div
      className="star-notice star-notice--undo"
      onPointerEnter={() => setPaused(true)}
      onPointerLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setPaused(false)
      }}
    >
      <p className="star-notice__text">Removed “{offer.title}” from your agenda.</p>
      <div className="star-notice__actions">
        <button
          type="button"
          className="star-notice__button"
          onClick={() => {
            const target = returnFocus.current
            withStars((stars) => stars.undoUnstar(offer.key))
            if (target instanceof HTMLElement && target.isConnected) target.focus()
          }}
        >
          Undo
        </button>
        <DismissButton
          label="Dismiss"
          className="star-notice__button star-notice__close"
          onClick={() => withStars((stars) => stars.dismissUndo(offer.key))}
        />
      </div>
    </div>
  )
}
