import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { startStaticServer } from './static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
  }
}

/** Serves the production build (npm run build) for every browser journey, and stops the server after. */
export default async function setup(project: TestProject) {
  const distDir = process.env.PLENARY_OUT_DIR || 'dist'
  if (!existsSync(`${distDir}/index.html`))
    throw new Error(`No build in ${distDir}/: run "npm run build" first.`)
  const server = await startStaticServer(distDir, process.env.PLENARY_BASE || '/')
  project.provide('baseUrl', server.url)
  project.provide('distDir', distDir)
  return () => server.close()
}
