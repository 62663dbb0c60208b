import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { publishedSchedule } from '../../../tests/fixtures/published-schedule'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import { viewerIn } from '../../../tests/fixtures/viewer-zone'
import { resetZoneChoiceForTests } from '../../lib/zone-preference'
import { TimelinePage } from './timeline-page'
import { resetVisitMemory } from './visit-memory'

const plain = (text: string | null) => (text ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ')
const rowOf = (title: string) => screen.getByRole('link', { name: title }).closest('li')!

beforeEach(() => {
  viewerIn('Europe/Brussels')
  Element.prototype.scrollIntoView = vi.fn()
})
afterEach(() => {
  cleanup()
  resetZoneChoiceForTests()
  resetVisitMemory()
})

describe('TimelinePage of a published schedule (no sessions)', () => {
  it('heads the talks starting together with their time, and says each talk’s room', () => {
    renderWithSchedule(<TimelinePage />, { dataset: publishedSchedule })
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => plain(h.textContent))
    expect(headings).toEqual(['9:30 AM GMT+1', '10:30 AM GMT+1', '12:30 AM GMT+1'])
    expect(within(rowOf('Rust im Kernel')).getByText('K.1.105 (La Fontaine)')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Rust im Kernel' })).toHaveAttribute('lang', 'de')
    expect(within(rowOf('An old talk')).getByText('Cancelled')).toBeInTheDocument()
    // The talk after midnight is on Saturday's timeline, last.
    expect(rowOf('Late night hacking')).toBeInTheDocument()
  })

  it('filters by a track the talks name, though no session does', async () => {
    const user = userEvent.setup()
    renderWithSchedule(<TimelinePage />, { dataset: publishedSchedule })
    await user.click(screen.getByText('Filters', { selector: 'summary' }))
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Track' }), 'Rust')
    expect(screen.getByRole('link', { name: 'Rust im Kernel' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Late night hacking' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Opening keynote' })).toBeNull()
  })
})
