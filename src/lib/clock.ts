/**
 * The app's clock: real time, or real time shifted so that it started at the instant given by `?now=` on the first
 * page (a preview of the live view, and what tests use). The shift lives in this module, so it survives navigation
 * inside the app and keeps running. React reads the clock through `useNow()`, which is null on the server and during
 * hydration: prerendered HTML cannot know the time it will be read at.
 */
import { useClientStore } from './client-store'
import { createStore } from './create-store'

/** How often the live view updates. The issue asks for at least every 30 s; minutes-left needs finer. */
export const TICK_MS = 15_000

// ISO 8601 instants with a zone: 2018-12-04T12:52:00-08:00, 2018-12-04T20:52Z, 2018-12-04T20:52:00.000+0000.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i

/**
 * The epoch ms of a `?now=` value, or null when it is not an ISO 8601 instant. A "+" in a query string arrives as a
 * space ("12:52:00 01:00"), so a space before the offset is read as "+".
 */
export function parseInstant(value: string | null | undefined): number | null {
  if (!value) return null
  const text = value.trim().replace(/ (\d{2}:?\d{2})$/, '+$1')
  if (!INSTANT.test(text)) return null
  const normalised = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
  const epoch = Date.parse(normalised)
  return Number.isNaN(epoch) ? null : epoch
}

let offsetMs = 0
let lastAppliedParam: string | null = null
/** The reading in whole seconds; 0 until first read. Ticks only while something listens. */
const ticks = createStore(0, () => {
  const timer = setInterval(refresh, TICK_MS)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    clearInterval(timer)
    document.removeEventListener('visibilitychange', onVisibility)
  }
})

/**
 * The address the document was opened with, even after the app has moved on with pushState: the first page's ?now=
 * counts whichever route first reads the clock (this module loads with the routes that use it, not the entry).
 */
function documentSearch(): string {
  const entry = performance.getEntriesByType?.('navigation')[0]
  try {
    return new URL(entry?.name || window.location.href).search
  } catch {
    return window.location.search
  }
}

/** The clock's reading in epoch ms. */
export function clockNow(): number {
  return Date.now() + offsetMs
}

/** Whole seconds, so many subscribers mounting in the same second agree and don't re-render each other. */
function reading(): number {
  return Math.floor(clockNow() / 1000) * 1000
}

function refresh() {
  ticks.set(reading())
}

/** Starts the clock at `epochMs` (it keeps running from there). */
export function startClockAt(epochMs: number) {
  offsetMs = epochMs - Date.now()
  refresh()
}

/** Back to real time; for tests. */
export function resetClock() {
  offsetMs = 0
  lastAppliedParam = null
  refresh()
}

/**
 * Applies `?now=` from a location's search string. Only a new value restarts the clock, so going Back to the first
 * URL (which still carries it) does not rewind time. Returns whether the clock was set.
 */
export function applyNowParam(search: string): boolean {
  const raw = new URLSearchParams(search).get('now')
  if (raw === null || raw === lastAppliedParam) return false
  const epoch = parseInstant(raw)
  if (epoch === null) return false
  lastAppliedParam = raw
  startClockAt(epoch)
  return true
}

if (typeof window !== 'undefined') applyNowParam(documentSearch())

function onVisibility() {
  // A phone that slept for an hour shows the right talk the moment it wakes, not up to a tick later.
  if (document.visibilityState === 'visible') refresh()
}

function subscribe(listener: () => void): () => void {
  const unsubscribe = ticks.subscribe(listener)
  // The reading may be stale after a while with no subscriber.
  refresh()
  return unsubscribe
}

function getSnapshot(): number {
  // Only 0 before anything subscribed (subscribing refreshes), so this tells no listener during a render.
  if (ticks.get() === 0) refresh()
  return ticks.get()
}

function getServerSnapshot(): null {
  return null
}

/** The clock in epoch ms, updated every TICK_MS; null on the server and while hydrating. */
export function useNow(): number | null {
  return useClientStore(subscribe, getSnapshot, getServerSnapshot)
}
