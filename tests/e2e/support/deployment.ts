import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

/** Is the process that took the lock still running? */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Takes the lock folder if it is free (or left by a process that has died). */
function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock)
    writeFileSync(join(lock, 'pid'), String(process.pid))
    return true
  } catch {
    let owner = NaN
    try {
      owner = Number(readFileSync(join(lock, 'pid'), 'utf8'))
    } catch {
      // Just made by another file, its pid not written yet: wait.
      return false
    }
    if (Number.isInteger(owner) && owner > 0 && !alive(owner))
      rmSync(lock, { recursive: true, force: true })
    return false
  }
}

/**
 * Builds the app the way a deployment is (`npm run build`) into `outDir`, with `env` on top of this process's
 * environment. Files run in parallel, and two of them build a deployment of their own: they take turns (a lock
 * folder beside the shared build), so two builds never write `tsc -b`'s incremental state at once or fight over the
 * two cores. A lock left by a run that died is taken over.
 */
export async function buildDeployment(
  distDir: string,
  outDir: string,
  env: Record<string, string>,
): Promise<void> {
  const lock = `${resolve(distDir)}-build-lock`
  // Polled by hand: this runs in a beforeAll, where expect.poll cannot be used.
  const deadline = Date.now() + 600_000
  while (!takeLock(lock)) {
    if (Date.now() > deadline)
      throw new Error(`Waited 10 minutes for ${lock} to go: is a build hung?`)
    await new Promise((done) => setTimeout(done, 500))
  }
  try {
    await promisify(execFile)('npm', ['run', 'build'], {
      env: {
        ...process.env,
        // Vitest runs with NODE_ENV=test, which would make this a development build of React.
        NODE_ENV: 'production',
        PLENARY_OUT_DIR: outDir,
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    })
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
