import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { launchBrowserServer } from './browser'
import { startStaticServer } from './static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
    /** The shared Chromium's address, for `connectBrowser()`. */
    wsEndpoint: string
  }
}

/**
 * Serves the production build (npm run build) for every browser journey and launches the one Chromium they all
 * share (each file connects to it and makes a fresh context per test); stops both after.
 */
export default async function setup(project: TestProject) {
  const distDir = process.env.PLENARY_OUT_DIR || 'dist'
  if (!existsSync(`${distDir}/index.html`))
    throw new Error(`No build in ${distDir}/: run "npm run build" first.`)
  const browserServer = await launchBrowserServer()
  const server = await startStaticServer(distDir, process.env.PLENARY_BASE || '/')
  project.provide('baseUrl', server.url)
  project.provide('distDir', distDir)
  project.provide('wsEndpoint', browserServer.wsEndpoint())
  return async () => {
    await server.close()
    await browserServer.close()
  }
}
