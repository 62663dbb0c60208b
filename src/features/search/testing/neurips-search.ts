/**
 * Test data for search: the real NeurIPS 2018 session, with its search asset and index built exactly as the build
 * and the worker build them.
 */
import neurips from '../../../../data/neurips-2018.json'
import type { Dataset } from '../../../data/types'
import { buildSearchAsset } from '../engine/search-asset'
import { buildSearchIndex } from '../engine/search-index'

export const neuripsDataset = neurips as Dataset

export const neuripsAsset = buildSearchAsset(neuripsDataset)

// Through JSON, as the worker receives it.
export const neuripsIndex = buildSearchIndex(JSON.parse(JSON.stringify(neuripsAsset)))

/** The talk ids of an outcome's order. */
export function idsOf(order: Int32Array, dataset: Dataset = neuripsDataset): string[] {
  return [...order].map((position) => dataset.talks[position]!.id)
}
