/**
 * The last build step, after the prerenderer and postbuild: generates the service worker over the finished site, so
 * its precache lists the prerendered pages and the final index.html, and its navigation fallback is the empty shell.
 *
 * vite-plugin-pwa writes a service worker when Vite's bundle closes, before any page is prerendered. Rather than
 * restating its options for a second workbox-build call, this resolves the project's Vite config (same plugin, same
 * options, same PLENARY_BASE and PLENARY_OUT_DIR) and asks the plugin to generate again: `api.generateSW()` runs
 * workbox-build's generateSW with those options. What goes into the precache is decided in
 * scripts/build/pwa-options.ts.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { resolveConfig } from 'vite'
import type { VitePluginPWAAPI } from 'vite-plugin-pwa'

const config = await resolveConfig({}, 'build', 'production')
const api = config.plugins.find((plugin) => plugin.name === 'vite-plugin-pwa')?.api as
  VitePluginPWAAPI | undefined
if (!api || api.disabled)
  throw new Error('service-worker: vite-plugin-pwa is not set up in vite.config.ts')
await api.generateSW()

// A service worker whose fallback is not precached fails when it starts: check what was written.
const outDir = config.build.outDir
const worker = readFileSync(join(outDir, 'sw.js'), 'utf8')
if (!worker.includes('"404.html"'))
  throw new Error('service-worker: sw.js does not precache the app shell (404.html)')
// The first pass's Workbox runtime, if its name differs from the one sw.js now loads.
for (const file of readdirSync(outDir))
  if (/^workbox-[\w-]+\.js$/.test(file) && !worker.includes(`./${file.slice(0, -3)}`))
    rmSync(join(outDir, file))
