import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes } from 'react-router-dom'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LocationProbe } from '../../../../tests/fixtures/render-with-schedule'
import { scheduleIndexOf } from '../../../../tests/fixtures/multi-session'
import { viewerIn } from '../../../../tests/fixtures/viewer-zone'
import { dayIndex } from '../../../data/day-index'
import { scheduleModel } from '../../../data/schedule-model'
import { resetClock, startClockAt } from '../../../lib/clock'
import { liveStatus } from '../../../lib/live-status'
import { loadStars } from '../../../lib/stars/stars'
import { timelinePlan } from '../timeline-plan'
import { GRID_DAY, gridDataset } from './grid-fixture'
import { TimelineGrid } from './timeline-grid'

const starStore = await loadStars()
const model = scheduleModel(dayIndex(scheduleIndexOf(gridDataset), GRID_DAY))
const sessions = timelinePlan(model).dayByDate.get(GRID_DAY)!.sessions
const at = (time: string, date = GRID_DAY) => Date.parse(`${date}T${time}:00+01:00`)
/** Intl's narrow spaces as plain ones, to compare with what a test can type. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ')

function renderGrid({ now }: { now?: number } = {}) {
  if (now !== undefined) startClockAt(now)
  const status = now === undefined ? new Map() : liveStatus(sessions, now)
  return render(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route
          path="/"
          element={
            <TimelineGrid
              date={GRID_DAY}
              sessions={sessions}
              model={model}
              status={status}
              scrollRequest={null}
              onScrolled={() => {}}
            />
          }
        />
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    </MemoryRouter>,
  )
}

const grid = () => screen.getByRole('region', { name: 'Saturday, January 30, 2027, by room' })
const links = () => within(grid()).getAllByRole('link')
const linkNamed = (start: string) =>
  links().find((link) => plain(link.getAttribute('aria-label')).startsWith(start))!
const boxOf = (title: string) => linkNamed(title).closest('li')!

beforeEach(() => {
  viewerIn('Europe/Brussels')
  window.scrollTo = vi.fn()
  starStore.resetForTests()
})
afterEach(() => {
  cleanup()
  resetClock()
})

describe('TimelineGrid', () => {
  it('shows a column per room with talks, in the source order, named above it', () => {
    renderGrid()
    const names = within(grid()).getAllByText(/^(Janson|K\.1\.105|H\.2215|UB2\.252A)$/)
    expect(names.map((name) => name.textContent)).toEqual(['Janson', 'K.1.105', 'H.2215'])
    expect(boxOf('The State of Open Source').style.left).toBe('calc(0 * var(--grid-column))')
    expect(boxOf('Rust in the Kernel').style.left).toBe('calc(1 * var(--grid-column))')
    expect(boxOf('Tiny Tools').style.left).toBe('calc(2 * var(--grid-column))')
  })

  it('places a talk down the time axis by its start and sizes it by its length', () => {
    renderGrid()
    // The axis starts at 09:30, three pixels a minute.
    const box = boxOf('The State of Open Source')
    expect(box.style.top).toBe('90px')
    expect(box.style.height).toBe('150px')
    expect(within(grid()).getByText('10:00 AM', { selector: '.timeline-grid__time' })).toHaveStyle({
      top: '90px',
    })
  })

  it("names each talk's link with its title, time and room, to its page", () => {
    renderGrid()
    const link = linkNamed('The State of Open Source')
    expect(plain(link.getAttribute('aria-label'))).toBe(
      'The State of Open Source, 10:00 AM–10:50 AM, Janson',
    )
    expect(link).toHaveAttribute('href', '/talks/j2')
    expect(within(link).getByText('Ada Lovelace, Grace Hopper')).toBeInTheDocument()
  })

  it('lists the talks in time order, then room, for Tab and for a screen reader', async () => {
    const user = userEvent.setup()
    renderGrid()
    const order: string[] = []
    for (let i = 0; i < 6; i++) {
      await user.tab()
      order.push(plain(document.activeElement!.getAttribute('aria-label')).split(',')[0]!)
    }
    expect(order).toEqual([
      'Welcome to the Grid',
      'The State of Open Source',
      'Rust in the Kernel',
      'Tiny Tools',
      'Postponed Forever',
      'Double Booked',
    ])
    expect(boxOf('Rust in the Kernel')).toHaveAttribute('aria-posinset', '3')
    expect(boxOf('Rust in the Kernel')).toHaveAttribute('aria-setsize', '7')
  })

  it('opens a talk with Enter', async () => {
    const user = userEvent.setup()
    renderGrid()
    linkNamed('Rust in the Kernel').focus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('status', { name: 'Current URL' })).toHaveTextContent('/talks/k1')
  })

  it('renders only the hours near the window: the end of the day is not in the page', () => {
    renderGrid()
    expect(linkNamed('Welcome to the Grid')).toBeDefined()
    expect(linkNamed('Closing Remarks')).toBeUndefined()
  })

  it('draws the now line at the clock on the day it falls in, and marks what is on', () => {
    renderGrid({ now: at('10:20') })
    // 50 minutes down the axis.
    expect(within(grid()).getByText('Now')).toHaveStyle({ top: '150px' })
    expect(linkNamed('The State of Open Source')).toHaveAttribute('aria-current', 'time')
    expect(boxOf('The State of Open Source')).toHaveClass('grid-talk--now')
    expect(linkNamed('Tiny Tools')).not.toHaveAttribute('aria-current')
  })

  it('draws no now line on another day', () => {
    renderGrid({ now: at('10:20', '2027-01-31') })
    expect(within(grid()).queryByText('Now')).not.toBeInTheDocument()
  })

  it('marks starred talks, for the eye and in the link', async () => {
    renderGrid()
    await act(async () => starStore.star('k1'))
    const link = linkNamed('Rust in the Kernel')
    expect(plain(link.getAttribute('aria-label'))).toBe(
      'Rust in the Kernel, 10:00 AM–10:30 AM, K.1.105, starred',
    )
    expect(boxOf('Rust in the Kernel')).toHaveClass('grid-talk--starred')
    expect(plain(linkNamed('Tiny Tools').getAttribute('aria-label'))).not.toContain('starred')
  })

  it('shows cancelled talks as cancelled, and says so in the link', () => {
    renderGrid()
    const link = linkNamed('Postponed Forever')
    expect(plain(link.getAttribute('aria-label'))).toBe(
      'Postponed Forever, 10:15 AM–10:40 AM, H.2215, cancelled',
    )
    expect(within(link).getByText('Cancelled')).toBeInTheDocument()
    expect(boxOf('Postponed Forever')).toHaveClass('grid-talk--cancelled')
  })

  it('sets overlapping talks in one room side by side', () => {
    renderGrid()
    expect(boxOf('Postponed Forever').style.left).toBe('calc(2 * var(--grid-column))')
    expect(boxOf('Postponed Forever').style.width).toBe('calc(var(--grid-column) / 2)')
    expect(boxOf('Double Booked').style.left).toBe('calc(2.5 * var(--grid-column))')
    expect(boxOf('Double Booked').style.width).toBe('calc(var(--grid-column) / 2)')
  })
})
