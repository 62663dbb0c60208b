import { render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { HydratedContext, useClientStore } from './client-store'

const noSubscription = () => () => {}

function Reading() {
  return (
    <output>
      {useClientStore(
        noSubscription,
        () => 'the browser’s',
        () => 'the server’s',
      )}
    </output>
  )
}

describe('useClientStore', () => {
  it('reads the server snapshot on the server', () => {
    expect(renderToString(<Reading />)).toContain('the server’s')
  })

  it('reads the server snapshot while the app hydrates, and the store once it has', () => {
    const { rerender } = render(
      <HydratedContext value={false}>
        <Reading />
      </HydratedContext>,
    )
    expect(screen.getByRole('status')).toHaveTextContent('the server’s')
    rerender(
      <HydratedContext value={true}>
        <Reading />
      </HydratedContext>,
    )
    expect(screen.getByRole('status')).toHaveTextContent('the browser’s')
  })

  it('reads the store at once outside a hydrating app (a client render, a test)', () => {
    render(<Reading />)
    expect(screen.getByRole('status')).toHaveTextContent('the browser’s')
  })
})
