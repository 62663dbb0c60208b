import type { Plugin } from 'vite'
import type { Dataset } from '../../src/data/types'
import {
  datasetAssets,
  datasetPath,
  readDataset,
  searchIndexAsset,
  type DataAsset,
  type DatasetAssets,
} from './dataset-assets'
import { withDocumentLanguage } from './document-language'
import { shellForConference } from './prerender-html'

const VIRTUAL_ID = 'virtual:plenary-dataset'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
// The search index's file name, in a module of its own: only search's lazily loaded code imports it.
const SEARCH_VIRTUAL_ID = 'virtual:plenary-search-index'
const SEARCH_RESOLVED_ID = `\0${SEARCH_VIRTUAL_ID}`

/**
 * Serves the dataset as separate, content-hashed static files rather than inlining it into the JS, so code and data
 * are cached apart and the initial JS stays small. The app learns the files' URLs (and the few facts the shell shows)
 * from `virtual:plenary-dataset`.
 */
export function datasetPlugin(): Plugin {
  const path = datasetPath()
  let dataset: Dataset | undefined
  let assets: DatasetAssets | undefined
  let search: DataAsset | undefined
  const read = () => (dataset ??= readDataset(path))
  const load = () => (assets ??= datasetAssets(read()))
  // Built only when asked for: it is the slowest of the files (about 1.5 s at 10,000 talks).
  const loadSearch = () => (search ??= searchIndexAsset(read()))

  return {
    name: 'plenary-dataset',
    buildStart() {
      this.addWatchFile(path)
      load()
    },
    watchChange(id) {
      if (id === path) {
        dataset = undefined
        assets = undefined
        search = undefined
      }
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID
      return id === SEARCH_VIRTUAL_ID ? SEARCH_RESOLVED_ID : undefined
    },
    load(id) {
      if (id === SEARCH_RESOLVED_ID)
        return `export const searchIndexFile = ${JSON.stringify(loadSearch().fileName)}\n`
      if (id !== RESOLVED_ID) return undefined
      const { outline, longestDay } = load()
      return `export const outline = ${JSON.stringify(outline)}\nexport const longestDay = ${longestDay}\n`
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? '').split('?')[0]!
        const base = server.config.base
        const { schedule, days, details } = load()
        // The search index is built only when something asks for a file that could be it.
        const search = url.startsWith(`${base}data/search.`) ? [loadSearch()] : []
        const asset = [schedule, ...days, ...details, ...search].find(
          (a) => url === `${base}${a.fileName}`,
        )
        if (!asset) return next()
        response.setHeader('Content-Type', 'application/json')
        response.end(asset.source)
      })
    },
    transformIndexHtml(html) {
      const { conference } = read()
      return withDocumentLanguage(shellForConference(html, conference.name), conference.language)
    },
    generateBundle() {
      const { schedule, days, details } = load()
      for (const asset of [schedule, ...days, ...details, loadSearch()])
        this.emitFile({ type: 'asset', fileName: asset.fileName, source: asset.source })
    },
  }
}
