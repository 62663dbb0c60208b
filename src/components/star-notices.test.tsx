import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { BACKUP_KEY, loadStars, STORAGE_KEY } from '../lib/stars/stars'
import { StarButton } from './star-button'
import { StarNotices } from './star-notices'

const starStore = await loadStars()

beforeEach(() => starStore.resetForTests())

describe('StarNotices', () => {
  it('is an empty live region when all is well', () => {
    render(<StarNotices />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('tells once that unreadable stars were set aside, and offers the old data', async () => {
    const user = userEvent.setup()
    localStorage.setItem(STORAGE_KEY, 'garbage')
    const { unmount } = render(<StarNotices />)
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Your saved stars could not be read, so your agenda started fresh. A copy is set aside in this browser: your agenda can restore it.',
      ),
    )
    expect(screen.getByRole('button', { name: 'Download the old data' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'OK' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    unmount()

    // A new page load: the clean record was saved, so nothing is said again; the copy is still there.
    starStore.resetForTests()
    render(<StarNotices />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    expect(localStorage.getItem(BACKUP_KEY)).toBe('garbage')
  })

  it('says storage is off when writes are refused for another reason', async () => {
    const user = userEvent.setup()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    render(
      <>
        <StarButton talkId="a" title="Talk A" />
        <StarNotices />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Star Talk A' }))
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Stars can’t be saved in this browser (storage is off or full). They work until you close this tab',
      ),
    )
  })

  it('says clearly, without blocking, that a star cannot be saved when storage is full', async () => {
    const user = userEvent.setup()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    render(
      <>
        <StarButton talkId="a" title="Talk A" />
        <StarNotices />
      </>,
    )
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    await user.click(screen.getByRole('button', { name: 'Star Talk A' }))
    expect(screen.getByRole('button', { name: 'Star Talk A' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Your star could not be saved: this browser’s storage for the site is full.',
      ),
    )
    await user.click(screen.getByRole('button', { name: 'OK' }))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    // Starring still works after the notice is closed.
    await user.click(screen.getByRole('button', { name: 'Star Talk A' }))
    expect(screen.getByRole('button', { name: 'Star Talk A' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
  })
})
