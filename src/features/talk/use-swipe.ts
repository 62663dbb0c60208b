import { useEffect, useRef, type RefObject } from 'react'

/** A deliberate sideways flick: far enough, mostly horizontal, quick. Anything else is scrolling or reading. */
const MIN_DISTANCE = 70
const MAX_DURATION = 600

/**
 * Calls `onSwipeLeft`/`onSwipeRight` for a horizontal swipe on touch screens. Ignores swipes that begin in a form
 * control or a sideways-scrolling area, where the gesture means something else.
 */
export function useSwipe(
  ref: RefObject<HTMLElement | null>,
  handlers: { onSwipeLeft?: () => void; onSwipeRight?: () => void },
) {
  // The latest handlers, read when a swipe ends: the listeners stay attached across renders.
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const element = ref.current
    if (!element) return
    let start: { x: number; y: number; at: number } | null = null

    const onStart = (event: TouchEvent) => {
      const touch = event.touches[0]
      const target = event.target as Element | null
      if (
        event.touches.length !== 1 ||
        !touch ||
        target?.closest('input, textarea, select, [data-no-swipe]')
      ) {
        start = null
        return
      }
      start = { x: touch.clientX, y: touch.clientY, at: event.timeStamp }
    }
    const onEnd = (event: TouchEvent) => {
      const touch = event.changedTouches[0]
      if (!start || !touch) return
      const dx = touch.clientX - start.x
      const dy = touch.clientY - start.y
      const quick = event.timeStamp - start.at <= MAX_DURATION
      start = null
      if (!quick || Math.abs(dx) < MIN_DISTANCE || Math.abs(dx) < 2 * Math.abs(dy)) return
      // Selecting text with a drag is not a swipe.
      if (window.getSelection()?.toString()) return
      if (dx < 0) latest.current.onSwipeLeft?.()
      else latest.current.onSwipeRight?.()
    }
    const onCancel = () => {
      start = null
    }
    element.addEventListener('touchstart', onStart, { passive: true })
    element.addEventListener('touchend', onEnd, { passive: true })
    element.addEventListener('touchcancel', onCancel, { passive: true })
    return () => {
      element.removeEventListener('touchstart', onStart)
      element.removeEventListener('touchend', onEnd)
      element.removeEventListener('touchcancel', onCancel)
    }
  }, [ref])
}
