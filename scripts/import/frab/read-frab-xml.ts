import { sourceId } from '../../../src/lib/slug'
import { SourceError } from '../import-error'
import type {
  SourceEvent,
  SourceLink,
  SourcePerson,
  SourcePersonDetails,
  SourceRoom,
  SourceSchedule,
} from './source-schedule'
import { childElement, childElements, childText, parseXml, type XmlElement } from './xml-tree'

/**
 * Reads a frab XML schedule (root `<schedule>`, as FOSDEM, frab and pretalx publish it) into the source-neutral
 * shape. It only finds fields: the rules (ids, times, link types, cancellations) are the builder's.
 */
export function readFrabXml(xml: string): SourceSchedule {
  const root = parseXml(xml)
  if (root.name !== 'schedule')
    throw new SourceError(
      `line ${root.line}`,
      `the root element is <${root.name}>, expected <schedule> (frab XML)`,
    )
  const conference = childElement(root, 'conference')
  if (!conference) throw new SourceError(`line ${root.line}: <schedule>`, 'no <conference> element')

  const directory = readPersonDirectory(root)
  const rooms: SourceRoom[] = []
  const days = childElements(root, 'day').map((day) => ({
    at: locate(day, `<day date=${day.attributes.date ?? '?'}>`),
    date: day.attributes.date,
    start: day.attributes.start,
    events: childElements(day, 'room').flatMap((room) => {
      const name = room.attributes.name?.trim()
      if (name && !rooms.some((r) => r.name === name))
        rooms.push({ at: locate(room, `<room name=${name}>`), name, slug: room.attributes.slug })
      return childElements(room, 'event').map((event) => readEvent(event, name, directory))
    }),
  }))

  return {
    format: 'frab XML',
    textFormat: 'html',
    baseUrl: childText(conference, 'base_url'),
    version: childText(root, 'version'),
    conference: {
      at: (field) => {
        const element = field ? childElement(conference, field) : undefined
        return `line ${(element ?? conference).line}: <conference>${field ? ` <${field}>` : ''}`
      },
      acronym: childText(conference, 'acronym'),
      title: childText(conference, 'title'),
      subtitle: childText(conference, 'subtitle'),
      venue: childText(conference, 'venue'),
      city: childText(conference, 'city'),
      url: childText(conference, 'base_url') ?? childText(conference, 'url'),
      timeZone: childText(conference, 'time_zone_name'),
      language: childText(conference, 'language'),
      dayChange: childText(conference, 'day_change'),
    },
    rooms,
    days,
  }
}

/** "line 6291: <event id=8376> <duration>": the line of the field when it is there, else the event's. */
function locate(element: XmlElement, label: string) {
  return (field?: string) => {
    const child = field ? childElement(element, field) : undefined
    return `line ${(child ?? element).line}: ${label}${field ? ` <${field}>` : ''}`
  }
}

function readEvent(
  event: XmlElement,
  listedRoom: string | undefined,
  directory: Map<string, SourcePersonDetails>,
): SourceEvent {
  const label = `<event${event.attributes.id ? ` id=${event.attributes.id}` : ''}>`
  const at = locate(event, label)
  const text = (name: string) => childText(event, name)
  const track = childElement(event, 'track')
  return {
    at,
    listedRoom,
    id: event.attributes.id,
    guid: event.attributes.guid,
    slug: text('slug'),
    date: text('date'),
    start: text('start'),
    duration: text('duration'),
    end: text('end'),
    room: text('room'),
    title: text('title'),
    subtitle: text('subtitle'),
    track: track?.text.trim() || undefined,
    type: text('type'),
    language: text('language'),
    // Raw, untrimmed HTML would be trimmed by the converter; empty means none.
    abstract: text('abstract'),
    description: text('description'),
    url: text('url'),
    feedbackUrl: text('feedback_url'),
    status: text('status'),
    persons: childElements(childElement(event, 'persons') ?? event, 'person').map((person) =>
      readPersonRef(person, directory),
    ),
    links: [
      ...references(event, 'links', 'link', 'link'),
      ...references(event, 'attachments', 'attachment', 'attachment'),
    ],
  }
}

/**
 * An event's `<person id>`, completed from the root `<persons>` directory. Its id is the person's frab slug
 * ("kristof_beyls" -> "kristof-beyls") when no other person has the same slug, else the slug and the frab id; a
 * person missing from the directory gets their name and frab id.
 */
function readPersonRef(
  person: XmlElement,
  directory: Map<string, SourcePersonDetails>,
): SourcePerson {
  const id = person.attributes.id
  const listedName = person.text.trim()
  if (!id)
    throw new SourceError(`line ${person.line}: <person>`, `"${listedName}" has no id attribute`)
  const details = directory.get(id) ?? {}
  const base = sourceId(details.slug ?? '') || sourceId(details.name ?? listedName)
  return {
    ...details,
    at: () => `line ${person.line}: <person id=${id}>`,
    key: `id:${id}`,
    // The event's own spelling is what the schedule prints beside the talk.
    name: listedName || details.name,
    idCandidates:
      details.slug && base
        ? [base, `${base}-${sourceId(id)}`]
        : [base ? `${base}-${sourceId(id)}` : `person-${sourceId(id)}`],
  }
}

function references(
  event: XmlElement,
  listName: string,
  itemName: string,
  kind: SourceLink['kind'],
): SourceLink[] {
  const list = childElement(event, listName)
  if (!list) return []
  return childElements(list, itemName).flatMap((item) => {
    const url = item.attributes.href?.trim()
    if (!url) return []
    const title = item.text.trim()
    return [
      {
        url,
        kind,
        ...(title ? { title } : {}),
        ...(item.attributes.type ? { declaredType: item.attributes.type } : {}),
      },
    ]
  })
}

/** The root `<persons>` list: names, slugs and biographies, by person id. */
function readPersonDirectory(root: XmlElement): Map<string, SourcePersonDetails> {
  const directory = new Map<string, SourcePersonDetails>()
  for (const person of childElements(childElement(root, 'persons') ?? root, 'person')) {
    const id = person.attributes.id
    if (!id) continue
    directory.set(id, {
      name: childText(person, 'name'),
      slug: childText(person, 'slug'),
      biography: childText(person, 'biography'),
      extendedBiography: childText(person, 'extended_biography'),
      avatar: childText(person, 'avatar'),
    })
  }
  return directory
}
