import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { neuripsDataset } from '../../../tests/fixtures/neurips-dataset'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import { viewerIn } from '../../../tests/fixtures/viewer-zone'
import { GRID_DAY, gridDataset } from './grid/grid-fixture'
import { TimelinePage } from './timeline-page'
import { resetVisitMemory } from './visit-memory'

/** A screen `width` px wide, as matchMedia reports it for the switch's query (jsdom has no matchMedia). */
function screenWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(min-width: 64rem)' && width >= 1024,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))
}

const gridRegion = () => screen.queryByRole('region', { name: /, by room$/ })
const layoutSwitch = () => screen.queryByRole('group', { name: 'Layout' })

beforeEach(() => {
  viewerIn('Europe/Brussels')
  Element.prototype.scrollIntoView = vi.fn()
  window.scrollTo = vi.fn()
})
afterEach(() => {
  cleanup()
  resetVisitMemory()
  vi.unstubAllGlobals()
})

describe('the List / Grid switch', () => {
  it('shows the grid on a wide screen when the URL asks for it', async () => {
    screenWidth(1280)
    renderWithSchedule(<TimelinePage />, {
      dataset: gridDataset,
      url: `/?day=${GRID_DAY}&view=grid`,
    })
    expect(
      await screen.findByRole('region', { name: 'Saturday, January 30, 2027, by room' }),
    ).toBeInTheDocument()
    // Instead of the list, not beside it.
    expect(screen.getAllByRole('link', { name: /^Rust in the Kernel/ })).toHaveLength(1)
    const options = within(layoutSwitch()!).getAllByRole('link')
    expect(options.map((link) => link.textContent)).toEqual(['List', 'Grid'])
    expect(options[1]).toHaveAttribute('aria-current', 'true')
    expect(options[0]).not.toHaveAttribute('aria-current')
    // The choice lives in the URL; the day stays.
    expect(options[0]).toHaveAttribute('href', `/?day=${GRID_DAY}`)
  })

  it('shows the list on a wide screen until the grid is chosen, then the grid', async () => {
    const user = userEvent.setup()
    screenWidth(1280)
    renderWithSchedule(<TimelinePage />, { dataset: gridDataset, url: `/?day=${GRID_DAY}` })
    expect(gridRegion()).not.toBeInTheDocument()
    const grid = within(layoutSwitch()!).getByRole('link', { name: 'Grid' })
    expect(grid).toHaveAttribute('href', `/?day=${GRID_DAY}&view=grid`)
    await user.click(grid)
    expect(await screen.findByRole('region', { name: /, by room$/ })).toBeInTheDocument()
  })

  it('shows the list on a phone, whatever the URL says', () => {
    screenWidth(375)
    renderWithSchedule(<TimelinePage />, {
      dataset: gridDataset,
      url: `/?day=${GRID_DAY}&view=grid`,
    })
    expect(gridRegion()).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Rust in the Kernel' })).toBeInTheDocument()
  })

  it('is not offered where there is only one room', () => {
    screenWidth(1280)
    renderWithSchedule(<TimelinePage />, { dataset: neuripsDataset, url: '/?view=grid' })
    expect(layoutSwitch()).not.toBeInTheDocument()
    expect(gridRegion()).not.toBeInTheDocument()
  })
})
