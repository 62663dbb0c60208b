/**
 * The band of the window that content shows in: below the sticky header, above the bottom navigation (phones).
 * Measured, not derived from CSS, so it is right whatever the header wraps to.
 */
export function visibleBand(): { top: number; bottom: number } {
  const header = document.querySelector('.app-header')?.getBoundingClientRect()
  const nav = document.querySelector('.bottom-nav')?.getBoundingClientRect()
  return {
    top: header ? Math.max(0, header.bottom) : 0,
    bottom: nav && nav.height > 0 ? nav.top : window.innerHeight,
  }
}
