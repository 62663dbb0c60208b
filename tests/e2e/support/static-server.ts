import { createReadStream, statSync } from 'node:fs'
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { createGzip } from 'node:zlib'

/**
 * Serves a built site the way common static hosts do: the file if it exists, `dir/index.html` for a folder, else the
 * SPA fallback (index.html, with status 200). Unlike `vite preview` it serves a prerendered `talks/<id>/index.html`
 * where one exists, so the tests see what a real host would serve. Base path aware: `/plenary/talks/x` with
 * base "/plenary/" maps to `<root>/talks/x`. Text is sent gzip-compressed when the browser accepts it, as every
 * real host and CDN does, so page-load figures (Lighthouse) are not measured on a slower wire than real users have.
 */
export interface StaticServer {
  url: string
  close(): Promise<void>
  /** Stop answering, as a dead venue network would; `resume` brings it back on the same port. */
  pause(): Promise<void>
  resume(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

export function resolveRequest(
  root: string,
  base: string,
  urlPath: string,
): { file: string; fallback: boolean } {
  let path: string
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!)
  } catch {
    path = '/'
  }
  if (path.startsWith(base)) path = `/${path.slice(base.length)}`
  const candidate = normalize(join(root, path))
  const inside = candidate === root || candidate.startsWith(root + sep)
  if (inside && isFile(candidate)) return { file: candidate, fallback: false }
  if (inside && isFile(join(candidate, 'index.html')))
    return { file: join(candidate, 'index.html'), fallback: false }
  return { file: join(root, 'index.html'), fallback: true }
}

export async function startStaticServer(
  rootDir: string,
  base = '/',
  port = 0,
): Promise<StaticServer> {
  const root = resolve(rootDir)
  const handler: RequestListener = (request, response) => {
    const { file } = resolveRequest(root, base, request.url ?? '/')
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    const compress =
      COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': file.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    })
    const body = createReadStream(file)
    if (compress) body.pipe(createGzip()).pipe(response)
    else body.pipe(response)
  }
  let server: Server = createServer(handler)
  const listen = (p: number) =>
    new Promise<number>((done, fail) => {
      server.once('error', fail)
      server.listen(p, '127.0.0.1', () => done((server.address() as AddressInfo).port))
    })
  const boundPort = await listen(port)
  const stop = () =>
    new Promise<void>((done) => {
      server.closeAllConnections()
      server.close(() => done())
    })
  return {
    url: `http://127.0.0.1:${boundPort}${base}`,
    close: stop,
    pause: stop,
    async resume() {
      server = createServer(handler)
      await listen(boundPort)
    },
  }
}
