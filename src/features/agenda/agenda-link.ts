/**
 * Share links: "/agenda?ids=a,b,c" carries a list of talk ids, so an agenda moves between devices without an
 * account. Ids are the talks' stable URL slugs; unknown ones are tolerated (the reader shows and skips them).
 */
import { paths } from '../../lib/paths'

export const SHARE_PARAM = 'ids'
/** More than any attendee stars; bounds the work a hand-made link can cause. */
const MAX_SHARED_IDS = 5000

/**
 * The agenda path carrying these ids. Commas stay readable: they are legal in a query, and ids are lowercase slugs
 * (validate-dataset), so a comma never occurs in one.
 */
export function agendaShareHref(ids: Iterable<string>): string {
  const list = [...new Set(ids)].map(encodeURIComponent).join(',')
  return `${paths.agenda.href()}?${SHARE_PARAM}=${list}`
}

/** The shared ids in a URL's search params, or null when it is not a shared link. */
export function readSharedIds(params: URLSearchParams): string[] | null {
  if (!params.has(SHARE_PARAM)) return null
  const ids = new Set<string>()
  for (const value of params.getAll(SHARE_PARAM))
    for (const part of value.split(',')) {
      const id = part.trim()
      if (id) ids.add(id)
      if (ids.size >= MAX_SHARED_IDS) return [...ids]
    }
  return [...ids]
}
