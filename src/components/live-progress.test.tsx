import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LiveProgress } from './live-progress'

/** What a screen reader can say of an element and everything in it: its text and the names and values it carries. */
function spoken(root: HTMLElement): string {
  const attributes = [root, ...root.querySelectorAll('*')].flatMap((element) =>
    ['aria-label', 'aria-valuetext'].map((name) => element.getAttribute(name) ?? ''),
  )
  return [root.textContent, ...attributes].join(' | ')
}

describe('LiveProgress', () => {
  it('shows the minutes left and the share done, and says each once', () => {
    const { container } = render(<LiveProgress percentDone={13} minutesLeft={13} />)
    expect(screen.getByText('13 min left')).toBeInTheDocument()
    const bar = screen.getByRole('progressbar', { name: 'Talk progress' })
    expect(bar).toHaveAttribute('aria-valuenow', '13')
    expect(bar).toHaveAttribute('aria-valuetext', '13% done')
    expect(spoken(container).match(/min left/g)).toHaveLength(1)
  })
})
