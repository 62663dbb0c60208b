import { describe, expect, it } from 'vitest'
import {
  decodePostings,
  encodePostings,
  MAX_COUNT,
  decodeNumbers,
  encodeNumbers,
  unzigzag,
  zigzag,
} from './postings-codec'

describe('postings codec', () => {
  it('round-trips talks and counts, capping counts', () => {
    const docs = [0, 1, 2, 31, 32, 1000, 40_000, 1_000_000]
    const counts = [1, 2, 3, 4, 9, 1, 2, 1]
    const decoded = decodePostings(encodePostings(docs, counts))
    expect([...decoded.docs]).toEqual(docs)
    expect([...decoded.counts]).toEqual(counts.map((c) => Math.min(c, MAX_COUNT)))
  })

  it('spends about a character per talk on a common term', () => {
    const docs = Array.from({ length: 1000 }, (_, i) => i * 2)
    expect(
      encodePostings(
        docs,
        docs.map(() => 1),
      ).length,
    ).toBe(1000)
  })

  it('is JSON-safe', () => {
    const text = encodePostings([5, 900, 70_000], [1, 4, 2])
    expect(JSON.stringify(text)).toBe(`"${text}"`)
  })

  it('rejects unsorted input and corrupt text', () => {
    expect(() => encodePostings([3, 3], [1, 1])).toThrow()
    expect(() => decodePostings('1"')).toThrow()
    expect(() => decodePostings('W')).toThrow()
  })
})

describe('numbers', () => {
  it('round-trips whole numbers, small and large', () => {
    const values = [0, 1, 31, 32, 1023, 1024, 5_000_000, 7]
    expect(decodeNumbers(encodeNumbers(values))).toEqual(values)
    expect(encodeNumbers([0, 5, 31])).toHaveLength(3)
  })

  it('carries signed gaps as zigzag numbers', () => {
    const gaps = [0, -1, 1, -2, 2, -1440, 90]
    expect(gaps.map(zigzag)).toEqual([0, 1, 2, 3, 4, 2879, 180])
    expect(gaps.map(zigzag).map(unzigzag)).toEqual(gaps)
  })

  it('rejects text that is not a list of numbers', () => {
    expect(() => decodeNumbers('1 2')).toThrow()
    expect(() => decodeNumbers('W')).toThrow()
  })
})
