import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import type { ChangedTalk, FoundChanges } from '../../lib/changes/change-types'
import {
  CHANGES_BACKUP_KEY,
  CHANGES_KEY,
  recordChanges,
  resetChangesRecordForTests,
} from '../../lib/changes/changes-record'
import { ChangesPage } from './changes-page'
import { GROUP_PREVIEW } from './other-changes-list'

// The fixture conference is in America/Los_Angeles.
const moved: ChangedTalk = {
  talkId: 'moved-talk',
  title: 'A moved talk',
  changes: [
    {
      kind: 'time',
      from: { start: '2018-12-04T10:00:00-08:00', end: '2018-12-04T10:30:00-08:00' },
      to: { start: '2018-12-04T13:00:00-08:00', end: '2018-12-04T13:30:00-08:00' },
    },
    { kind: 'room', from: 'Room 1', to: 'Hall B' },
  ],
}
const removed: ChangedTalk = {
  talkId: 'gone',
  title: 'A gone talk',
  changes: [{ kind: 'removed' }],
}

function found(overrides: Partial<FoundChanges>): FoundChanges {
  return {
    fromVersion: 'a',
    toVersion: 'b',
    noticedAt: Date.parse('2018-12-04T09:15:00-08:00'),
    starred: [],
    others: [],
    ...overrides,
  }
}

function renderPage() {
  return renderWithSchedule(<ChangesPage />, { url: '/changes', path: '/changes' })
}

function entryOf(title: string): HTMLElement {
  return screen.getByRole('link', { name: title }).closest('li')!
}

beforeEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
  resetChangesRecordForTests()
})

describe('/changes', () => {
  it('says what it does when nothing has changed yet', () => {
    renderPage()
    expect(screen.getByRole('heading', { level: 1, name: 'Schedule changes' })).toBeInTheDocument()
    expect(screen.getByText('No changes yet.')).toBeInTheDocument()
    expect(
      screen.getByText(/this page lists what changed since your last visit/),
    ).toBeInTheDocument()
  })

  it('lists the starred talks’ changes newest first, as was and now, with when and whether new', () => {
    recordChanges(found({ starred: [removed] }))
    recordChanges(found({ fromVersion: 'b', toVersion: 'c', starred: [moved] }))
    renderPage()
    const starred = screen.getByRole('region', { name: 'Your starred talks' })
    const links = within(starred).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual(['A moved talk', 'A gone talk'])
    expect(links[1]).toHaveAttribute('href', '/talks/gone')

    const entry = entryOf('A moved talk')
    expect(entry).toHaveTextContent(
      /Time: was Tue, Dec 4, 10:00\s–\s10:30\sAM PST → , now Tue, Dec 4, 1:00\s–\s1:30\sPM PST/,
    )
    expect(entry).toHaveTextContent('Room: was Room 1 → , now Hall B')
    expect(entry).toHaveTextContent('Noticed Tue, Dec 4, 9:15')
    expect(within(entry).getByText('New')).toBeInTheDocument()
    expect(entryOf('A gone talk')).toHaveTextContent('No longer in the schedule')
  })

  it('answers the notice on a visit, and marks all as seen on request', async () => {
    const user = userEvent.setup()
    recordChanges(found({ starred: [moved, removed] }))
    renderPage()
    expect(JSON.parse(localStorage.getItem(CHANGES_KEY)!).notice).toBe(0)
    expect(screen.getAllByText('New')).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: 'Mark all as seen' }))
    expect(screen.queryByText('New')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Mark all as seen' })).not.toBeInTheDocument()
  })

  it('groups the other talks’ changes by what matters most and shows the first few of each', async () => {
    const user = userEvent.setup()
    const added = Array.from({ length: GROUP_PREVIEW + 3 }, (_, i) => ({
      talkId: `new-${i}`,
      title: `New talk ${i}`,
      changes: [{ kind: 'added' as const }],
    }))
    recordChanges(
      found({
        others: [...added, { ...moved, changes: [...moved.changes, { kind: 'cancelled' }] }],
      }),
    )
    renderPage()
    const others = screen.getByRole('region', { name: 'Other changes since your last visit' })
    expect(
      within(others).getByText(`${GROUP_PREVIEW + 4} talks changed in the latest update.`),
    ).toBeInTheDocument()
    expect(
      within(others)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Cancelled (1)', `New in the schedule (${GROUP_PREVIEW + 3})`])
    const newGroup = screen.getByRole('region', { name: /^New in the schedule/ })
    expect(within(newGroup).getAllByRole('link')).toHaveLength(GROUP_PREVIEW)
    await user.click(
      within(newGroup).getByRole('button', { name: `Show all ${GROUP_PREVIEW + 3}` }),
    )
    expect(within(newGroup).getAllByRole('link')).toHaveLength(GROUP_PREVIEW + 3)
    expect(within(newGroup).getByRole('link', { name: `New talk ${GROUP_PREVIEW}` })).toHaveFocus()
  })

  it('says so when the kept record could not be read, and where the copy is', () => {
    localStorage.setItem(CHANGES_KEY, 'not json')
    renderPage()
    expect(screen.getByText(/could not be read, so a new one was started/)).toHaveTextContent(
      CHANGES_BACKUP_KEY,
    )
  })

  it('says changes cannot be kept on this device when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied.', 'SecurityError')
    })
    renderPage()
    expect(screen.getByText(/Changes cannot be kept on this device/)).toBeInTheDocument()
  })
})
