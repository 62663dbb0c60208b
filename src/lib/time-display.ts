/**
 * How times are shown right now: in which zone and locale. Both depend on the browser, so on the server and during
 * hydration they are the conference's zone and the prerender's locale, and the viewer's own apply right after.
 */
import { useClientValue } from './client-store'
import { useZoneChoice, type ZoneChoice } from './zone-preference'

/** The locale prerendered HTML is written in; the browser's own takes over after hydration. */
export const PRERENDER_LOCALE = 'en-US'

// Read once: building an Intl.DateTimeFormat costs milliseconds, and the answers do not change while the page is open.
let viewer: { zone: string | null; locale: string } | undefined

function readViewer() {
  if (!viewer) {
    const options = new Intl.DateTimeFormat().resolvedOptions()
    viewer = { zone: options.timeZone || null, locale: options.locale }
  }
  return viewer
}

function readViewerZone(): string | null {
  return readViewer().zone
}

function readViewerLocale(): string {
  return readViewer().locale
}

/** The viewer's IANA zone (null on the server, during hydration, or when the browser does not say). */
export function useViewerTimeZone(): string | null {
  return useClientValue(readViewerZone, () => null)
}

export function useLocale(): string {
  return useClientValue(readViewerLocale, () => PRERENDER_LOCALE)
}

export interface TimeDisplay {
  /** The zone times are shown in. */
  timeZone: string
  conferenceZone: string
  /** The viewer's zone once known; null before. */
  viewerZone: string | null
  choice: ZoneChoice
  locale: string
}

export function useTimeDisplay(conferenceZone: string): TimeDisplay {
  const choice = useZoneChoice()
  const viewer = useViewerTimeZone()
  const locale = useLocale()
  return {
    timeZone: choice === 'viewer' && viewer ? viewer : conferenceZone,
    conferenceZone,
    viewerZone: viewer,
    choice,
    locale,
  }
}

/** Forgets what was read from the browser; for tests that change the zone or locale. */
export function resetViewerForTests() {
  viewer = undefined
}
