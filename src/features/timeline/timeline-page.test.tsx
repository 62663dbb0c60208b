import { act, cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { MemoryRouter } from 'react-router-dom'
import { neuripsDataset } from '../../../tests/fixtures/neurips-dataset'
import { scheduleIndexOf } from '../../../tests/fixtures/multi-session'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import { viewerIn } from '../../../tests/fixtures/viewer-zone'
import { datasetQueries } from '../../data/dataset-queries'
import { resetClock, startClockAt } from '../../lib/clock'
import { resetZoneChoiceForTests } from '../../lib/zone-preference'
import { TimelinePage } from './timeline-page'
import { resetVisitMemory } from './visit-memory'

const NEURAL_ODE = 'Neural Ordinary Differential Equations'
const BIAS = 'Bias and Generalization in Deep Generative Models: An Empirical Study'
const plain = (text: string | null) => (text ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ')

function rowOf(title: string): HTMLElement {
  return screen.getByRole('link', { name: title }).closest('li')!
}

beforeEach(() => {
  viewerIn('America/Los_Angeles')
  Element.prototype.scrollIntoView = vi.fn()
})
afterEach(() => {
  // Unmount first: resetting the stores under a mounted page would update it outside act().
  cleanup()
  resetClock()
  resetZoneChoiceForTests()
  resetVisitMemory()
  vi.useRealTimers()
})

describe('TimelinePage', () => {
  it('lists every talk with its time, kind, title link and authors', () => {
    renderWithSchedule(<TimelinePage />, { dataset: neuripsDataset })
    expect(screen.getByRole('heading', { level: 1, name: 'Timeline' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Tue Track 2 -- Session 2' })).toBeInTheDocument()
    expect(
      screen
        .getAllByRole('link', { name: /./ })
        .filter((a) => a.getAttribute('href')?.startsWith('/talks/')),
    ).toHaveLength(14)
    const row = rowOf(NEURAL_ODE)
    // The row's time and length on one line. (Its zone is hidden where the session's sticky heading names it: checked
    // in Chromium, tests/e2e/row-density.e2e.ts.)
    expect(plain(within(row).getByText(/12:50/).textContent)).toBe('12:50 – 1:05 PM PST')
    expect(within(row).getByText('Oral')).toBeInTheDocument()
    expect(within(row).getByText('· 15 min')).toBeInTheDocument()
    expect(within(row).getByRole('link', { name: NEURAL_ODE })).toHaveAttribute(
      'href',
      '/talks/neural-ordinary-differential-equations',
    )
    expect(within(row).getByRole('button', { name: `Star ${NEURAL_ODE}` })).toBeInTheDocument()
    expect(within(rowOf(BIAS)).getByText('Spotlight')).toBeInTheDocument()
    // Six authors: a phone line gets three and a count, a wide screen all of them.
    expect(within(rowOf(BIAS)).getByText('Shengjia Zhao, Hongyu Ren + 4 more')).toBeInTheDocument()
    expect(
      within(rowOf(BIAS)).getByText(/Jiaming Song, Noah Goodman, Stefano Ermon$/),
    ).toBeInTheDocument()
  })

  it('marks what is on now and next from the injected clock', () => {
    startClockAt(Date.parse('2018-12-04T12:52:00-08:00'))
    renderWithSchedule(<TimelinePage />, { dataset: neuripsDataset })
    const link = screen.getByRole('link', { name: NEURAL_ODE })
    expect(link).toHaveAttribute('aria-current', 'time')
    const row = rowOf(NEURAL_ODE)
    expect(within(row).getByText('Now')).toBeInTheDocument()
    expect(within(row).getByText('13 min left')).toBeInTheDocument()
    expect(within(row).getByRole('progressbar', { name: 'Talk progress' })).toHaveAttribute(
      'aria-valuenow',
      '13',
    )
    expect(within(rowOf(BIAS)).getByText('Next')).toBeInTheDocument()
    expect(within(rowOf(BIAS)).getByText('Starts in 13 min')).toBeInTheDocument()
    expect(screen.getAllByRole('link', { current: 'time' })).toHaveLength(1)
  })

  it('offers "Jump to now" only while what is on now is off screen', async () => {
    const user = userEvent.setup()
    startClockAt(Date.parse('2018-12-04T12:52:00-08:00'))
    renderWithSchedule(<TimelinePage />, { dataset: neuripsDataset })
    const jump = () => screen.queryByRole('button', { name: 'Jump to now' })
    // jsdom lays nothing out: every row is at the top of the window, on screen.
    await act(() => new Promise(requestAnimationFrame))
    expect(jump()).not.toBeInTheDocument()

    const row = rowOf(NEURAL_ODE)
    row.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 3000, width: 375, height: 120 })
    act(() => void window.dispatchEvent(new Event('scroll')))
    await user.click(await screen.findByRole('button', { name: 'Jump to now' }))
    expect(screen.getByRole('link', { name: NEURAL_ODE })).toHaveFocus()
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts.at(-1)).toBe(row)
  })

  it('puts "Jump to now" in the Tab order where it shows: after the day\u2019s talks, not before them', async () => {
    const user = userEvent.setup()
    viewerIn('Asia/Tokyo')
    startClockAt(Date.parse('2018-12-04T12:52:00-08:00'))
    renderWithSchedule(<TimelinePage />, { dataset: neuripsDataset })
    rowOf(NEURAL_ODE).getBoundingClientRect = () =>
      DOMRect.fromRect({ x: 0, y: 3000, width: 375, height: 120 })
    act(() => void window.dispatchEvent(new Event('scroll')))
    const jump = await screen.findByRole('button', { name: 'Jump to now' })

    // From the zone switch, Tab goes on to the first talk (a one-room session offers no filters), not down to the
    // control at the bottom edge.
    await user.click(screen.getByRole('radio', { name: /^Conference / }))
    await user.tab()
    expect(screen.getByRole('link', { name: 'Evolved Policy Gradients' })).toHaveFocus()

    // From the last talk's star, the next stop is the control.
    const stars = screen.getAllByRole('button', { name: /^Star / })
    stars.at(-1)!.focus()
    await user.tab()
    expect(jump).toHaveFocus()
  })

  it('moves the marker as time passes, at least every 30 seconds', () => {
    vi.useFakeTimers({
      now: Date.parse('2018-12-04T13:04:40-08:00'),
      toFake: ['Date', 'setInterval', 'clearInterval'],
    })
    renderWithSchedule(<TimelinePage />, { dataset: neuripsDataset })
    expect(screen.getByRole('link', { name: NEURAL_ODE })).toHaveAttribute('aria-current', 'time')
    act(() => vi.advanceTimersByTime(30_000))
    expect(screen.getByRole('link', { name: NEURAL_ODE })).not.toHaveAttribute('aria-current')
    expect(screen.getByRole('link', { name: BIAS })).toHaveAttribute('aria-current', 'time')
  })

  it('switches to the viewer’s zone, marks talks on another calendar day, and remembers the choice', async () => {
    const user = userEvent.setup()
    viewerIn('Asia/Tokyo')
    const { unmount } = renderWithSchedule(<TimelinePage />, { dataset: neuripsDataset })
    const conference = screen.getByRole('radio', { name: 'Conference PST' })
    expect(conference).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Mine GMT+9' }))
    const row = rowOf(NEURAL_ODE)
    expect(plain(within(row).getByText(/5:50/).textContent)).toBe('5:50 – 6:05 AM GMT+9')
    // Still grouped under the conference's Tuesday; in Tokyo it is Wednesday morning.
    expect(within(row).getByText('+1 day')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Tuesday, December 4, 2018' })).toBeInTheDocument()
    expect(localStorage.getItem('plenary:time-zone')).toBe('viewer')

    unmount()
    renderWithSchedule(<TimelinePage />, { dataset: neuripsDataset })
    expect(screen.getByRole('radio', { name: 'Mine GMT+9' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'Conference PST' }))
    expect(within(rowOf(NEURAL_ODE)).queryByText('+1 day')).not.toBeInTheDocument()
    expect(localStorage.getItem('plenary:time-zone')).toBeNull()
  })

  it('offers no zone switch to a viewer whose clock reads as the venue’s', () => {
    viewerIn('America/Vancouver')
    renderWithSchedule(<TimelinePage />, { dataset: neuripsDataset })
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
  })

  it('pages by day through the URL, and jumps to now', async () => {
    const user = userEvent.setup()
    startClockAt(Date.parse('2018-12-04T12:52:00-08:00'))
    renderWithSchedule(<TimelinePage />, { url: '/?day=2018-12-03' })
    expect(
      screen.getByRole('heading', { level: 2, name: 'Monday, December 3, 2018' }),
    ).toBeInTheDocument()
    const days = screen.getByRole('navigation', { name: 'Conference days' })
    expect(within(days).getByRole('link', { name: 'Mon, Dec 3' })).toHaveAttribute(
      'aria-current',
      'true',
    )
    expect(within(days).getByRole('link', { name: /^Tue, Dec 4, ?Today$/ })).toHaveAttribute(
      'href',
      '/?day=2018-12-04',
    )
    expect(screen.getByRole('heading', { name: 'Session A' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Session B' })).toBeInTheDocument()

    // Today's talks are not on the page: the control appears.
    await user.click(await screen.findByRole('button', { name: 'Jump to now' }))
    expect(
      screen.getByRole('heading', { level: 2, name: 'Tuesday, December 4, 2018' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: NEURAL_ODE })).toHaveFocus()
  })

  it('offers every room and track of the conference, whatever day is shown, and no filter without a choice', async () => {
    const user = userEvent.setup()
    renderWithSchedule(<TimelinePage />, { url: '/?day=2018-12-04' })
    const toggle = screen.getByText('Filters', { selector: 'summary' })
    await user.click(toggle)
    expect(toggle.closest('details')).toHaveAttribute('open')
    // Room 220, Hall C and Track 2 have talks on the first day only.
    const room = await screen.findByRole('combobox', { name: 'Room' })
    expect(
      within(room)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All rooms', 'Room 220, East', 'Hall C'])
    expect(
      within(screen.getByRole('combobox', { name: 'Track' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All tracks', 'Track 1', 'Track 2'])
    // No talk names a type: nothing to choose.
    expect(screen.queryByRole('combobox', { name: 'Type' })).not.toBeInTheDocument()
  })

  it('keeps the filters in the URL, reads them back, and removes one from its chip', async () => {
    const user = userEvent.setup()
    renderWithSchedule(<TimelinePage />, { url: '/?day=2018-12-03&room=hall-c' })
    expect(screen.getByText('Filters', { selector: 'summary' })).toHaveTextContent(
      'Filters1 active',
    )
    expect(screen.queryByRole('heading', { name: 'Session A' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Session B' })).toBeInTheDocument()
    expect(screen.getByText('1 matching talk this day')).toHaveAttribute('role', 'status')
    const days = screen.getByRole('navigation', { name: 'Conference days' })
    expect(within(days).getByRole('link', { name: 'Tue, Dec 4' })).toHaveAttribute(
      'href',
      '/?day=2018-12-04&room=hall-c',
    )

    await user.click(screen.getByText('Filters', { selector: 'summary' }))
    expect(await screen.findByRole('combobox', { name: 'Room' })).toHaveValue('hall-c')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Track' }), 'Track 1')
    // Hall C has no Track 1 talk: the day says so.
    expect(await screen.findByText(/No talks match the filters on Monday/)).toBeInTheDocument()
    expect(within(days).getByRole('link', { name: 'Tue, Dec 4' })).toHaveAttribute(
      'href',
      '/?day=2018-12-04&room=hall-c&track=Track+1',
    )

    const chips = screen.getByRole('list', { name: 'Active filters' })
    await user.click(within(chips).getByRole('button', { name: 'Room Hall C, remove' }))
    expect(screen.getByRole('heading', { name: 'Session A' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Session B' })).not.toBeInTheDocument()
    expect(within(days).getByRole('link', { name: 'Tue, Dec 4' })).toHaveAttribute(
      'href',
      '/?day=2018-12-04&track=Track+1',
    )
  })

  it('drops the filters a link names that the conference does not have, and says so', async () => {
    renderWithSchedule(<TimelinePage />, {
      url: `/?day=2018-12-03&room=${encodeURIComponent('<img src=x onerror=alert(1)>')}&track=Track+2&type=${'x'.repeat(5000)}`,
    })
    expect(
      await screen.findByText(
        'The room and type in this link are not one of this conference’s, so those filters are off.',
      ),
    ).toBeInTheDocument()
    // The known one stands.
    expect(screen.queryByRole('heading', { name: 'Session A' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Session B' })).toBeInTheDocument()
    const chips = await screen.findByRole('list', { name: 'Active filters' })
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Track Track 2, remove×'])
    expect(document.querySelector('img')).toBeNull()
  })

  it('says when the filters leave the day empty, and links to the days that match, keeping them', async () => {
    const user = userEvent.setup()
    renderWithSchedule(<TimelinePage />, { url: '/?day=2018-12-04&track=Track+2' })
    expect(
      await screen.findByText('No talks match the filters on Tuesday, December 4, 2018.'),
    ).toBeInTheDocument()
    const matching = screen.getByRole('navigation', { name: 'Days with matching talks' })
    const monday = within(matching).getByRole('link', { name: 'Mon, Dec 3' })
    expect(within(matching).getAllByRole('link')).toHaveLength(1)
    expect(monday).toHaveAttribute('href', '/?day=2018-12-03&track=Track+2')
    await user.click(monday)
    expect(
      screen.getByRole('heading', { level: 2, name: 'Monday, December 3, 2018' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Session B' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Session A' })).not.toBeInTheDocument()
  })

  it('lands on what is on now in the filtered list when a filter is chosen during the conference', async () => {
    const user = userEvent.setup()
    startClockAt(Date.parse('2018-12-04T12:52:00-08:00'))
    renderWithSchedule(<TimelinePage />, { url: '/?day=2018-12-03' })
    await user.click(screen.getByText('Filters', { selector: 'summary' }))
    const scrolled = vi.mocked(Element.prototype.scrollIntoView)
    scrolled.mockClear()
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Track' }), 'Track 1')
    // Today, not the day that was shown, and on the talk on now: not where the other list was scrolled.
    expect(
      screen.getByRole('heading', { level: 2, name: 'Tuesday, December 4, 2018' }),
    ).toBeInTheDocument()
    expect(scrolled).toHaveBeenCalledTimes(1)
    expect(scrolled.mock.contexts[0]).toBe(rowOf(NEURAL_ODE))
    // The selects stay where they were (focus is not pulled into the list).
    expect(screen.getByRole('combobox', { name: 'Track' })).toHaveFocus()
  })

  it('lands on the top of the filtered day when a filter is chosen outside the conference', async () => {
    const user = userEvent.setup()
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {})
    startClockAt(Date.parse('2018-12-10T12:00:00-08:00'))
    renderWithSchedule(<TimelinePage />, { url: '/?day=2018-12-03' })
    await user.click(screen.getByText('Filters', { selector: 'summary' }))
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Room' }), 'hall-c')
    expect(
      screen.getByRole('heading', { level: 2, name: 'Monday, December 3, 2018' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Session B' })).toBeInTheDocument()
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0)
    expect(vi.mocked(Element.prototype.scrollIntoView)).not.toHaveBeenCalled()
  })

  it('brings what is on now into view on a fresh visit during the session', () => {
    startClockAt(Date.parse('2018-12-04T12:52:00-08:00'))
    renderWithSchedule(<TimelinePage />)
    const scrolled = vi.mocked(Element.prototype.scrollIntoView)
    expect(scrolled).toHaveBeenCalledTimes(1)
    expect(scrolled.mock.contexts[0]).toBe(rowOf(NEURAL_ODE))
  })

  it('opens on today during the conference', () => {
    startClockAt(Date.parse('2018-12-04T13:06:00-08:00'))
    renderWithSchedule(<TimelinePage />)
    expect(
      screen.getByRole('heading', { level: 2, name: 'Tuesday, December 4, 2018' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Ünïcödé Tïtlé ✓' })).toHaveAttribute(
      'aria-current',
      'time',
    )
  })

  it('renders on the server without the clock, the zone choice or storage', () => {
    startClockAt(Date.parse('2018-12-04T12:52:00-08:00'))
    localStorage.setItem('plenary:time-zone', 'viewer')
    viewerIn('Asia/Tokyo')
    const queryClient = new QueryClient()
    queryClient.setQueryData(datasetQueries.schedule().queryKey, scheduleIndexOf(neuripsDataset))
    const html = renderToString(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter>
          <TimelinePage />
        </MemoryRouter>
      </QueryClientProvider>,
    )
    expect(html).toContain(NEURAL_ODE)
    expect(html).toContain('PST')
    expect(html).not.toContain('aria-current="time"')
    expect(html).not.toContain('GMT+9')
    expect(html).not.toContain('type="radio"')
  })
})
