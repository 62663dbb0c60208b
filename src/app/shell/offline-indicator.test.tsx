import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import { OfflineIndicator } from './offline-indicator'

function goOffline() {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
  act(() => {
    window.dispatchEvent(new Event('offline'))
  })
}

afterEach(() => vi.restoreAllMocks())

describe('OfflineIndicator', () => {
  it('says nothing while online', async () => {
    renderWithSchedule(<OfflineIndicator />)
    expect(await screen.findAllByRole('status')).not.toHaveLength(0)
    expect(screen.queryByText(/Offline/)).not.toBeInTheDocument()
  })

  it('says the app is offline and how old its schedule is, and clears when the network is back', async () => {
    renderWithSchedule(<OfflineIndicator />)
    goOffline()
    expect(await screen.findByText(/^Offline, schedule as of/)).toHaveTextContent(
      'Offline, schedule as of November 26, 2026',
    )
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true)
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(screen.queryByText(/Offline/)).not.toBeInTheDocument()
  })
})
