/**
 * What a built site weighs, by part: the prerendered pages of each kind, the data files, the app's assets, the rest.
 * For npm run bench:build (./bench-build.ts); pure but for reading the folder, so the sorting is tested.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export type SitePart = 'timeline' | 'talks' | 'authors' | 'data' | 'assets' | 'other'

export interface PartFigures {
  files: number
  bytes: number
  /** Bytes of inline <style> in the part's pages (zero for parts that are not pages). */
  inlineCssBytes: number
}

export type SiteFigures = Record<SitePart, PartFigures>

/** The part a file of the site belongs to, by its path relative to the site's folder ("talks/x/index.html"). */
export function sitePart(path: string): SitePart {
  const [top, ...rest] = path.split(/[\\/]/)
  if (path === 'index.html') return 'timeline'
  if ((top === 'talks' || top === 'authors') && rest.at(-1) === 'index.html') return top
  if (top === 'data' || top === 'assets') return top
  return 'other'
}

export const PAGES: readonly SitePart[] = ['timeline', 'talks', 'authors']

const STYLE = /<style\b[^>]*>[\s\S]*?<\/style>/g

/** Bytes of inline <style> elements, tags included, in a page. */
export function inlineCssBytes(html: string): number {
  return [...html.matchAll(STYLE)].reduce((sum, [style]) => sum + Buffer.byteLength(style), 0)
}

export function siteFigures(dir: string): SiteFigures {
  const figures = Object.fromEntries(
    (['timeline', 'talks', 'authors', 'data', 'assets', 'other'] as const).map((part) => [
      part,
      { files: 0, bytes: 0, inlineCssBytes: 0 },
    ]),
  ) as SiteFigures
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = join(entry.parentPath, entry.name)
    const part = sitePart(relative(dir, file).split(sep).join('/'))
    const figure = figures[part]
    figure.files++
    figure.bytes += statSync(file).size
    if (PAGES.includes(part)) figure.inlineCssBytes += inlineCssBytes(readFileSync(file, 'utf8'))
  }
  return figures
}
