import { render, screen } from '@testing-library/react'
import { outline } from 'virtual:plenary-dataset'
import { describe, expect, it } from 'vitest'
import { mostCommonType } from '../data/dataset-outline'
import { OutlineContext } from '../data/outline-context'
import type { TalkKind } from '../data/types'
import { KindBadge } from './kind-badge'

interface Listed {
  kind: TalkKind
  type?: string
}

/** A list of talks' badges, as a conference whose outline the build made from those same talks would show them. */
function renderBadges(talks: Listed[]) {
  render(
    <OutlineContext value={{ ...outline, commonType: mostCommonType(talks) }}>
      <ul>
        {talks.map((talk, i) => (
          <li key={i}>
            <KindBadge kind={talk.kind} type={talk.type} />
          </li>
        ))}
      </ul>
    </OutlineContext>,
  )
  return screen.getAllByRole('listitem').map((item) => item.textContent)
}

const times = <T,>(count: number, item: T): T[] => Array.from({ length: count }, () => item)
const talks = (count: number, talk: Listed) => times(count, talk)

describe('KindBadge', () => {
  // The badge looks capitalised (small caps), but a screen reader must get a word, not letters to spell: the text
  // is as written. That the stylesheet does not transform it is checked in Chromium (tests/e2e/zoom.e2e.ts).
  it('carries the kind in normal case', () => {
    renderBadges([{ kind: 'oral' }, { kind: 'invited' }])
    expect(screen.getByText('Oral', { exact: true })).toBeInTheDocument()
    expect(screen.getByText('Invited talk', { exact: true })).toBeInTheDocument()
    expect(screen.queryByText('ORAL', { exact: true })).not.toBeInTheDocument()
  })

  it('names every kind the app knows, even the one most talks are (a session of 3 orals and 11 spotlights)', () => {
    const badges = renderBadges([
      ...talks(3, { kind: 'oral', type: 'Oral' }),
      ...talks(11, { kind: 'spotlight', type: 'Spotlight' }),
    ])
    expect(badges.filter((text) => text === 'Oral')).toHaveLength(3)
    expect(badges.filter((text) => text === 'Spotlight')).toHaveLength(11)
  })

  it("says nothing for the type most of a conference's talks are, and names the others as published", () => {
    const badges = renderBadges([
      ...talks(40, { kind: 'other', type: 'Talk' }),
      ...talks(3, { kind: 'other', type: 'Lightning talk' }),
      { kind: 'other', type: 'maintrack' },
      { kind: 'keynote', type: 'Keynote' },
      { kind: 'other' },
    ])
    expect(badges.filter((text) => text === '')).toHaveLength(41)
    expect(screen.queryByText('Talk', { exact: true })).not.toBeInTheDocument()
    expect(screen.getAllByText('Lightning talk', { exact: true })).toHaveLength(3)
    expect(screen.getByText('maintrack', { exact: true })).toBeInTheDocument()
    expect(screen.getByText('Keynote', { exact: true })).toBeInTheDocument()
  })

  it('names every type when no one type leads (a tie)', () => {
    const badges = renderBadges([
      ...talks(5, { kind: 'other', type: 'Talk' }),
      ...talks(5, { kind: 'other', type: 'Workshop session' }),
    ])
    expect(badges).toEqual([...times(5, 'Talk'), ...times(5, 'Workshop session')])
  })
})
