import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publishedSchedule } from '../../../tests/fixtures/published-schedule'
import { renderTalkRoute } from '../../../tests/fixtures/render-talk-route'
import { viewerIn } from '../../../tests/fixtures/viewer-zone'
import { resetClock, startClockAt } from '../../lib/clock'
import { resetZoneChoiceForTests } from '../../lib/zone-preference'

const renderTalk = (talkId: string) => renderTalkRoute(talkId, publishedSchedule)

beforeEach(() => viewerIn('Europe/Brussels'))
afterEach(() => {
  cleanup()
  resetClock()
  resetZoneChoiceForTests()
})

describe('TalkPage of a published schedule (no sessions)', () => {
  it('shows the subtitle, type, track and room, each link by its type and title, and both texts', () => {
    renderTalk('keynote')
    expect(screen.getByRole('heading', { level: 1, name: 'Opening keynote' })).toBeInTheDocument()
    expect(screen.getByText('Why we meet')).toBeInTheDocument()
    const facts = screen.getByText('Track', { selector: 'dt' }).closest('dl')!
    expect(within(facts).getByText('Main Track')).toBeInTheDocument()
    expect(within(facts).getByText(/^Janson/)).toBeInTheDocument()
    expect(within(facts).getByText('Keynote')).toBeInTheDocument()
    expect(within(facts).queryByText('Session')).toBeNull()
    expect(within(facts).getByRole('link', { name: 'Live stream' })).toHaveAttribute(
      'href',
      'https://live.example.org/janson',
    )

    const links = within(screen.getByRole('list', { name: 'Links' })).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'Event page',
      'Slides: Opening slides',
      'Code: Source code',
    ])
    expect(links[1]).toHaveAttribute('href', 'https://tiny.example.org/slides.pdf')

    expect(screen.getByRole('heading', { name: 'Abstract' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Description' })).toBeInTheDocument()
    expect(screen.getByText(/A longer text, with/)).toBeInTheDocument()
  })

  it('says a cancelled talk is cancelled, with no empty abstract and no speakers line', () => {
    renderTalk('cancelled')
    expect(screen.getByText('This talk will not take place as scheduled.')).toBeInTheDocument()
    expect(screen.getByText('Cancelled')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Abstract' })).toBeNull()
    expect(within(screen.getByRole('list', { name: 'Authors' })).queryAllByRole('link')).toEqual([])
  })

  it('never says a cancelled talk is on now, during its slot; a talk beside it is', () => {
    startClockAt(Date.parse('2026-01-31T10:40:00+01:00'))
    renderTalk('cancelled')
    expect(screen.queryByText('On now')).toBeNull()
    cleanup()
    renderTalk('rust')
    expect(screen.getByText('On now')).toBeInTheDocument()
  })

  it('marks a talk in another language than the conference’s, and names the language', () => {
    renderTalk('rust')
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'de')
    expect(screen.getByText('German')).toBeInTheDocument()
  })

  it('puts a talk after midnight on the day the source lists it under', () => {
    renderTalk('late')
    expect(screen.getByText(/Saturday, January 31, 2026/)).toBeInTheDocument()
  })
})
