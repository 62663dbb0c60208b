import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { THEME_KEY } from '../../lib/theme'
import { ThemeToggle } from './theme-toggle'

/** The system's scheme, as prefers-color-scheme reports it (jsdom has no matchMedia of its own). */
function systemIs(scheme: 'light' | 'dark') {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: query === '(prefers-color-scheme: dark)' && scheme === 'dark',
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }) as unknown as MediaQueryList,
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
  delete document.documentElement.dataset.theme
})

const toggle = () => screen.getByRole('button', { name: 'Dark theme' })

describe('ThemeToggle', () => {
  it('follows a light system until pressed, then shows and remembers dark', async () => {
    const user = userEvent.setup()
    systemIs('light')
    render(<ThemeToggle placement="header" />)
    expect(toggle()).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle())
    expect(toggle()).toHaveAttribute('aria-pressed', 'true')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(localStorage.getItem(THEME_KEY)).toBe('dark')
  })

  it('forgets the choice when the reader picks what the system shows, so the system leads again', async () => {
    const user = userEvent.setup()
    systemIs('light')
    localStorage.setItem(THEME_KEY, 'dark')
    document.documentElement.dataset.theme = 'dark'
    render(<ThemeToggle placement="header" />)
    expect(toggle()).toHaveAttribute('aria-pressed', 'true')
    await user.click(toggle())
    expect(toggle()).toHaveAttribute('aria-pressed', 'false')
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(localStorage.getItem(THEME_KEY)).toBeNull()
  })

  it('starts pressed on a dark system and remembers light when pressed', async () => {
    const user = userEvent.setup()
    systemIs('dark')
    render(<ThemeToggle placement="header" />)
    expect(toggle()).toHaveAttribute('aria-pressed', 'true')
    await user.click(toggle())
    expect(toggle()).toHaveAttribute('aria-pressed', 'false')
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(localStorage.getItem(THEME_KEY)).toBe('light')
  })

  it('shows its name in the footer, where it has room', async () => {
    const user = userEvent.setup()
    systemIs('light')
    render(<ThemeToggle placement="footer" />)
    expect(toggle()).toHaveTextContent('Dark theme')
    await user.click(toggle())
    expect(toggle()).toHaveAttribute('aria-pressed', 'true')
  })
})
