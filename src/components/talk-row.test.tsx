import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { publishedSchedule } from '../../tests/fixtures/published-schedule'
import { renderWithSchedule } from '../../tests/fixtures/render-with-schedule'
import { useSchedule } from '../data/use-schedule'
import type { Dataset } from '../data/types'
import { TalkRow } from './talk-row'

function Rows({ zoneInHeading }: { zoneInHeading?: boolean }) {
  const model = useSchedule()
  return (
    <ol>
      {model.talks.map((talk) => (
        <TalkRow key={talk.id} talk={talk} model={model} zoneInHeading={zoneInHeading} />
      ))}
    </ol>
  )
}

const plain = (text: string | null) => (text ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ')
const rowOf = (title: string) => screen.getByRole('link', { name: title }).closest('li')!

describe('TalkRow', () => {
  it('names the room where the conference has several', async () => {
    renderWithSchedule(<Rows />, { dataset: publishedSchedule })
    expect(await screen.findByRole('link', { name: 'Rust im Kernel' })).toBeInTheDocument()
    expect(within(rowOf('Rust im Kernel')).getByText('K.1.105 (La Fontaine)')).toBeInTheDocument()
    expect(within(rowOf('Opening keynote')).getByText('Janson')).toBeInTheDocument()
  })

  it('leaves the room out where there is only one: it tells nothing', async () => {
    const oneRoom: Dataset = {
      ...publishedSchedule,
      rooms: publishedSchedule.rooms.slice(0, 1),
      talks: publishedSchedule.talks.map((talk) => ({ ...talk, roomId: 'janson' })),
    }
    renderWithSchedule(<Rows />, { dataset: oneRoom })
    expect(await screen.findByRole('link', { name: 'Rust im Kernel' })).toBeInTheDocument()
    expect(screen.queryByText('Janson')).not.toBeInTheDocument()
  })

  it('puts the length beside the time, and sets the zone apart where the heading above names it', async () => {
    renderWithSchedule(<Rows zoneInHeading />, { dataset: publishedSchedule })
    await screen.findByRole('link', { name: 'Rust im Kernel' })
    const row = rowOf('Rust im Kernel')
    const time = within(row).getByText(/10:30/)
    expect(plain(time.closest('.talk-row__when')!.textContent)).toBe(
      '10:30 – 11:00 AM GMT+1 · 30 min',
    )
    // The session list's stylesheet hides this where its sticky heading names the zone (tests/e2e/row-density.e2e.ts).
    expect(within(time).getByText('GMT+1')).toHaveClass('talk-time__zone')
  })
})
