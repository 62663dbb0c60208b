import { act, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { publishedSchedule } from '../../../tests/fixtures/published-schedule'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import type { ChangedTalk } from '../../lib/changes/change-types'
import {
  markAllSeen,
  recordChanges,
  resetChangesRecordForTests,
} from '../../lib/changes/changes-record'
import { loadStars } from '../../lib/stars/stars'
import { AgendaPage } from './agenda-page'

const starStore = await loadStars()

function rowOf(title: string): HTMLElement {
  return screen.getByRole('link', { name: title }).closest('li')!
}

function record(starred: ChangedTalk[]) {
  recordChanges({ fromVersion: 'a', toVersion: 'b', noticedAt: 1, starred, others: [] })
}

beforeEach(() => {
  localStorage.clear()
  starStore.resetForTests()
  resetChangesRecordForTests()
})

describe('schedule changes on your agenda', () => {
  it('marks a starred talk with unseen changes, and links to /changes with how many', () => {
    starStore.starMany(['a1', 'a2'])
    record([
      {
        talkId: 'a1',
        title: 'Attention Is Enough',
        changes: [
          {
            kind: 'time',
            from: { start: '2018-12-03T08:00:00-08:00', end: '2018-12-03T08:20:00-08:00' },
            to: { start: '2018-12-03T09:00:00-08:00', end: '2018-12-03T09:20:00-08:00' },
          },
        ],
      },
      {
        talkId: 'a2',
        title: 'Sparse Transformers; Again',
        changes: [{ kind: 'room', from: 'Hall C', to: 'Room 220 East' }],
      },
    ])
    renderWithSchedule(<AgendaPage />, { url: '/agenda', path: '/agenda' })
    expect(
      within(rowOf('Attention Is Enough')).getByText(/^Changed: moved to 9:00\sAM$/),
    ).toBeInTheDocument()
    expect(
      within(rowOf('Sparse Transformers; Again')).getByText('Changed: now in Room 220 East'),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Schedule changes 2 new' })).toHaveAttribute(
      'href',
      '/changes',
    )

    act(() => markAllSeen())
    expect(screen.queryByText(/^Changed:/)).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Schedule changes' })).toBeInTheDocument()
  })

  it('shows a cancelled starred talk as cancelled, and leaves it out of the clash check', () => {
    // "An old talk" (cancelled) and "Rust im Kernel" share 10:30 to 11:00.
    starStore.starMany(['cancelled', 'rust'])
    renderWithSchedule(<AgendaPage />, {
      url: '/agenda',
      path: '/agenda',
      dataset: publishedSchedule,
    })
    expect(within(rowOf('An old talk')).getByText('Cancelled')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'An old talk' })).toHaveAttribute(
      'href',
      '/talks/cancelled',
    )
    expect(screen.queryByText('Clashes with')).not.toBeInTheDocument()
    expect(screen.getByText('2 talks')).toBeInTheDocument()
  })
})
