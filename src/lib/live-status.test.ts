import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../data/types'
import { multiSessionDataset } from '../../tests/fixtures/multi-session'
import { liveStatus, nowTarget, type LiveSession } from './live-status'

function sessionsOf(dataset: Dataset): LiveSession[] {
  return dataset.sessions.map((session) => ({
    session,
    talks: dataset.talks
      .filter((t) => t.sessionId === session.id)
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
  }))
}

const neurips = JSON.parse(readFileSync('data/neurips-2018.json', 'utf8')) as Dataset
const at = (iso: string) => Date.parse(iso)

describe('liveStatus', () => {
  it('marks the talk in progress, the one after it, and what is over', () => {
    const status = liveStatus(sessionsOf(neurips), at('2018-12-04T12:52:00-08:00'))
    expect(status.get('neural-ordinary-differential-equations')).toEqual({
      state: 'now',
      minutesLeft: 13,
      percentDone: 13,
      minutesUntil: 0,
    })
    expect(
      status.get('bias-and-generalization-in-deep-generative-models-an-empirical-study'),
    ).toMatchObject({
      state: 'next',
      minutesUntil: 13,
    })
    expect(status.get('evolved-policy-gradients')?.state).toBe('past')
    expect(status.get('robustness-of-conditional-gans-to-noisy-labels')?.state).toBe('later')
    expect(nowTarget(sessionsOf(neurips), status)).toBe('neural-ordinary-differential-equations')
  })

  it('rounds the minutes left up, and a talk is over at its end', () => {
    const sessions = sessionsOf(neurips)
    expect(
      liveStatus(sessions, at('2018-12-04T13:04:30-08:00')).get(
        'neural-ordinary-differential-equations',
      )?.minutesLeft,
    ).toBe(1)
    const atEnd = liveStatus(sessions, at('2018-12-04T13:05:00-08:00'))
    expect(atEnd.get('neural-ordinary-differential-equations')?.state).toBe('past')
    expect(
      atEnd.get('bias-and-generalization-in-deep-generative-models-an-empirical-study')?.state,
    ).toBe('now')
  })

  it('marks one talk per parallel session', () => {
    // 09:35 on day 1: a2 (session A) and b1 (session B) both run.
    const status = liveStatus(sessionsOf(multiSessionDataset), at('2018-12-03T09:35:00-08:00'))
    expect(status.get('a2')?.state).toBe('now')
    expect(status.get('b1')?.state).toBe('now')
    expect(status.get('a1')?.state).toBe('past')
    // Session A goes on after a break: its next talk is next even though it is an hour away.
    expect(status.get('a3')?.state).toBe('next')
  })

  it('before a day starts, the first slot is next; afterwards nothing is', () => {
    const early = liveStatus(sessionsOf(multiSessionDataset), at('2018-12-03T08:00:00-08:00'))
    expect(early.get('a1')?.state).toBe('next')
    expect(early.get('b1')?.state).toBe('later')
    const status = liveStatus(sessionsOf(multiSessionDataset), at('2018-12-05T08:00:00-08:00'))
    expect([...status.values()].every((info) => info.state === 'past')).toBe(true)
    expect(nowTarget(sessionsOf(multiSessionDataset), status)).toBeNull()
  })
})
