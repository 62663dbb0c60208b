import { paragraphs } from '../../src/data/rich-text'
import { SCHEMA_VERSION, type Author, type Dataset, type Talk } from '../../src/data/types'
import { slugify, uniqueSlug } from '../../src/lib/slug'
import { toZonedIso, wallTimeToEpoch } from '../../src/lib/zoned-time'
import { GIVEN_NAMES, SURNAMES } from './names'
import { createRandom } from './random'
import { TOPICS } from './topics'

/**
 * A seeded conference shaped like FOSDEM, for the many-room journeys and the budgets at conference scale: no
 * sessions, many rooms running at once all day, each room one track a day, most events of one type ("Talk") with a
 * few lightning talks and keynotes, one or two speakers each, a cancelled talk a day. Talks are 20 to 50 minutes
 * with short breaks, from 09:00 to about 19:00 venue time, so at any instant of the day nearly every room is busy.
 */
export interface ManyRoomsOptions {
  rooms?: number
  days?: number
  seed?: number
  /** The first day, a venue-local date. */
  startDate?: string
  timeZone?: string
}

const DURATIONS = [20, 25, 30, 30, 40, 50]
const BREAKS = [0, 5, 5, 10]
const DAY_START = 9 * 60
const DAY_END = 19 * 60

export function generateManyRooms(options: ManyRoomsOptions = {}): Dataset {
  const random = createRandom(options.seed ?? 7)
  const roomCount = options.rooms ?? 24
  const dayCount = options.days ?? 2
  const timeZone = options.timeZone ?? 'Europe/Brussels'
  const [year, month, firstDay] = (options.startDate ?? '2027-01-30').split('-').map(Number) as [
    number,
    number,
    number,
  ]
  const rooms = Array.from({ length: roomCount }, (_, i) => {
    const name = i === 0 ? 'Janson' : `${String.fromCharCode(72 + (i % 4))}.${1301 + i}`
    return { id: slugify(name), name }
  })
  const people: Author[] = []
  const takenPeople = new Set<string>()
  const takenTalks = new Set<string>()
  const talks: Talk[] = []
  const days: { date: string }[] = []

  const speaker = (): string => {
    if (people.length > 40 && random.chance(0.15)) return random.pick(people).id
    const name = `${random.pick(GIVEN_NAMES)} ${random.pick(SURNAMES)}`
    const id = uniqueSlug(name, takenPeople, 'speaker')
    people.push({ id, name })
    return id
  }

  for (let d = 0; d < dayCount; d++) {
    const date = new Date(Date.UTC(year, month - 1, firstDay + d)).toISOString().slice(0, 10)
    days.push({ date })
    const at = (minute: number) =>
      toZonedIso(
        wallTimeToEpoch(
          { year, month, day: firstDay + d, hour: Math.floor(minute / 60), minute: minute % 60 },
          timeZone,
        ),
        timeZone,
      )
    const cancelledRoom = random.int(1, roomCount - 1)
    rooms.forEach((room, r) => {
      const topic = TOPICS[(r + d * 5) % TOPICS.length]!
      const track = r === 0 ? 'Main Track' : `${capitalise(topic.name)} devroom`
      let minute = DAY_START + (r % 3) * 5
      let index = 0
      while (minute < DAY_END) {
        const keynote = r === 0 && index % 4 === 0
        const lightning = !keynote && random.chance(0.08)
        const minutes = keynote ? 50 : lightning ? 15 : random.pick(DURATIONS)
        const title = `${random.pick(topic.methods)} for ${random.pick(topic.tasks)}`
        const id = uniqueSlug(`${title} ${room.name}`, takenTalks, 'talk')
        const speakers = random.chance(0.25) ? [speaker(), speaker()] : [speaker()]
        talks.push({
          id,
          kind: keynote ? 'keynote' : 'other',
          type: keynote ? 'Keynote' : lightning ? 'Lightning talk' : 'Talk',
          track,
          roomId: room.id,
          title,
          ...(r === cancelledRoom && index === 3 ? { status: 'cancelled' as const } : {}),
          authorIds: [...new Set(speakers)],
          start: at(minute),
          end: at(minute + minutes),
          abstract: paragraphs([
            `A ${minutes}-minute talk on ${topic.terms.slice(0, 3).join(', ')} and ${random.pick(topic.tasks).toLowerCase()}, in ${room.name}.`,
          ]),
        })
        minute += minutes + random.pick(BREAKS)
        index++
      }
    })
  }

  talks.sort((a, b) => a.start.localeCompare(b.start) || a.roomId!.localeCompare(b.roomId!))
  return {
    schemaVersion: SCHEMA_VERSION,
    version: `many-rooms-${roomCount}-${dayCount}-${options.seed ?? 7}`,
    asOf: options.startDate ?? '2027-01-30',
    conference: {
      id: `many-rooms-${roomCount}`,
      name: `Many Rooms Conference (${roomCount} rooms)`,
      timeZone,
      language: 'en',
    },
    days,
    rooms,
    sessions: [],
    talks,
    authors: people.sort((a, b) => a.id.localeCompare(b.id)),
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
