import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { StarButton } from '../../components/star-button'
import { StarNotices } from '../../components/star-notices'
import { loadStars } from '../../lib/stars/stars'
import { KeyboardShortcuts } from './keyboard-shortcuts'
import { closeShortcuts } from './shortcuts-state'

const starStore = await loadStars()

const TALKS = [
  { id: 'evolved-policy-gradients', title: 'Evolved Policy Gradients' },
  { id: 'neural-ordinary-differential-equations', title: 'Neural Ordinary Differential Equations' },
  { id: 'neural-tangent-kernel', title: 'Neural Tangent Kernel' },
]

function renderList({ heading = 'Timeline' } = {}) {
  return render(
    <>
      <input aria-label="Search talks" />
      <main id="main">
        <h1>{heading}</h1>
        <ol>
          {TALKS.map((talk) => (
            <li key={talk.id}>
              <a href={`/talks/${talk.id}`}>{talk.title}</a>
              <StarButton talkId={talk.id} title={talk.title} />
            </li>
          ))}
        </ol>
        <StarNotices />
      </main>
      <KeyboardShortcuts />
    </>,
  )
}

const link = (title: string) => screen.getByRole('link', { name: title })
const star = (title: string) => screen.getByRole('button', { name: `Star ${title}` })

beforeAll(() => {
  // jsdom has no modal dialogs; the real one is exercised in Chromium (tests/e2e/venue.e2e.ts).
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
})
beforeEach(() => starStore.resetForTests())
afterEach(() => {
  closeShortcuts()
  window.history.replaceState(null, '', '/')
})

describe('KeyboardShortcuts', () => {
  it('moves through the talks with j and k, stopping at either end', async () => {
    const user = userEvent.setup()
    renderList()
    await user.keyboard('j')
    await waitFor(() => expect(link(TALKS[0]!.title)).toHaveFocus())
    await user.keyboard('jj')
    await waitFor(() => expect(link(TALKS[2]!.title)).toHaveFocus())
    await user.keyboard('j')
    await user.keyboard('k')
    await waitFor(() => expect(link(TALKS[1]!.title)).toHaveFocus())
  })

  it('stars the current talk with s, and unstars it with Undo offered', async () => {
    const user = userEvent.setup()
    renderList()
    await user.keyboard('jjs')
    await waitFor(() => expect(star(TALKS[1]!.title)).toHaveAttribute('aria-pressed', 'true'))
    expect(starStore.isStarred(TALKS[1]!.id)).toBe(true)
    expect(screen.getByText(`Starred “${TALKS[1]!.title}”.`)).toBeInTheDocument()
    await user.keyboard('s')
    await waitFor(() => expect(star(TALKS[1]!.title)).toHaveAttribute('aria-pressed', 'false'))
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument()
  })

  it('takes the talk in focus as the current one, however focus got there', async () => {
    const user = userEvent.setup()
    renderList()
    link(TALKS[2]!.title).focus()
    await user.keyboard('s')
    await waitFor(() => expect(star(TALKS[2]!.title)).toHaveAttribute('aria-pressed', 'true'))
    await user.keyboard('k')
    await waitFor(() => expect(link(TALKS[1]!.title)).toHaveFocus())
  })

  it('stars the talk a talk page is about', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', `/talks/${TALKS[1]!.id}`)
    render(
      <>
        <main id="main">
          <h1>{TALKS[1]!.title}</h1>
        </main>
        <KeyboardShortcuts />
      </>,
    )
    await user.keyboard('s')
    await waitFor(() => expect(starStore.isStarred(TALKS[1]!.id)).toBe(true))
  })

  it('says how to choose a talk when s has none', async () => {
    const user = userEvent.setup()
    renderList()
    await user.keyboard('s')
    expect(await screen.findByText(/No talk chosen: move to one with j or k/)).toBeInTheDocument()
    expect(TALKS.some((talk) => starStore.isStarred(talk.id))).toBe(false)
  })

  it('leaves keys typed into a field alone', async () => {
    const user = userEvent.setup()
    renderList()
    await user.click(screen.getByRole('textbox', { name: 'Search talks' }))
    await user.keyboard('js?')
    expect(screen.getByRole('textbox', { name: 'Search talks' })).toHaveValue('js?')
    expect(starStore.getStarredIds().size).toBe(0)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('lists the shortcuts in a dialog on ?', async () => {
    const user = userEvent.setup()
    renderList()
    await user.keyboard('?')
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(dialog).toHaveTextContent('jNext talk in the list')
    expect(dialog).toHaveTextContent('sStar or unstar the current talk')
    await user.click(screen.getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
