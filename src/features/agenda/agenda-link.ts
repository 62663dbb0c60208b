/**
 * Share links. A short agenda travels as its ids, "/agenda?ids=a,b,c", readable and good for any later version of
 * the schedule; a long one as a compact code, "/agenda?a=1xyz.r...", that stays under MAX_SHARE_LENGTH for any
 * agenda (the code itself: src/lib/stars/share-code.ts). Only talks the schedule knows are put in a link; links
 * built elsewhere may carry others, which the reader reports and skips. Old links (ids only) still open.
 */
import { paths } from '../../lib/paths'
import { MAX_SHARE_LENGTH, MAX_SHARED_IDS } from '../../lib/stars/star-bounds'
import { decodeShareCode, encodeShareCode, type ShareIndex } from '../../lib/stars/share-code'

export const SHARE_PARAM = 'ids'
export const CODE_PARAM = 'a'
/** Ids up to here stay readable; past it the compact code is used. */
const MAX_READABLE_LENGTH = MAX_SHARE_LENGTH / 4

/**
 * The agenda path sharing these ids (those the schedule knows). Commas stay readable: they are legal in a query,
 * and ids never hold one (the id rule, `ID` in scripts/dataset/dataset-schema.ts).
 */
export function agendaShareHref(index: ShareIndex, ids: Iterable<string>): string {
  const known = [...new Set(ids)].filter((id) => index.position.has(id))
  const readable = `${paths.agenda.href()}?${SHARE_PARAM}=${known.map(encodeURIComponent).join(',')}`
  if (readable.length <= MAX_READABLE_LENGTH) return readable
  return `${paths.agenda.href()}?${CODE_PARAM}=${encodeShareCode(index, known)}`
}

export interface SharedIds {
  ids: string[]
  /** Why the link's talks cannot be read, when they cannot. */
  problem?: 'other-schedule' | 'unreadable'
}

/** The shared ids in a URL's search params, or null when it is not a shared link. */
export function readSharedIds(params: URLSearchParams, index: ShareIndex): SharedIds | null {
  const code = params.get(CODE_PARAM)
  if (code !== null) {
    const decoded = decodeShareCode(index, code.trim())
    return decoded.ok ? { ids: decoded.ids } : { ids: [], problem: decoded.reason }
  }
  if (!params.has(SHARE_PARAM)) return null
  const ids = new Set<string>()
  for (const value of params.getAll(SHARE_PARAM))
    for (const part of value.split(',')) {
      const id = part.trim()
      if (id) ids.add(id)
      if (ids.size >= MAX_SHARED_IDS) return { ids: [...ids] }
    }
  return { ids: [...ids] }
}
