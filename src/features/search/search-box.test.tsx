import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, useNavigate } from 'react-router-dom'
import { describe, expect, it, vi } from 'vitest'
import { LocationProbe } from '../../../tests/fixtures/render-with-schedule'
import { SEARCH_SUMMARY_ID } from './search-ids'

// The search itself (Fuse.js, the worker, the index) is not what this file is about.
vi.mock('./search-client', () => ({ createSearchClient: () => ({ warm: () => {} }) }))

function BackButton() {
  const navigate = useNavigate()
  return (
    <button type="button" onClick={() => navigate(-1)}>
      Go back
    </button>
  )
}

/**
 * The box at `url`, with what typing does (search-typing.ts) held back until `arrive()`: a slow connection. A fresh
 * copy of the box each time, so each test loads that code anew.
 */
async function renderBox(url = '/') {
  let arrive!: () => void
  const arrived = new Promise<void>((resolve) => (arrive = resolve))
  vi.resetModules()
  vi.doMock('./search-typing', async (importOriginal) => {
    await arrived
    return importOriginal()
  })
  const { SearchBox } = await import('./search-box')
  render(
    <MemoryRouter initialEntries={[url]}>
      <SearchBox />
      <BackButton />
      <LocationProbe />
      {/* Where Enter sends focus: the search page's result summary. */}
      <p id={SEARCH_SUMMARY_ID} tabIndex={-1}>
        Results
      </p>
    </MemoryRouter>,
  )
  return { arrive }
}

const box = () => screen.getByRole('searchbox', { name: 'Search talks' })
const currentUrl = () => screen.getByRole('status', { name: 'Current URL' }).textContent

describe('the search box before its typing code is in', () => {
  it('takes letters at once, and searches for them all, in one history entry, once the code is in', async () => {
    const user = userEvent.setup()
    const { arrive } = await renderBox('/talks/a-talk')
    await user.type(box(), 'graph')
    expect(box()).toHaveValue('graph')
    expect(currentUrl()).toBe('/talks/a-talk')
    arrive()
    await waitFor(() => expect(currentUrl()).toBe('/search?q=graph'))
    // Typing goes on as usual, replacing the entry rather than adding one per letter.
    await user.type(box(), ' pooling')
    expect(currentUrl()).toBe('/search?q=graph+pooling')
    await user.click(screen.getByRole('button', { name: 'Go back' }))
    expect(currentUrl()).toBe('/talks/a-talk')
    expect(box()).toHaveValue('')
  })

  it('moves to the results on an Enter pressed while the code loads', async () => {
    const user = userEvent.setup()
    const { arrive } = await renderBox('/')
    await user.type(box(), 'kernel{Enter}')
    expect(box()).toHaveFocus()
    arrive()
    await waitFor(() => expect(screen.getByText('Results')).toHaveFocus())
    expect(currentUrl()).toBe('/search?q=kernel')
    await user.click(screen.getByRole('button', { name: 'Go back' }))
    expect(currentUrl()).toBe('/')
  })

  it('clears on Esc at once, and the query with it once the code is in', async () => {
    const user = userEvent.setup()
    const { arrive } = await renderBox('/')
    await user.type(box(), 'pooling{Escape}')
    expect(box()).toHaveValue('')
    expect(box()).toHaveFocus()
    arrive()
    await waitFor(() => expect(currentUrl()).toBe('/search'))
    // An empty box lets go of focus.
    await user.keyboard('{Escape}')
    expect(box()).not.toHaveFocus()
  })
})
