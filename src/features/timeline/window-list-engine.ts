/**
 * The long list's engine, a chunk of its own: TanStack Virtual's core (about 11 KiB gzip), which measures the rows
 * and keeps only those near the viewport in the DOM. The list renders without it until the reader scrolls (see
 * ./use-window-list.ts), so a first visit that only looks never downloads it. Imported through the React adapter,
 * whose hook the app does not use: the bundler keeps the core only.
 */
export {
  observeWindowOffset,
  observeWindowRect,
  Virtualizer,
  windowScroll,
} from '@tanstack/virtual-core'
