import { readFileSync } from 'node:fs'
import type { Dataset } from '../../../src/data/types'

/** The dataset the build bundled (the default one unless PLENARY_DATASET says otherwise). */
export function bundledDataset(): Dataset {
  return JSON.parse(
    readFileSync(process.env.PLENARY_DATASET || 'data/neurips-2018.json', 'utf8'),
  ) as Dataset
}
