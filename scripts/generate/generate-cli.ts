/**
 * npm run generate -- --talks 10000 [--seed 1] [--out .bench/conf-10000.json]
 * npm run generate -- --shape many-rooms [--rooms 24] [--seed 7] [--out .bench/many-rooms.json]
 * Writes a synthetic conference dataset, usable as PLENARY_DATASET for a build: sessions in tracks (the default), or
 * shaped like FOSDEM (many rooms at once, no sessions).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { validateDataset } from '../dataset/validate-dataset'
import { generateConference } from './generate-conference'
import { generateManyRooms } from './generate-many-rooms'

const { values } = parseArgs({
  options: {
    talks: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    out: { type: 'string' },
    shape: { type: 'string', default: 'sessions' },
    rooms: { type: 'string', default: '24' },
  },
})
if (values.shape !== 'sessions' && values.shape !== 'many-rooms')
  throw new Error(`--shape is "sessions" or "many-rooms", not ${values.shape}`)
const talks = Number(values.talks)
if (!Number.isInteger(talks) || talks < 1)
  throw new Error(`--talks must be a positive whole number, not ${values.talks}`)
const seed = values.seed === undefined ? undefined : Number(values.seed)
const manyRooms = values.shape === 'many-rooms'
const out = values.out ?? (manyRooms ? '.bench/many-rooms.json' : `.bench/conf-${talks}.json`)
const dataset = manyRooms
  ? generateManyRooms({ rooms: Number(values.rooms), seed })
  : generateConference({ talks, seed }).dataset
const problems = validateDataset(dataset)
if (problems.length > 0)
  throw new Error(`generated dataset is invalid:\n  ${problems.slice(0, 10).join('\n  ')}`)
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(dataset))
console.log(
  `generated ${dataset.talks.length} talks, ${dataset.sessions.length} sessions, ${dataset.days.length} days, ${dataset.authors.length} authors -> ${out}`,
)
