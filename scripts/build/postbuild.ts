/**
 * After `vite build` and the prerenderer: steps that work on the final files (a service worker's precache list
 * belongs here, after the prerendered pages exist). Static hosts such as GitHub Pages answer unknown paths with
 * 404.html, so it must be the app shell: the prerenderer keeps the shell there before index.html becomes the
 * prerendered timeline. A build without the prerenderer copies the shell here instead.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const outDir = process.env.PLENARY_OUT_DIR || 'dist'
const notFound = join(outDir, '404.html')
if (!existsSync(notFound)) {
  copyFileSync(join(outDir, 'index.html'), notFound)
  console.log(`postbuild: wrote ${notFound}`)
}
if (!readFileSync(notFound, 'utf8').includes('<div id="root"></div>'))
  throw new Error(`postbuild: ${notFound} is not the empty app shell`)
