import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { KindBadge } from './kind-badge'

describe('KindBadge', () => {
  // The badge looks capitalised (small caps), but a screen reader must get a word, not letters to spell: the text
  // is as written. That the stylesheet does not transform it is checked in Chromium (tests/e2e/zoom.e2e.ts).
  it('carries the kind in normal case', () => {
    render(
      <>
        <KindBadge kind="oral" />
        <KindBadge kind="invited" />
      </>,
    )
    expect(screen.getByText('Oral', { exact: true })).toBeInTheDocument()
    expect(screen.getByText('Invited talk', { exact: true })).toBeInTheDocument()
    expect(screen.queryByText('ORAL', { exact: true })).not.toBeInTheDocument()
  })
})
