/**
 * Epoch milliseconds of an ISO 8601 instant from the dataset, parsed once per distinct string. The live view reads
 * every talk's start and end each tick; at conference scale Date.parse was a good part of a render.
 */
const parsed = new Map<string, number>()

export function epochOf(iso: string): number {
  let epoch = parsed.get(iso)
  if (epoch === undefined) {
    epoch = Date.parse(iso)
    parsed.set(iso, epoch)
  }
  return epoch
}
