import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'

/**
 * Builds the app the way a deployment is into `outDir`, with `env` on top of this process's environment. `vite
 * build` is the whole build (client, prerendered pages, service worker: vite.config.ts); the type check that
 * `npm run build` adds in front has its own stage in `npm test`. Two files may build at once: each build writes only
 * its own folders, so they need not take turns.
 */
export async function buildDeployment(outDir: string, env: Record<string, string>): Promise<void> {
  await promisify(execFile)(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], {
    env: {
      ...process.env,
      // Vitest runs with NODE_ENV=test, which would make this a development build of React.
      NODE_ENV: 'production',
      PLENARY_OUT_DIR: outDir,
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  })
}
