import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { neuripsDataset } from '../../../tests/fixtures/neurips-dataset'
import { plainText } from '../../data/rich-text'
import { renderTalkRoute } from '../../../tests/fixtures/render-talk-route'
import { viewerIn } from '../../../tests/fixtures/viewer-zone'
import { resetClock, startClockAt } from '../../lib/clock'
import { resetZoneChoiceForTests, setZoneChoice } from '../../lib/zone-preference'

const plain = (text: string | null) => (text ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ')

const renderTalk = (talkId: string) => renderTalkRoute(talkId, neuripsDataset)

beforeEach(() => viewerIn('America/Los_Angeles'))
afterEach(() => {
  // Unmount first: resetting the stores under a mounted page would update it outside act().
  cleanup()
  resetClock()
  resetZoneChoiceForTests()
})

describe('TalkPage', () => {
  it('shows the talk: title, authors, kind, day, time, duration, session, abstract and its neighbours', async () => {
    renderTalk('neural-ordinary-differential-equations')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Neural Ordinary Differential Equations',
    )
    const authors = within(screen.getByRole('list', { name: 'Authors' })).getAllByRole('link')
    expect(authors.map((a) => a.textContent)).toEqual([
      'Tian Qi Chen',
      'Yulia Rubanova',
      'Jesse Bettencourt',
      'David Duvenaud',
    ])
    expect(authors[3]).toHaveAttribute('href', '/authors/david-duvenaud')
    expect(screen.getByText('Oral')).toBeInTheDocument()
    expect(screen.getByText('15 min')).toBeInTheDocument()
    expect(screen.getByText(/Tuesday, December 4, 2018/)).toBeInTheDocument()
    expect(plain(screen.getByText(/12:50/).textContent)).toBe('12:50 – 1:05 PM PST')
    expect(screen.getByText('Tue Track 2 -- Session 2')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Abstract' })).toBeInTheDocument()
    expect(
      screen.getByText(/^We introduce a new family of deep neural network models\./),
    ).toBeInTheDocument()
    const pager = screen.getByRole('navigation', { name: 'Previous and next talk' })
    expect(
      within(pager).getByRole('link', { name: /Previous.*Probabilistic Neural Programmed/ }),
    ).toHaveAttribute(
      'href',
      '/talks/probabilistic-neural-programmed-networks-for-scene-generation',
    )
    expect(
      within(pager).getByRole('link', { name: /Next.*Bias and Generalization/ }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Neural Ordinary Differential Equations · NeurIPS 2018')
  })

  it('puts the star first among the toggles, and the calendar actions on the page', () => {
    renderTalk('neural-ordinary-differential-equations')
    const toggles = screen.getAllByRole('button', { pressed: false })
    expect(toggles[0]).toHaveAccessibleName('Star Neural Ordinary Differential Equations')
    expect(screen.getByRole('group', { name: 'Add to calendar' })).toBeInTheDocument()
  })

  it('shows the viewer’s time beside the conference’s when they differ, with the day it falls on', () => {
    viewerIn('Asia/Tokyo')
    renderTalk('neural-ordinary-differential-equations')
    const yours = screen.getByText(/Your time:/)
    expect(plain(yours.textContent)).toBe('Your time: 5:50 – 6:05 AM GMT+9 +1 day')
    act(() => setZoneChoice('viewer'))
    expect(plain(screen.getByText(/Conference time:/).textContent)).toBe(
      'Conference time: 12:50 – 1:05 PM PST',
    )
  })

  it('moves to the next or previous talk with a sideways swipe', () => {
    renderTalk('neural-ordinary-differential-equations')
    const article = screen.getByRole('heading', { level: 1 }).closest('article')!
    const swipe = (fromX: number, toX: number, y = 300) => {
      fireEvent.touchStart(article, { touches: [{ clientX: fromX, clientY: y }] })
      fireEvent.touchEnd(article, { changedTouches: [{ clientX: toX, clientY: y + 10 }] })
    }
    swipe(300, 260) // too short: reading, not swiping
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Neural Ordinary')
    swipe(300, 120)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Bias and Generalization in Deep Generative Models',
    )
    const next = screen.getByRole('heading', { level: 1 }).closest('article')!
    fireEvent.touchStart(next, { touches: [{ clientX: 100, clientY: 300 }] })
    fireEvent.touchEnd(next, { changedTouches: [{ clientX: 280, clientY: 300 }] })
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Neural Ordinary')
  })

  it('says when the talk is on now', () => {
    startClockAt(Date.parse('2018-12-04T12:52:00-08:00'))
    renderTalk('neural-ordinary-differential-equations')
    expect(screen.getByText('On now')).toBeInTheDocument()
    expect(screen.getByText('13 min left')).toBeInTheDocument()
  })

  it('copies the link and says so where there is no share sheet', async () => {
    const user = userEvent.setup()
    renderTalk('neural-ordinary-differential-equations')
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    const confirmation = await screen.findByText(/Link copied/)
    expect(confirmation).toBeVisible()
    expect(confirmation).toHaveAttribute('role', 'status')
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/talks/neural-ordinary-differential-equations`,
    )
  })

  it('shows the link to copy by hand when copying is refused', async () => {
    const user = userEvent.setup()
    renderTalk('neural-ordinary-differential-equations')
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText(/copy the link below/)).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'Link to this talk' })).toHaveValue(
      `${window.location.origin}/talks/neural-ordinary-differential-equations`,
    )
  })

  it('uses the share sheet where the browser has one', async () => {
    const user = userEvent.setup()
    const share = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    try {
      renderTalk('neural-ordinary-differential-equations')
      await user.click(screen.getByRole('button', { name: 'Share' }))
      expect(share).toHaveBeenCalledWith({
        title: 'Neural Ordinary Differential Equations',
        url: `${window.location.origin}/talks/neural-ordinary-differential-equations`,
      })
    } finally {
      Reflect.deleteProperty(navigator, 'share')
    }
  })

  it('answers an unknown id with the closest titles and a way home', () => {
    renderTalk('neural-ordinary-diferential-equations')
    expect(screen.getByRole('heading', { level: 1, name: 'No such talk' })).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Neural Ordinary Differential Equations' }),
    ).toHaveAttribute('href', '/talks/neural-ordinary-differential-equations')
    expect(screen.getByRole('link', { name: 'Go to the timeline' })).toHaveAttribute('href', '/')
  })

  it('answers a malformed id without crashing', () => {
    // React Router says on the console that it could not decode the address; that is the point here.
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderTalk('%E0%A4%A-neural')
    expect(screen.getByRole('heading', { level: 1, name: 'No such talk' })).toBeInTheDocument()
  })

  it('keeps the talk when its abstract cannot be loaded (offline, never read), and tries again', async () => {
    const user = userEvent.setup()
    const abstract = neuripsDataset.talks.find(
      (t) => t.id === 'neural-ordinary-differential-equations',
    )!.abstract
    const fetch = vi.fn(async (): Promise<Response> => {
      throw new TypeError('Failed to fetch')
    })
    vi.stubGlobal('fetch', fetch)
    try {
      renderTalkRoute('neural-ordinary-differential-equations', neuripsDataset, {
        withAbstracts: false,
      })
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Neural Ordinary Differential Equations',
      )
      expect(
        await screen.findByText(/The abstract could not be loaded: it is not saved on this device/),
      ).toBeInTheDocument()

      const details = {
        talks: { 'neural-ordinary-differential-equations': { abstract } },
        biographies: {},
      }
      fetch.mockImplementation(async () => new Response(JSON.stringify(details)))
      await user.click(screen.getByRole('button', { name: 'Try again' }))
      expect(await screen.findByText(plainText(abstract).split('\n\n')[0]!)).toBeInTheDocument()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
