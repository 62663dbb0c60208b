import type { Plugin } from 'vite'
import { datasetAssets, datasetPath, readDataset, type DatasetAssets } from './dataset-assets'

const VIRTUAL_ID = 'virtual:plenary-dataset'
const RESOLVED_ID = `\0${VIRTUAL_ID}`

/**
 * Serves the dataset as separate, content-hashed static files rather than inlining it into the JS, so code and data
 * are cached apart and the initial JS stays small. The app learns the schedule's URL from `virtual:plenary-dataset`.
 */
export function datasetPlugin(): Plugin {
  const path = datasetPath()
  let assets: DatasetAssets | undefined
  const load = () => (assets ??= datasetAssets(readDataset(path)))

  return {
    name: 'plenary-dataset',
    buildStart() {
      this.addWatchFile(path)
      load()
    },
    watchChange(id) {
      if (id === path) assets = undefined
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      return `export const scheduleFile = ${JSON.stringify(load().schedule.fileName)}\n`
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? '').split('?')[0]!
        const base = server.config.base
        const { schedule, abstracts } = load()
        const asset = [schedule, ...abstracts].find((a) => url === `${base}${a.fileName}`)
        if (!asset) return next()
        response.setHeader('Content-Type', 'application/json')
        response.end(asset.source)
      })
    },
    generateBundle() {
      const { schedule, abstracts } = load()
      for (const asset of [schedule, ...abstracts])
        this.emitFile({ type: 'asset', fileName: asset.fileName, source: asset.source })
    },
  }
}
