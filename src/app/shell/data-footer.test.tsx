import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import { DataFooter } from './data-footer'
import { serviceWorkerState } from './service-worker-state'
import { closeShortcuts, useShortcutsOpen } from './shortcuts-state'

function OpenFlag() {
  return <output aria-label="Shortcuts open">{String(useShortcutsOpen())}</output>
}

afterEach(() => {
  act(() => {
    serviceWorkerState.reset()
    closeShortcuts()
  })
})

describe('DataFooter', () => {
  it('says what date and version the schedule data is', async () => {
    renderWithSchedule(<DataFooter />)
    const footer = await screen.findByRole('contentinfo')
    expect(footer).toHaveTextContent('Schedule data as of November 26, 2026 (version fixture-1)')
    expect(footer.querySelector('time')).toHaveAttribute('datetime', '2026-11-26')
    expect(footer).not.toHaveTextContent('works offline')
  })

  it('says when the schedule is saved for offline use', async () => {
    renderWithSchedule(<DataFooter />)
    await screen.findByRole('contentinfo')
    act(() => serviceWorkerState.offlineReady())
    expect(screen.getByText('Saved on this device: works offline.')).toBeInTheDocument()
  })

  it('opens the keyboard shortcuts', async () => {
    const user = userEvent.setup()
    renderWithSchedule(
      <>
        <DataFooter />
        <OpenFlag />
      </>,
    )
    await user.click(await screen.findByRole('button', { name: 'Keyboard shortcuts' }))
    expect(screen.getByRole('status', { name: 'Shortcuts open' })).toHaveTextContent('true')
  })
})
