import { useEffect } from 'react'

/**
 * Keeps `--app-header-height` on the root element equal to the sticky header's height, which changes as it wraps
 * (a narrow phone, 200 % text, an offline line). The stylesheet uses it as the page's scroll padding, so a talk moved
 * to with the keyboard, a link tabbed to or a `#fragment` never lands under the header (WCAG 2.4.11).
 */
export function StickyInsets() {
  useEffect(() => {
    const header = document.querySelector<HTMLElement>('.app-header')
    if (!header || typeof ResizeObserver === 'undefined') return
    const root = document.documentElement
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--app-header-height', `${header.offsetHeight}px`)
    })
    observer.observe(header)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--app-header-height')
    }
  }, [])
  return null
}
