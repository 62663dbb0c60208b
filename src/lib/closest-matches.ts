/**
 * "Did you mean": the items whose names are closest to what someone typed or mistyped in an address. Compares the
 * slugs by their letter pairs (Dice coefficient), which forgives typos, dropped words and reordering, and costs one
 * pass over the names (a few milliseconds for 10,000 titles).
 */
import { slugify } from './slug'

function letterPairs(text: string): Map<string, number> {
  const pairs = new Map<string, number>()
  for (const word of text.split('-')) {
    // Pad each word so one-letter words and word starts count too.
    const padded = ` ${word} `
    for (let i = 0; i < padded.length - 1; i++) {
      const pair = padded.slice(i, i + 2)
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
    }
  }
  return pairs
}

/** 0 (nothing shared) to 1 (same letters in the same pairs). */
export function similarity(a: string, b: string): number {
  const pairsA = letterPairs(slugify(a))
  const pairsB = letterPairs(slugify(b))
  let sizeA = 0
  let sizeB = 0
  let shared = 0
  for (const count of pairsA.values()) sizeA += count
  for (const [pair, count] of pairsB) {
    sizeB += count
    shared += Math.min(count, pairsA.get(pair) ?? 0)
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB)
}

/**
 * The `limit` items closest to `query`, best first. Leaves out those below `threshold` (unrelated names share a few
 * common pairs by chance) and those far behind the best (a near-exact match needs no runners-up).
 */
export function closestMatches<T>(
  query: string,
  items: readonly T[],
  nameOf: (item: T) => string,
  {
    limit = 3,
    threshold = 0.2,
    relative = 0.6,
  }: { limit?: number; threshold?: number; relative?: number } = {},
): T[] {
  const target = letterPairs(slugify(query))
  let targetSize = 0
  for (const count of target.values()) targetSize += count
  if (targetSize === 0) return []
  const scored: { item: T; score: number }[] = []
  for (const item of items) {
    const pairs = letterPairs(slugify(nameOf(item)))
    let size = 0
    let shared = 0
    for (const [pair, count] of pairs) {
      size += count
      shared += Math.min(count, target.get(pair) ?? 0)
    }
    const score = (2 * shared) / (size + targetSize)
    if (score >= threshold) scored.push({ item, score })
  }
  scored.sort((a, b) => b.score - a.score)
  const best = scored[0]?.score ?? 0
  return scored
    .filter(({ score }) => score >= best * relative)
    .slice(0, limit)
    .map(({ item }) => item)
}

/** A path segment as words: decoded when it can be, else with its broken escapes dropped. */
export function readableSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment.replace(/%[0-9a-f]{0,2}/gi, ' ')
  }
}
