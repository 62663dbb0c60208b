import { paragraphs } from '../../src/data/rich-text'
import { SCHEMA_VERSION, type LinkType, type Room } from '../../src/data/types'
import { slugify } from '../../src/lib/slug'

/**
 * Brings a dataset file of an older schema up to this one, so a conference imported before keeps building with the
 * same talk ids. Returns anything else as it is: the validator then says what is wrong with it.
 *
 * v1 -> v2: rooms become entities (a v1 room was a name on a session or talk), a session's track moves onto its
 * talks, abstracts become rich text, links a typed list, and the conference gets a language (v1 was English only).
 */
export function migrateDataset(value: unknown): unknown {
  if (!isRecord(value) || value.schemaVersion !== 1) return value
  const rooms: Room[] = []
  const roomId = (name: unknown): { roomId?: string } => {
    if (typeof name !== 'string' || name.trim() === '') return {}
    let room = rooms.find((r) => r.name === name)
    if (!room) rooms.push((room = { id: slugify(name) || `room-${rooms.length + 1}`, name }))
    return { roomId: room.id }
  }
  const sessions = records(value.sessions).map(({ room, ...session }) => ({
    ...session,
    ...roomId(room),
  }))
  const trackOf = new Map(records(value.sessions).map((s) => [s.id, s.track]))
  const talks = records(value.talks).map(({ room, links, abstract, ...talk }) => ({
    ...talk,
    ...(typeof trackOf.get(talk.sessionId) === 'string'
      ? { track: trackOf.get(talk.sessionId) }
      : {}),
    ...roomId(room),
    ...(isRecord(links) ? { links: typedLinks(links) } : {}),
    abstract: Array.isArray(abstract) ? paragraphs(abstract.map(String)) : abstract,
  }))
  return {
    ...value,
    schemaVersion: SCHEMA_VERSION,
    conference: isRecord(value.conference)
      ? { language: 'en', ...value.conference }
      : value.conference,
    rooms,
    sessions,
    talks,
  }
}

const V1_LINK_TYPES: Record<string, LinkType> = {
  paper: 'paper',
  code: 'code',
  poster: 'poster',
  video: 'video',
}

function typedLinks(links: Record<string, unknown>) {
  return Object.entries(links).flatMap(([key, url]) =>
    typeof url === 'string' ? [{ type: V1_LINK_TYPES[key] ?? 'other', url }] : [],
  )
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : []
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
