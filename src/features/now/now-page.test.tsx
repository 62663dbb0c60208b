import { act, cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateManyRooms } from '../../../scripts/generate/generate-many-rooms'
import { neuripsDataset } from '../../../tests/fixtures/neurips-dataset'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import { viewerIn } from '../../../tests/fixtures/viewer-zone'
import type { Dataset, Talk } from '../../data/types'
import { resetClock, startClockAt } from '../../lib/clock'
import { paths } from '../../lib/paths'
import { loadStars } from '../../lib/stars/stars'
import { resetZoneChoiceForTests } from '../../lib/zone-preference'
import { NowPage } from './now-page'

const starStore = await loadStars()
// 28 rooms running at once, two days (Saturday 30 and Sunday 31 January 2027, Brussels), one cancelled talk a day.
const manyRooms = generateManyRooms({ rooms: 28 })
const BUSY = '2027-01-30T15:00:00+01:00'

function renderNow(dataset: Dataset, at: string) {
  startClockAt(Date.parse(at))
  return renderWithSchedule(<NowPage />, { url: '/now', path: '/now', dataset })
}

function rooms(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Rooms' })).getAllByRole('listitem')
}

function roomRow(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 2, name }).closest('li')!
}

/** The truth, from the dataset itself: a room's talk in progress and its next one, cancelled talks left out. */
function truth(dataset: Dataset, roomId: string, at: string) {
  const now = Date.parse(at)
  const held = dataset.talks
    .filter((t) => t.roomId === roomId && t.status !== 'cancelled')
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  return {
    now: held.find((t) => Date.parse(t.start) <= now && now < Date.parse(t.end)),
    next: held.find((t) => Date.parse(t.start) > now),
  }
}

/** A talk's link in a room's row (titles repeat in the generated conference; ids do not). */
function link(row: HTMLElement, talk: Talk): HTMLElement {
  const found = within(row)
    .queryAllByRole('link')
    .find((a) => a.getAttribute('href') === paths.talk.href(talk.id))
  if (!found) throw new Error(`no link to ${talk.id} in ${row.textContent}`)
  expect(found).toHaveAccessibleName(expect.stringContaining(talk.title))
  return found
}

beforeEach(() => {
  viewerIn('Europe/Brussels')
  starStore.resetForTests()
})
afterEach(() => {
  cleanup()
  resetClock()
  resetZoneChoiceForTests()
})

describe('NowPage', () => {
  it('shows every room, in the source order, with what is on now and what is next', async () => {
    renderNow(manyRooms, BUSY)
    expect(await screen.findByRole('heading', { level: 1, name: 'Now' })).toBeInTheDocument()
    expect(rooms().map((row) => within(row).getByRole('heading').textContent)).toEqual(
      manyRooms.rooms.map((room) => room.name),
    )
    expect(screen.getByText(/Saturday, January 30, 2027 · 3:00 PM/)).toBeInTheDocument()
    let busy = 0
    for (const room of manyRooms.rooms) {
      const row = roomRow(room.name)
      const { now, next } = truth(manyRooms, room.id, BUSY)
      if (now) {
        busy++
        const current = link(row, now)
        expect(current).toHaveAttribute('href', paths.talk.href(now.id))
        const left = Math.ceil((Date.parse(now.end) - Date.parse(BUSY)) / 60_000)
        expect(current).toHaveTextContent(`${left} min left`)
      } else expect(within(row).getByText('Nothing on now')).toBeInTheDocument()
      // Today's next talk: its time without a day.
      expect(link(row, next!)).toHaveTextContent(/^Next \d{1,2}:\d{2} [AP]M/)
    }
    expect(busy).toBeGreaterThan(20)
  })

  it('opens a talk in one tap', async () => {
    const user = userEvent.setup()
    renderNow(manyRooms, BUSY)
    const { next } = truth(manyRooms, manyRooms.rooms[3]!.id, BUSY)
    await user.click(link(roomRow(manyRooms.rooms[3]!.name), next!))
    expect(screen.getByRole('status', { name: 'Current URL' })).toHaveTextContent(
      paths.talk.href(next!.id),
    )
  })

  it('marks starred talks', async () => {
    const { now, next } = truth(manyRooms, manyRooms.rooms[1]!.id, BUSY)
    starStore.star(now!.id)
    renderNow(manyRooms, BUSY)
    const row = roomRow(manyRooms.rooms[1]!.name)
    expect(link(row, now!)).toHaveAccessibleName(expect.stringContaining(`Starred: ${now!.title}`))
    expect(link(row, next!)).not.toHaveAccessibleName(expect.stringContaining('Starred'))
    act(() => starStore.star(next!.id))
    expect(link(row, next!)).toHaveAccessibleName(
      expect.stringContaining(`Starred: ${next!.title}`),
    )
  })

  it('never shows a cancelled talk as now or next', async () => {
    const cancelled = manyRooms.talks.find(
      (t) => t.status === 'cancelled' && t.start.startsWith('2027-01-30'),
    )!
    const room = manyRooms.rooms.find((r) => r.id === cancelled.roomId)!
    const during = new Date(Date.parse(cancelled.start) + 60_000).toISOString()
    const before = new Date(Date.parse(cancelled.start) - 60_000).toISOString()
    for (const at of [during, before]) {
      renderNow(manyRooms, at)
      const row = roomRow(room.name)
      const hrefs = within(row)
        .queryAllByRole('link')
        .map((a) => a.getAttribute('href'))
      expect(hrefs).not.toContain(paths.talk.href(cancelled.id))
      const { next } = truth(manyRooms, room.id, at)
      expect(link(row, next!)).toBeInTheDocument()
      cleanup()
    }
  })

  it('before the conference, says when the first talk is and lists each room’s first talk with its day', () => {
    renderNow(manyRooms, '2027-01-29T12:00:00+01:00')
    expect(screen.getByText(/First talk Sat, Jan 30, 9:00 AM/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See the timeline' })).toHaveAttribute('href', '/')
    const first = manyRooms.talks.find((t) => t.roomId === manyRooms.rooms[0]!.id)!
    expect(link(roomRow(manyRooms.rooms[0]!.name), first)).toHaveTextContent(
      /Next Sat, Jan 30, 9:00 AM/,
    )
    expect(screen.queryByText('Nothing on now')).not.toBeInTheDocument()
    expect(rooms()).toHaveLength(28)
  })

  it('between days, lists each room’s next talk with its day', async () => {
    renderNow(manyRooms, '2027-01-30T21:00:00+01:00')
    expect(await screen.findByText(/No more talks today. Next: Sun, Jan 31/)).toBeInTheDocument()
    for (const room of manyRooms.rooms) {
      const { next } = truth(manyRooms, room.id, '2027-01-30T21:00:00+01:00')
      expect(next!.start.startsWith('2027-01-31')).toBe(true)
      expect(link(roomRow(room.name), next!)).toHaveTextContent(/Next Sun, Jan 31, 9:\d\d AM/)
    }
  })

  it('late in the day, says which rooms have nothing more', () => {
    const at = '2027-01-30T18:58:00+01:00'
    renderNow(manyRooms, at)
    for (const room of manyRooms.rooms) {
      const { now, next } = truth(manyRooms, room.id, at)
      const today = next?.start.startsWith('2027-01-30')
      if (!now && !today)
        expect(within(roomRow(room.name)).getByText('No more talks today')).toBeInTheDocument()
    }
  })

  it('after the conference, says when the last talk was and links to the timeline', () => {
    renderNow(manyRooms, '2027-02-02T12:00:00+01:00')
    const last = [...manyRooms.talks].sort((a, b) => Date.parse(b.end) - Date.parse(a.end))[0]!
    const end = new Date(last.end).toLocaleTimeString('en-US', {
      timeZone: 'Europe/Brussels',
      hour: 'numeric',
      minute: '2-digit',
    })
    expect(
      screen.getByText(new RegExp(`The last talk ended on Sun, Jan 31 at ${end}`)),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'See the timeline' })).toHaveAttribute('href', '/')
    expect(screen.queryByRole('list', { name: 'Rooms' })).not.toBeInTheDocument()
  })

  it('on a one-room conference, is simply the now and next of that room', () => {
    viewerIn('America/Los_Angeles')
    renderNow(neuripsDataset, '2018-12-04T13:47:00-08:00')
    expect(rooms()).toHaveLength(1)
    const current = screen.getByRole('link', { name: /Step Size Matters in Deep Learning/ })
    expect(current).toHaveTextContent('3 min left')
    expect(current).toHaveAttribute('aria-current', 'time')
    expect(screen.getByRole('link', { name: /Neural Tangent Kernel/ })).toHaveTextContent(
      'Next 1:50 PM',
    )
  })
})
