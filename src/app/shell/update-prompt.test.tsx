import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { serviceWorkerState } from './service-worker-state'
import { UpdatePrompt } from './update-prompt'

afterEach(() => act(() => serviceWorkerState.reset()))

describe('UpdatePrompt', () => {
  it('shows nothing until a new version waits', () => {
    render(<UpdatePrompt />)
    expect(screen.queryByText('Updated schedule available')).not.toBeInTheDocument()
  })

  it('offers a reload that activates the waiting version', async () => {
    const user = userEvent.setup()
    const activate = vi.fn(async () => {})
    render(<UpdatePrompt />)
    act(() => serviceWorkerState.updateReady(activate))
    expect(screen.getByText('Updated schedule available')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Reload' }))
    expect(activate).toHaveBeenCalledOnce()
  })

  it('can be put off for now', async () => {
    const user = userEvent.setup()
    const activate = vi.fn(async () => {})
    render(<UpdatePrompt />)
    act(() => serviceWorkerState.updateReady(activate))
    await user.click(screen.getByRole('button', { name: 'Not now' }))
    expect(screen.queryByText('Updated schedule available')).not.toBeInTheDocument()
    expect(activate).not.toHaveBeenCalled()
  })
})
