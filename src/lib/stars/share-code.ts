/**
 * The compact form of a shared agenda, for lists too long to spell out as ids. A talk is its position in the
 * schedule's ids sorted by code unit, which changes only when talks are added or removed (not when one moves or is
 * retitled), so the code carries a fingerprint of that id list rather than the dataset's version: a link made before
 * an edit of times or titles still opens, and one made for a different list of talks says so instead of showing the
 * wrong ones. Short lists keep the readable `?ids=a,b` form, which survives any change of the schedule.
 *
 * `1<fingerprint>.<mode><payload>`, all URL-safe:
 * - `1` the format's version;
 * - the fingerprint: FNV-1a of the sorted ids, base 36;
 * - mode `r`: the runs of the bitmap below, alternately not starred / starred, each a base64url varint (5 bits a
 *   character, the sixth says "more follows"); short when the agenda is a few talks or long stretches;
 * - mode `b`: a bitmap, six talks a character, trailing empties dropped; never more than talks / 6 characters.
 * The shorter of the two is used, so any agenda of a 10,000-talk schedule takes at most 1,667 characters.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]))
const FORMAT = '1'

/** The schedule's ids in the order codes count them, with the fingerprint of that list. */
export interface ShareIndex {
  ids: readonly string[]
  position: ReadonlyMap<string, number>
  fingerprint: string
}

export function shareIndex(talkIds: Iterable<string>): ShareIndex {
  const ids = [...new Set(talkIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  let hash = 0x811c9dc5
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193)
    hash = Math.imul(hash ^ 10, 0x01000193)
  }
  return {
    ids,
    position: new Map(ids.map((id, i) => [id, i])),
    fingerprint: (hash >>> 0).toString(36),
  }
}

/** The code for these ids; ids the index does not have are left out (only known talks are shared). */
export function encodeShareCode(index: ShareIndex, talkIds: Iterable<string>): string {
  const bits = new Uint8Array(index.ids.length)
  for (const id of talkIds) {
    const at = index.position.get(id)
    if (at !== undefined) bits[at] = 1
  }
  const prefix = `${FORMAT}${index.fingerprint}.`
  const runs = runsOf(bits)
  const bitmap = bitmapOf(bits)
  return prefix + (runs.length <= bitmap.length ? `r${runs}` : `b${bitmap}`)
}

export type DecodedShareCode =
  { ok: true; ids: string[] } | { ok: false; reason: 'other-schedule' | 'unreadable' }

/** The ids a code stands for, or why it cannot be read against this schedule. Linear in code and schedule. */
export function decodeShareCode(index: ShareIndex, code: string): DecodedShareCode {
  const dot = code.indexOf('.')
  if (code[0] !== FORMAT || dot < 2) return { ok: false, reason: 'unreadable' }
  if (code.slice(1, dot) !== index.fingerprint) return { ok: false, reason: 'other-schedule' }
  const mode = code[dot + 1]
  const payload = code.slice(dot + 2)
  const positions =
    mode === 'r'
      ? fromRuns(payload, index.ids.length)
      : mode === 'b'
        ? fromBitmap(payload, index.ids.length)
        : null
  if (!positions) return { ok: false, reason: 'unreadable' }
  return { ok: true, ids: positions.map((at) => index.ids[at]!) }
}

function bitmapOf(bits: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0
    for (let j = 0; j < 6; j++) if (bits[i + j]) value |= 1 << j
    out += ALPHABET[value]
  }
  return out.replace(/A+$/, '')
}

function fromBitmap(payload: string, size: number): number[] | null {
  if (payload.length > Math.ceil(size / 6)) return null
  const positions: number[] = []
  for (let i = 0; i < payload.length; i++) {
    const value = VALUE.get(payload[i]!)
    if (value === undefined) return null
    for (let j = 0; j < 6; j++) if (value & (1 << j)) positions.push(i * 6 + j)
  }
  return positions.every((at) => at < size) ? positions : null
}

function runsOf(bits: Uint8Array): string {
  let out = ''
  const last = bits.lastIndexOf(1)
  let i = 0
  let bit = 0
  while (i <= last) {
    let run = 0
    while (i + run <= last && bits[i + run] === bit) run++
    out += varint(run)
    i += run
    bit ^= 1
  }
  return out
}

function varint(n: number): string {
  let out = ''
  do {
    const low = n & 31
    n = Math.floor(n / 32)
    out += ALPHABET[n > 0 ? low | 32 : low]
  } while (n > 0)
  return out
}

function fromRuns(payload: string, size: number): number[] | null {
  const positions: number[] = []
  let at = 0
  let bit = 0
  let i = 0
  while (i < payload.length) {
    let run = 0
    let scale = 1
    for (;;) {
      const value = VALUE.get(payload[i++] ?? '')
      if (value === undefined || scale > size) return null
      run += (value & 31) * scale
      scale *= 32
      if (!(value & 32)) break
    }
    if (at + run > size) return null
    if (bit) for (let k = 0; k < run; k++) positions.push(at + k)
    at += run
    bit ^= 1
  }
  return positions
}
