import { useEffect, useState } from 'react'
import { visibleBand } from '../../lib/visible-band'

/** Whether most of a box lies in the band: its middle does. */
export function isOnScreen(
  box: { top: number; height: number },
  band: { top: number; bottom: number },
): boolean {
  const middle = box.top + box.height / 2
  return middle >= band.top && middle <= band.bottom
}

/**
 * Whether the element with this id is on screen, clear of the header and bottom navigation. Checked a frame after
 * each render of the caller and after each scroll or resize (a virtual list mounts rows as the page scrolls), never
 * in the middle of a render or a commit. True until first checked, so what it hides does not flash in for a frame.
 */
export function useElementOnScreen(id: string | null): boolean {
  const [onScreen, setOnScreen] = useState(true)
  useEffect(() => {
    let frame = 0
    const check = () => {
      frame = 0
      const element = id === null ? null : document.getElementById(id)
      setOnScreen(element !== null && isOnScreen(element.getBoundingClientRect(), visibleBand()))
    }
    const schedule = () => {
      frame ||= requestAnimationFrame(check)
    }
    schedule()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  })
  return onScreen
}
