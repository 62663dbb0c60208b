/**
 * npm run generate -- --talks 10000 [--seed 1] [--out .bench/conf-10000.json]
 * Writes a synthetic conference dataset, usable as PLENARY_DATASET for a build.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { validateDataset } from '../dataset/validate-dataset'
import { generateConference } from './generate-conference'

const { values } = parseArgs({
  options: {
    talks: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
})
const talks = Number(values.talks)
if (!Number.isInteger(talks) || talks < 1)
  throw new Error(`--talks must be a positive whole number, not ${values.talks}`)
const out = values.out ?? `.bench/conf-${talks}.json`
const { dataset } = generateConference({ talks, seed: Number(values.seed) })
const problems = validateDataset(dataset)
if (problems.length > 0)
  throw new Error(`generated dataset is invalid:\n  ${problems.slice(0, 10).join('\n  ')}`)
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(dataset))
console.log(
  `generated ${dataset.talks.length} talks, ${dataset.sessions.length} sessions, ${dataset.days.length} days, ${dataset.authors.length} authors -> ${out}`,
)
