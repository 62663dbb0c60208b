import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { generateManyRooms } from '../../../scripts/generate/generate-many-rooms'
import { buildDeployment } from './deployment'

/**
 * The many-room conference every many-room journey shares (scripts/generate/generate-many-rooms.ts: 24 rooms, two
 * days of about 400 talks, 21 rooms busy at 15:00), built once beside the main build. Its instants are fixed, so a
 * journey picks its "now" with ?now=.
 */
export const MANY_ROOMS = {
  /** Saturday 15:00 in Brussels: 21 of 24 rooms are running a talk. */
  busyInstant: '2027-01-30T15:00:00+01:00',
  firstDay: '2027-01-30',
  timeZone: 'Europe/Brussels',
} as const

export async function buildManyRooms(distDir: string): Promise<string> {
  const outDir = `${resolve(distDir)}-many-rooms`
  const datasetFile = `${outDir}-dataset/many-rooms.json`
  mkdirSync(dirname(datasetFile), { recursive: true })
  writeFileSync(datasetFile, JSON.stringify(generateManyRooms()))
  await buildDeployment(outDir, { PLENARY_DATASET: datasetFile, PLENARY_BASE: '/' })
  return outDir
}
