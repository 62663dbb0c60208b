/**
 * The site's absolute base URL ("https://host/plenary/"), for links that leave the app: calendar files, share links.
 * Read at the moment it is needed, from where the app is actually served; unknown while rendering on the server.
 */
import { useClientValue } from './client-store'

export function siteUrl(): string {
  return `${window.location.origin}${import.meta.env.BASE_URL}`
}

/** An app path ("/agenda?ids=...") as an absolute URL. */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.replace(/^\//, '')}`
}

/** `siteUrl()` for rendering: null on the server, so a prerendered page never bakes in the build machine's host. */
export function useSiteUrl(): string | null {
  return useClientValue(siteUrl, () => null)
}
