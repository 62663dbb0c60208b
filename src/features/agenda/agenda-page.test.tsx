import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ICAL from 'ical.js'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import { loadStars } from '../../lib/stars/stars'
import { multiSessionDataset } from '../../../tests/fixtures/multi-session'
import { encodeShareCode, shareIndex } from '../../lib/stars/share-code'
import { AgendaPage } from './agenda-page'

const starStore = await loadStars()

function renderAgenda(url = '/agenda') {
  return renderWithSchedule(<AgendaPage />, { url, path: '/agenda' })
}

/** Captures files the page saves (object URL + <a download>), as the browser would receive them. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  let n = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${n++}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: blobs.get(this.href)! })
  })
  return files
}

function rowTitles(): string[] {
  return screen
    .getAllByRole('listitem')
    .map((item) => within(item).queryByRole('link')?.textContent ?? '')
}

function rowOf(title: string): HTMLElement {
  return screen.getByRole('link', { name: title }).closest('li')!
}

beforeEach(() => {
  starStore.resetForTests()
  // jsdom has these functions only when stubbed; the download helpers need them.
  URL.createObjectURL ??= () => ''
  URL.revokeObjectURL ??= () => {}
})

describe('your agenda', () => {
  it('points to the timeline when nothing is starred', async () => {
    const user = userEvent.setup()
    renderAgenda()
    expect(screen.getByRole('heading', { level: 1, name: 'Your agenda' })).toBeInTheDocument()
    expect(screen.getByText('No starred talks yet.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Export to calendar' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'timeline' }))
    expect(screen.getByRole('status', { name: 'Current URL' })).toHaveTextContent(/^\/$/)
  })

  it('lists starred talks by day in time order, with gaps and clashes', () => {
    starStore.starMany(['neural-ordinary-differential-equations', 'a3', 'b1', 'a1', 'a2'])
    renderAgenda()
    expect(screen.getByText('5 talks · 1 clash', { exact: false })).toBeInTheDocument()
    const days = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(days.slice(0, 2)).toEqual(['Monday, December 3, 2018', 'Tuesday, December 4, 2018'])
    expect(rowTitles()).toEqual([
      'Attention Is Enough',
      'Sparse Transformers; Again',
      'Graph Nets, Revisited',
      'Kernels at Scale',
      'Neural Ordinary Differential Equations',
    ])
    expect(rowOf('Sparse Transformers; Again')).toHaveTextContent(
      /Clashes with Graph Nets, Revisited \(9:30\s–\s9:50\sAM\s?PST\)/,
    )
    expect(rowOf('Graph Nets, Revisited')).toHaveTextContent(
      'Clashes with Sparse Transformers; Again',
    )
    expect(rowOf('Attention Is Enough')).not.toHaveTextContent('Clashes')
    // Back to back is not a gap; 9:50 to 10:40 is.
    expect(rowOf('Sparse Transformers; Again')).not.toHaveTextContent('free')
    expect(rowOf('Kernels at Scale')).toHaveTextContent('50 min free')
    expect(rowOf('Kernels at Scale')).toHaveTextContent(/10:40\s–\s11:00\sAM\s?PST/)
    expect(rowOf('Attention Is Enough')).toHaveTextContent('Session A · Room 220, East')
  })

  it('keeps starred ids the schedule no longer has, and says so', () => {
    starStore.starMany(['a1', 'withdrawn-talk'])
    renderAgenda()
    const section = screen.getByRole('region', { name: 'No longer in the schedule' })
    expect(within(section).getByText('withdrawn-talk')).toBeInTheDocument()
    expect(within(section).getByRole('button', { name: 'Star withdrawn-talk' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(starStore.getStarredIds().has('withdrawn-talk')).toBe(true)
  })

  it('removes an unstarred talk, and Undo brings it back', async () => {
    const user = userEvent.setup()
    starStore.starMany(['a1', 'a3'])
    renderAgenda()
    await user.click(screen.getByRole('button', { name: 'Star Kernels at Scale' }))
    expect(rowTitles()).toEqual(['Attention Is Enough'])
    await user.click(await screen.findByRole('button', { name: 'Undo' }))
    expect(rowTitles()).toEqual(['Attention Is Enough', 'Kernels at Scale'])
  })

  it('updates when a star is added elsewhere', () => {
    renderAgenda()
    expect(screen.getByText('No starred talks yet.')).toBeInTheDocument()
    act(() => starStore.star('b1'))
    expect(rowTitles()).toEqual(['Graph Nets, Revisited'])
  })

  it('exports every starred talk as an .ics that a real parser reads', async () => {
    const user = userEvent.setup()
    const files = captureDownloads()
    starStore.starMany(['neural-ordinary-differential-equations', 'b1', 'gone'])
    renderAgenda()
    await user.click(screen.getByRole('button', { name: 'Export to calendar' }))
    await vi.waitFor(() => expect(files).toHaveLength(1))
    expect(files[0]!.name).toBe('fixture-conf-agenda.ics')
    const calendar = new ICAL.Component(ICAL.parse(await files[0]!.blob.text()))
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events.map((e) => e.summary)).toEqual([
      'Graph Nets, Revisited',
      'Neural Ordinary Differential Equations',
    ])
    const node = events[1]!
    expect(node.startDate.toJSDate().toISOString()).toBe('2018-12-04T20:50:00.000Z')
    expect(node.endDate.toJSDate().toISOString()).toBe('2018-12-04T21:05:00.000Z')
    expect(node.description).toContain('The abstract of Neural Ordinary Differential Equations.')
    expect(node.description).toContain(
      `${window.location.origin}/talks/neural-ordinary-differential-equations`,
    )
    expect(node.component.getFirstSubcomponent('valarm')).not.toBeNull()
  })

  it('leaves the reminder out when unchecked', async () => {
    const user = userEvent.setup()
    const files = captureDownloads()
    starStore.star('a1')
    renderAgenda()
    await user.click(screen.getByRole('checkbox', { name: 'Calendar reminder 10 min before' }))
    await user.click(screen.getByRole('button', { name: 'Export to calendar' }))
    await vi.waitFor(() => expect(files).toHaveLength(1))
    expect(await files[0]!.blob.text()).not.toContain('BEGIN:VALARM')
  })

  it('copies a share link when the Web Share API is missing, and confirms it', async () => {
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    starStore.starMany(['b1', 'a1'])
    renderAgenda()
    await user.click(screen.getByRole('button', { name: 'Share agenda' }))
    const expected = `${window.location.origin}/agenda?ids=b1,a1`
    expect(writeText).toHaveBeenCalledWith(expected)
    expect(await screen.findByText(/Link copied/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Agenda link' })).toHaveValue(expected)
  })

  it('uses the Web Share API where present', async () => {
    const user = userEvent.setup()
    const share = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    try {
      starStore.star('a1')
      renderAgenda()
      await user.click(screen.getByRole('button', { name: 'Share agenda' }))
      expect(share).toHaveBeenCalledWith({
        title: 'My agenda · Fixture Conference',
        url: `${window.location.origin}/agenda?ids=a1`,
      })
      expect(await screen.findByText('Agenda link shared.')).toBeInTheDocument()
    } finally {
      Reflect.deleteProperty(navigator, 'share')
    }
  })

  it('downloads a JSON backup of the stars', async () => {
    const user = userEvent.setup()
    const files = captureDownloads()
    starStore.starMany(['a1', 'gone'])
    renderAgenda()
    await user.click(screen.getByRole('button', { name: 'Download backup' }))
    expect(files[0]!.name).toMatch(/^fixture-conf-agenda-\d{4}-\d{2}-\d{2}\.json$/)
    const backup = JSON.parse(await files[0]!.blob.text())
    expect(backup).toMatchObject({
      format: 'plenary-agenda',
      version: 1,
      conference: 'fixture-conf',
      starred: [
        { id: 'a1', at: expect.any(Number), title: 'Attention Is Enough' },
        { id: 'gone', at: expect.any(Number) },
      ],
    })
  })

  it('restores a backup by merging it with the stars already here', async () => {
    const user = userEvent.setup()
    starStore.star('a1')
    renderAgenda()
    const file = new File(
      [
        JSON.stringify({
          format: 'plenary-agenda',
          version: 1,
          starred: [
            { id: 'a1', at: 1 },
            { id: 'b1', at: 2 },
          ],
        }),
      ],
      'backup.json',
      { type: 'application/json' },
    )
    await user.upload(screen.getByLabelText('Backup file'), file)
    expect(await screen.findByText('Restored 1 talk; 1 was already starred.')).toBeInTheDocument()
    expect(rowTitles()).toEqual(['Attention Is Enough', 'Graph Nets, Revisited'])
  })

  it('skips ids the schedule does not know and says exactly what it added and skipped', async () => {
    const user = userEvent.setup()
    starStore.star('a1')
    renderAgenda()
    const ids = ['a1', 'b1', ...Array.from({ length: 10_000 }, (_, i) => `made-up-${i}`)]
    await user.upload(
      screen.getByLabelText('Backup file'),
      new File([JSON.stringify(ids)], 'hostile.json', { type: 'application/json' }),
    )
    expect(
      await screen.findByText(
        'Restored 1 talk; 1 was already starred. Skipped 10,000 talks not in this schedule.',
      ),
    ).toBeInTheDocument()
    expect([...starStore.getStarredIds()]).toEqual(['a1', 'b1'])
    expect(screen.getByText('2 talks', { exact: false })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'No longer in the schedule' })).toBeNull()
  })

  it('adds nothing and says so when storage is full, keeping what was stored', async () => {
    const user = userEvent.setup()
    starStore.star('a1')
    renderAgenda()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    await user.upload(
      screen.getByLabelText('Backup file'),
      new File(['["b1"]'], 'backup.json', { type: 'application/json' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was restored: this browser’s storage is full. Your agenda is as it was;',
    )
    expect([...starStore.getStarredIds()]).toEqual(['a1'])
  })

  it('says how big a file is when it is too big to be a backup', async () => {
    const user = userEvent.setup()
    renderAgenda()
    const file = new File(['[]'], 'big.json')
    Object.defineProperty(file, 'size', { value: 7.2 * 1024 * 1024 })
    await user.upload(screen.getByLabelText('Backup file'), file)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file is 7.2 MB: a backup is at most 5 MB.',
    )
  })

  it('offers neither export nor share when no starred talk is in the schedule, and removes them all at once', async () => {
    const user = userEvent.setup()
    starStore.starMany(['gone-1', 'gone-2', 'gone-3'])
    renderAgenda()
    expect(
      screen.getByText(/None of your starred talks is in the current schedule/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Export to calendar' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Share agenda' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Remove all 3' }))
    expect(
      screen.getByText('Removed 3 talks that are no longer in the schedule.', { exact: false }),
    ).toBeInTheDocument()
    expect(starStore.getStarredIds().size).toBe(0)
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect([...starStore.getStarredIds()]).toEqual(['gone-1', 'gone-2', 'gone-3'])
  })

  it('keeps the good stored entries and restores the set-aside ones from the agenda', async () => {
    const user = userEvent.setup()
    localStorage.setItem(
      'plenary:stars',
      JSON.stringify({ version: 1, starred: [{ id: 'a1', at: 1 }, 'b1', { id: 7 }] }),
    )
    starStore.resetForTests()
    renderAgenda()
    expect(rowTitles()).toEqual(['Attention Is Enough'])
    const section = screen.getByRole('region', { name: 'Set-aside stars' })
    await user.click(within(section).getByRole('button', { name: 'Restore 2 set-aside entries' }))
    expect(
      await screen.findByText('Restored 1 talk. Skipped 1 talk not in this schedule.'),
    ).toBeInTheDocument()
    expect([...starStore.getStarredIds()]).toEqual(['a1', 'b1'])
    // Something was skipped, so the copy stays until the attendee discards it.
    await user.click(screen.getByRole('button', { name: 'Discard it' }))
    expect(screen.queryByRole('region', { name: 'Set-aside stars' })).toBeNull()
    expect(localStorage.getItem('plenary:stars:set-aside')).toBeNull()
  })

  it('says so when the chosen file is not a backup, and changes nothing', async () => {
    const user = userEvent.setup()
    starStore.star('a1')
    renderAgenda()
    await user.upload(screen.getByLabelText('Backup file'), new File(['{oops'], 'x.json'))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is not a Plenary agenda backup.',
    )
    expect([...starStore.getStarredIds()]).toEqual(['a1'])
  })
})

describe('a shared agenda link', () => {
  it('shows the shared talks read-only and merges them on "Add all to my agenda"', async () => {
    const user = userEvent.setup()
    starStore.star('a3')
    renderAgenda('/agenda?ids=b1,a2,not-a-talk')
    expect(screen.getByRole('heading', { level: 1, name: 'Shared agenda' })).toBeInTheDocument()
    expect(screen.getByText(/2 talks shared with you · 1 clash/)).toBeInTheDocument()
    expect(
      screen.getByText('1 talk in this link is not in the current schedule and is skipped.'),
    ).toBeInTheDocument()
    expect(rowTitles()).toEqual(['Sparse Transformers; Again', 'Graph Nets, Revisited'])
    // Read-only: no star toggles.
    expect(screen.queryByRole('button', { name: /^Star / })).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Add all to my agenda' }))
    expect(screen.getByText('Added 2 talks to your agenda.')).toBeInTheDocument()
    expect([...starStore.getStarredIds()].sort()).toEqual(['a2', 'a3', 'b1'])
    expect(within(rowOf('Graph Nets, Revisited')).getByText('In your agenda')).toBeInTheDocument()
    expect(screen.getByText('All of these are in your agenda.')).toBeInTheDocument()
  })

  it('marks talks the reader already has', () => {
    starStore.star('b1')
    renderAgenda('/agenda?ids=b1,a1')
    expect(within(rowOf('Graph Nets, Revisited')).getByText('In your agenda')).toBeInTheDocument()
    expect(within(rowOf('Attention Is Enough')).queryByText('In your agenda')).toBeNull()
  })

  it('opens a compact link with the same talks', () => {
    const index = shareIndex(multiSessionDataset.talks.map((talk) => talk.id))
    renderAgenda(`/agenda?a=${encodeShareCode(index, ['b1', 'a1'])}`)
    expect(rowTitles()).toEqual(['Attention Is Enough', 'Graph Nets, Revisited'])
  })

  it('says so when a compact link was made for other talks', () => {
    renderAgenda('/agenda?a=1zzzz.rBB')
    expect(
      screen.getByText(/This link was made for a different version of the schedule/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add all to my agenda' })).toBeNull()
  })

  it('tolerates a link with nothing known in it', () => {
    renderAgenda('/agenda?ids=nope,,')
    expect(
      screen.getByText('This link has no talks from the current schedule.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add all to my agenda' })).not.toBeInTheDocument()
  })
})
