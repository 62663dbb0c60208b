import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadStars, STORAGE_KEY } from '../lib/stars/stars'
import { StarButton } from './star-button'
import { StarNotices } from './star-notices'
import { UNDO_MS } from './star-notices-content'

const starStore = await loadStars()

const TITLE = 'Neural Ordinary Differential Equations'

function renderStar() {
  return render(
    <>
      <StarButton talkId="neural-ordinary-differential-equations" title={TITLE} />
      <StarNotices />
    </>,
  )
}

function savedIds(): string[] {
  const raw = localStorage.getItem(STORAGE_KEY)
  return raw ? (JSON.parse(raw) as { starred: { id: string }[] }).starred.map((s) => s.id) : []
}

beforeEach(() => starStore.resetForTests())
afterEach(() => vi.useRealTimers())

describe('StarButton', () => {
  it('is a toggle named after the talk whose name stays the same when pressed', async () => {
    const user = userEvent.setup()
    renderStar()
    const button = screen.getByRole('button', { name: `Star ${TITLE}` })
    expect(button).toHaveAttribute('aria-pressed', 'false')
    await user.click(button)
    expect(screen.getByRole('button', { name: `Star ${TITLE}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(savedIds()).toEqual(['neural-ordinary-differential-equations'])
  })

  it('works from the keyboard', async () => {
    const user = userEvent.setup()
    renderStar()
    await user.tab()
    await user.keyboard(' ')
    expect(screen.getByRole('button', { name: `Star ${TITLE}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('offers Undo after unstarring, which stars the talk again and returns focus', async () => {
    const user = userEvent.setup()
    renderStar()
    const button = screen.getByRole('button', { name: `Star ${TITLE}` })
    await user.click(button)
    await user.click(button)
    expect(button).toHaveAttribute('aria-pressed', 'false')
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(`Removed “${TITLE}” from your agenda.`),
    )
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(button).toHaveAttribute('aria-pressed', 'true')
    expect(button).toHaveFocus()
    expect(savedIds()).toEqual(['neural-ordinary-differential-equations'])
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
  })

  it('withdraws the Undo offer after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderStar()
    const button = screen.getByRole('button', { name: `Star ${TITLE}` })
    await user.click(button)
    await user.click(button)
    // Focus is still on the star, not on the notice, so the timer runs.
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument()
    act(() => vi.advanceTimersByTime(UNDO_MS + 10))
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
  })

  it('keeps the Undo offer while it has focus', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderStar()
    const button = screen.getByRole('button', { name: `Star ${TITLE}` })
    await user.click(button)
    await user.click(button)
    const undo = await screen.findByRole('button', { name: 'Undo' })
    act(() => undo.focus())
    act(() => vi.advanceTimersByTime(UNDO_MS * 3))
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument()
  })

  it('can dismiss the Undo offer', async () => {
    const user = userEvent.setup()
    renderStar()
    const button = screen.getByRole('button', { name: `Star ${TITLE}` })
    await user.click(button)
    await user.click(button)
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument()
    expect(button).toHaveAttribute('aria-pressed', 'false')
  })

  it('stays in step with other buttons for the same talk', async () => {
    const user = userEvent.setup()
    render(
      <>
        <StarButton talkId="x" title="Talk X" />
        <StarButton talkId="x" title="Talk X" />
      </>,
    )
    const [first, second] = screen.getAllByRole('button', { name: 'Star Talk X' })
    await user.click(first!)
    expect(second).toHaveAttribute('aria-pressed', 'true')
  })
})
