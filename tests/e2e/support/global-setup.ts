import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { launchBrowserServer } from './browser'
import { buildManyRooms } from './many-rooms'
import { startStaticServer } from './static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
    /** The shared Chromium's address, for `connectBrowser()`. */
    wsEndpoint: string
    /** The many-room conference's build (support/many-rooms.ts), served for every file that needs many rooms. */
    manyRoomsUrl: string
    manyRoomsDir: string
  }
}

/**
 * Serves the production build (npm run build) for every browser journey, builds and serves the many-room conference
 * beside it, and launches the one Chromium they all share (each file connects to it and makes a fresh context per
 * test); stops them after.
 */
export default async function setup(project: TestProject) {
  const distDir = process.env.PLENARY_OUT_DIR || 'dist'
  if (!existsSync(`${distDir}/index.html`))
    throw new Error(`No build in ${distDir}/: run "npm run build" first.`)
  // About ten seconds on a quiet machine (825 talks, 1,700 pages); once for every file.
  const manyRoomsDir = await buildManyRooms(distDir)
  const browserServer = await launchBrowserServer()
  const server = await startStaticServer(distDir, process.env.PLENARY_BASE || '/')
  const manyRooms = await startStaticServer(manyRoomsDir, '/')
  project.provide('baseUrl', server.url)
  project.provide('distDir', distDir)
  project.provide('wsEndpoint', browserServer.wsEndpoint())
  project.provide('manyRoomsUrl', manyRooms.url)
  project.provide('manyRoomsDir', manyRoomsDir)
  return async () => {
    await manyRooms.close()
    await server.close()
    await browserServer.close()
  }
}
