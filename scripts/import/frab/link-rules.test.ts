import { describe, expect, it } from 'vitest'
import { detectCancellation } from './cancelled'
import { classifyLink } from './link-types'

describe('classifyLink', () => {
  it.each([
    ['Chat room(web)', 'https://chat.fosdem.org/#/room/#2026-main:fosdem.org', undefined, 'chat'],
    ['Chat room(app)', 'https://matrix.to/#/#2026-main:fosdem.org', undefined, 'chat'],
    [
      'Submit Feedback',
      'https://pretalx.fosdem.org/fosdem-2026/talk/SFKNTZ/feedback/',
      undefined,
      'feedback',
    ],
    [
      'draft slides',
      'https://fosdem.org/2026/events/attachments/X/slides/1/draft.pdf',
      'slides',
      'slides',
    ],
    [
      'TDX demo video',
      'https://fosdem.org/2026/events/attachments/X/slides/2/tdx.mp4',
      'slides',
      'video',
    ],
    ['Recording', 'https://media.ccc.de/v/rc3-123', undefined, 'video'],
    ['Talk', 'https://www.youtube.com/watch?v=abc', undefined, 'video'],
    ['Github repository', 'https://github.com/a/b', undefined, 'code'],
    ['imquic repo', 'https://example.org/imquic', undefined, 'code'],
    ['Source', 'https://gitlab.freedesktop.org/mesa/mesa', undefined, 'code'],
    ['Source', 'https://codeberg.org/a/b', undefined, 'code'],
    ['arXiv paper', 'https://arxiv.org/abs/1234.5678', undefined, 'paper'],
    ['Poster', 'https://example.org/p.pdf', undefined, 'poster'],
    ['Project website', 'https://raylib.com', undefined, 'other'],
  ] as const)('%s %s (%s) -> %s', (title, url, declaredType, type) => {
    expect(
      classifyLink({ title, url, kind: 'link', ...(declaredType ? { declaredType } : {}) }),
    ).toBe(type)
  })
})

describe('detectCancellation', () => {
  it.each([
    ['CANCELLED: Old talk', {}, true, 'Old talk'],
    ['Cancelled: Old talk', {}, true, 'Old talk'],
    ['[cancelled] Old talk', {}, true, 'Old talk'],
    ['(Canceled) Old talk', {}, true, 'Old talk'],
    ['CANCELLED Old talk', {}, true, 'Old talk'],
    ['Cancelled - Old talk', {}, true, 'Old talk'],
    ['Old talk', { type: 'Cancelled' }, true, 'Old talk'],
    ['Old talk', { track: 'cancelled' }, true, 'Old talk'],
    ['Old talk', { status: 'cancelled' }, true, 'Old talk'],
    // Not cancellations: the word in a title, and a title that is only the marker.
    ['Cancelled flights and open data', {}, false, 'Cancelled flights and open data'],
    ['Why we cancelled our cloud', {}, false, 'Why we cancelled our cloud'],
    ['CANCELLED', {}, false, 'CANCELLED'],
    ['Old talk', { status: 'confirmed', type: 'talk' }, false, 'Old talk'],
  ] as const)('%s %o -> %s', (title, fields, cancelled, shown) => {
    expect(detectCancellation({ title, ...fields })).toEqual({ cancelled, title: shown })
  })
})
