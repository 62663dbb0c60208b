import { beforeAll, describe, expect, it } from 'vitest'
import { plainText } from '../../src/data/rich-text'
import { validateDataset } from '../dataset/validate-dataset'
import { generateConference } from './generate-conference'

// Each generation takes a second or more on a busy machine: set-up, with its own generous timeout.
const SET_UP_TIMEOUT_MS = 120_000

describe('generateConference', () => {
  const { dataset, topicOfTalk, topics } = generateConference({ talks: 500, seed: 7 })
  let again: ReturnType<typeof generateConference>
  let otherSeed: ReturnType<typeof generateConference>
  beforeAll(() => {
    again = generateConference({ talks: 500, seed: 7 })
    otherSeed = generateConference({ talks: 500, seed: 8 })
  }, SET_UP_TIMEOUT_MS)

  it('makes a valid dataset of the size asked for', () => {
    expect(validateDataset(dataset)).toEqual([])
    expect(dataset.talks).toHaveLength(500)
  })

  it('is the same for the same seed and different for another', () => {
    expect(again.dataset).toEqual(dataset)
    expect(otherSeed.dataset.talks[0]!.title).not.toBe(dataset.talks[0]!.title)
  })

  it('has several days, parallel tracks, 3-8 authors and 150-250-word abstracts', () => {
    expect(dataset.days.length).toBeGreaterThan(1)
    expect(new Set(dataset.sessions.map((s) => s.track)).size).toBeGreaterThan(1)
    for (const talk of dataset.talks) {
      expect(talk.authorIds.length).toBeGreaterThanOrEqual(3)
      expect(talk.authorIds.length).toBeLessThanOrEqual(8)
      const words = plainText(talk.abstract).split(/\s+/).length
      expect(words).toBeGreaterThanOrEqual(150)
      expect(words).toBeLessThanOrEqual(250)
    }
  })

  it("knows every talk's topic, and the topic shows in its text", () => {
    for (const talk of dataset.talks.slice(0, 50)) {
      const topic = topics.find((t) => t.id === topicOfTalk[talk.id])!
      const text = `${talk.title} ${plainText(talk.abstract)}`.toLowerCase()
      expect(topic.terms.some((term) => text.includes(term.toLowerCase()))).toBe(true)
    }
  })
})
