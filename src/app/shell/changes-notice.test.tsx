import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router-dom'
import { beforeEach, describe, expect, it } from 'vitest'
import { LocationProbe } from '../../../tests/fixtures/render-with-schedule'
import type { ChangedTalk } from '../../lib/changes/change-types'
import { recordChanges, resetChangesRecordForTests } from '../../lib/changes/changes-record'
import { CHANGES_KEY } from '../../lib/changes/changes-record-key'
import { StatusLines } from './status-lines'

const cancelled = (talkId: string): ChangedTalk => ({
  talkId,
  title: talkId,
  changes: [{ kind: 'cancelled' }],
})

function record(starred: ChangedTalk[]) {
  recordChanges({ fromVersion: 'a', toVersion: 'b', noticedAt: 1, starred, others: [] })
}

function renderSlot() {
  return render(
    <MemoryRouter>
      <StatusLines updateReady={false} />
      <LocationProbe />
    </MemoryRouter>,
  )
}

beforeEach(() => {
  localStorage.clear()
  resetChangesRecordForTests()
})

describe('the notice of changed starred talks', () => {
  it('says nothing without a pending notice, but keeps its live region in the page', () => {
    renderSlot()
    expect(screen.getAllByRole('status')[0]).toBeEmptyDOMElement()
  })

  it('counts the changed starred talks, singular and plural, and links to /changes', async () => {
    const user = userEvent.setup()
    record([cancelled('a')])
    const { unmount } = renderSlot()
    expect(await screen.findByText('1 of your starred talks changed')).toBeInTheDocument()
    unmount()

    record([cancelled('b')])
    renderSlot()
    expect(await screen.findByText('2 of your starred talks changed')).toBeInTheDocument()
    expect(screen.getAllByRole('status')[0]).toContainElement(
      screen.getByRole('link', { name: 'See changes' }),
    )
    await user.click(screen.getByRole('link', { name: 'See changes' }))
    expect(screen.getByLabelText('Current URL')).toHaveTextContent('/changes')
  })

  it('appears when a comparison records changes while the page is open, and goes when dismissed', async () => {
    const user = userEvent.setup()
    renderSlot()
    act(() => record([cancelled('a'), cancelled('b')]))
    expect(await screen.findByText('2 of your starred talks changed')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(/starred talks changed/)).not.toBeInTheDocument()
    expect(localStorage.getItem(CHANGES_KEY)).toContain('"notice":0')
  })
})
