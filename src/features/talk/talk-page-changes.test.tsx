import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publishedSchedule } from '../../../tests/fixtures/published-schedule'
import { renderTalkRoute } from '../../../tests/fixtures/render-talk-route'
import { recordChanges, resetChangesRecordForTests } from '../../lib/changes/changes-record'
import { CHANGES_KEY } from '../../lib/changes/changes-record-key'

beforeEach(() => {
  localStorage.clear()
  resetChangesRecordForTests()
})
afterEach(() => cleanup())

describe('the talk page and schedule changes', () => {
  it('marks the talk’s recorded changes seen when it opens, and no other talk’s', async () => {
    act(() => {
      recordChanges({
        fromVersion: 'a',
        toVersion: 'b',
        noticedAt: 1,
        starred: [
          {
            talkId: 'rust',
            title: 'Rust im Kernel',
            changes: [{ kind: 'room', from: 'Janson', to: 'K.1.105' }],
          },
          {
            talkId: 'keynote',
            title: 'Opening keynote',
            changes: [{ kind: 'title', from: 'Hello', to: 'Opening keynote' }],
          },
        ],
        others: [],
      })
    })
    renderTalkRoute('rust', publishedSchedule)
    const seen = () =>
      (
        JSON.parse(localStorage.getItem(CHANGES_KEY)!) as {
          starred: { talkId: string; seen: boolean }[]
        }
      ).starred
    await waitFor(() => expect(seen().find((e) => e.talkId === 'rust')?.seen).toBe(true))
    expect(seen().find((e) => e.talkId === 'keynote')?.seen).toBe(false)
  })

  it('leads an old link of a renamed talk to the talk as it is now', async () => {
    const renamed = {
      ...publishedSchedule,
      talks: publishedSchedule.talks.map((t) =>
        t.id === 'rust' ? { ...t, formerIds: ['rust-old'] } : t,
      ),
    }
    renderTalkRoute('rust-old', renamed)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rust im Kernel' }),
    ).toBeInTheDocument()
  })

  it('still says an unknown talk is not in the schedule', () => {
    renderTalkRoute('never-was', publishedSchedule)
    expect(
      screen.queryByRole('heading', { level: 1, name: 'Rust im Kernel' }),
    ).not.toBeInTheDocument()
  })

  it('keeps a cancelled talk reachable by its link, saying it is cancelled', () => {
    renderTalkRoute('cancelled', publishedSchedule)
    expect(screen.getByRole('heading', { level: 1, name: 'An old talk' })).toBeInTheDocument()
    expect(screen.getByText('Cancelled')).toBeInTheDocument()
  })
})
