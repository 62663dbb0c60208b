/**
 * A small FOSDEM-like day for the grid's tests, in Brussels (+01:00), rooms listed Janson, K.1.105, H.2215, UB2.252A
 * (the last with no talk that day); talks given out of room order:
 *
 *   j1 Janson   09:30-10:00  Welcome to the Grid
 *   j2 Janson   10:00-10:50  The State of Open Source
 *   k1 K.1.105  10:00-10:30  Rust in the Kernel
 *   h1 H.2215   10:00-10:15  Tiny Tools
 *   h2 H.2215   10:15-10:40  Postponed Forever (cancelled)
 *   h3 H.2215   10:30-10:45  Double Booked (overlaps h2)
 *   j3 Janson   17:00-17:30  Closing Remarks (far down the day)
 * and on the next day, j4 Janson 10:00-10:30.
 */
import { paragraphs } from '../../../data/rich-text'
import type { Dataset, Talk } from '../../../data/types'

const talk = (
  id: string,
  roomId: string,
  title: string,
  start: string,
  end: string,
  extra: Partial<Talk> = {},
): Talk => ({
  id,
  roomId,
  kind: 'other',
  title,
  authorIds: ['ada-lovelace'],
  start: `2027-01-30T${start}:00+01:00`,
  end: `2027-01-30T${end}:00+01:00`,
  abstract: paragraphs([`About ${title}.`]),
  ...extra,
})

export const GRID_DAY = '2027-01-30'

export const gridDataset: Dataset = {
  schemaVersion: 2,
  version: 'grid-fixture-1',
  asOf: '2027-01-01',
  conference: {
    id: 'grid-fixture',
    name: 'Grid Fixture',
    timeZone: 'Europe/Brussels',
    language: 'en',
  },
  days: [{ date: GRID_DAY }, { date: '2027-01-31' }],
  rooms: [
    { id: 'janson', name: 'Janson' },
    { id: 'k1105', name: 'K.1.105' },
    { id: 'h2215', name: 'H.2215' },
    { id: 'ub2252a', name: 'UB2.252A' },
  ],
  sessions: [],
  talks: [
    talk('k1', 'k1105', 'Rust in the Kernel', '10:00', '10:30'),
    talk('h1', 'h2215', 'Tiny Tools', '10:00', '10:15'),
    talk('j2', 'janson', 'The State of Open Source', '10:00', '10:50', {
      authorIds: ['ada-lovelace', 'grace-hopper'],
    }),
    talk('h2', 'h2215', 'Postponed Forever', '10:15', '10:40', { status: 'cancelled' }),
    talk('h3', 'h2215', 'Double Booked', '10:30', '10:45'),
    talk('j1', 'janson', 'Welcome to the Grid', '09:30', '10:00'),
    talk('j3', 'janson', 'Closing Remarks', '17:00', '17:30'),
    {
      ...talk('j4', 'janson', 'Sunday Morning', '10:00', '10:30'),
      start: '2027-01-31T10:00:00+01:00',
      end: '2027-01-31T10:30:00+01:00',
    },
  ],
  authors: [
    { id: 'ada-lovelace', name: 'Ada Lovelace' },
    { id: 'grace-hopper', name: 'Grace Hopper' },
  ],
}
