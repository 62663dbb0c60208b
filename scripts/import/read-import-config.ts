import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Correction } from './corrections'
import type { ImportOptions } from './build-dataset'

/** One import: which page, into which dataset, with which explicit facts and corrections. */
export interface ImportConfig extends ImportOptions {
  source: string
  output: string
  idMap: string
  corrections: Correction[]
}

/** Reads an import config; its file paths are relative to the config file. */
export function readImportConfig(path: string): ImportConfig {
  const config = JSON.parse(readFileSync(path, 'utf8')) as ImportConfig
  const dir = dirname(resolve(path))
  for (const key of ['source', 'output', 'idMap'] as const) {
    if (typeof config[key] !== 'string') throw new Error(`${path}: "${key}" must be a file path`)
    config[key] = resolve(dir, config[key])
  }
  if (!Number.isInteger(config.year))
    throw new Error(`${path}: "year" must be a whole number, e.g. 2018`)
  config.corrections ??= []
  return config
}
