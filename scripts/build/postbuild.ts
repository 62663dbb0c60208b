/**
 * After `vite build`: steps that work on the built files. Static hosts such as GitHub Pages answer unknown paths
 * with 404.html, so it gets the app shell too and deep links still open the app.
 */
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'

const outDir = process.env.PLENARY_OUT_DIR || 'dist'
copyFileSync(join(outDir, 'index.html'), join(outDir, '404.html'))
console.log(`postbuild: wrote ${join(outDir, '404.html')}`)
