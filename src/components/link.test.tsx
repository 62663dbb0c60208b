import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MemoryRouter } from 'react-router-dom'
import { LocationProbe } from '../../tests/fixtures/render-with-schedule'
import { isCurrentPath, Link, NavLink } from './link'

describe('Link', () => {
  it('navigates inside the app without leaving the page', async () => {
    const user = userEvent.setup()
    render(
      <MemoryRouter initialEntries={['/']}>
        <Link to="/talks/neural-ode">Neural ODE</Link>
        <LocationProbe />
      </MemoryRouter>,
    )
    const link = screen.getByRole('link', { name: 'Neural ODE' })
    expect(link).toHaveAttribute('href', '/talks/neural-ode')
    await user.click(link)
    expect(screen.getByRole('status', { name: 'Current URL' })).toHaveTextContent(
      '/talks/neural-ode',
    )
  })

  it('runs its own click handler first, and leaves navigation alone when that handler prevents it', async () => {
    const user = userEvent.setup()
    render(
      <MemoryRouter initialEntries={['/']}>
        <Link to="/agenda" onClick={(event) => event.preventDefault()}>
          Agenda
        </Link>
        <LocationProbe />
      </MemoryRouter>,
    )
    await user.click(screen.getByRole('link', { name: 'Agenda' }))
    expect(screen.getByRole('status', { name: 'Current URL' })).toHaveTextContent(/^\/$/)
  })
})

describe('NavLink', () => {
  it('marks the page shown as current', () => {
    render(
      <MemoryRouter initialEntries={['/search?q=ode']}>
        <NavLink to="/" end>
          Timeline
        </NavLink>
        <NavLink to="/search">Search</NavLink>
      </MemoryRouter>,
    )
    expect(screen.getByRole('link', { name: 'Search' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Timeline' })).not.toHaveAttribute('aria-current')
  })
})

describe('isCurrentPath', () => {
  it('holds the root current on itself only, with or without end', () => {
    expect(isCurrentPath('/', '/', false)).toBe(true)
    expect(isCurrentPath('/search', '/', false)).toBe(false)
  })

  it('holds other paths current below them too, unless end', () => {
    expect(isCurrentPath('/talks/a', '/talks', false)).toBe(true)
    expect(isCurrentPath('/talks/a', '/talks', true)).toBe(false)
    expect(isCurrentPath('/talksx', '/talks', false)).toBe(false)
    expect(isCurrentPath('/agenda/', '/agenda', true)).toBe(true)
  })

  it('compares the path only, not the search string', () => {
    expect(isCurrentPath('/', '/?day=2018-12-05', true)).toBe(true)
  })
})
