import type { Plugin } from 'vite'

/** V8's explicit compile hint (Chrome 136+): compile every function of this file eagerly, as it streams in. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** What the plugin needs to know of a chunk (Rollup's OutputChunk has these and more). */
export interface HintableChunk {
  type: 'chunk'
  name: string
  isEntry: boolean
  code: string
  map?: { mappings: string } | null
}

/**
 * Marks the chunks a page runs as soon as they arrive (the entry, and what is loaded before hydrating) with V8's
 * compile hint. Without it V8 compiles each function lazily on the main thread the first time it is called, which
 * during hydration is nearly all of them; with it, they are compiled on a background thread while the file streams
 * in. Measured on the one-session build's first render of `/`: about 30 ms less scripting on the main thread (see
 * the closing notes of the Timeline issue). Browsers without the hint read a comment.
 *
 * Chunks that may load without running most of their code (the search engine) stay lazy: eager compiling them would
 * spend a core of a phone on functions never called.
 */
export function compileHints(
  isEager: (chunk: { name: string; isEntry: boolean }) => boolean,
): Plugin {
  return {
    name: 'plenary:compile-hints',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    // The hint is part of the file, so part of its name's hash.
    augmentChunkHash: (chunk) => (isEager(chunk) ? COMPILE_HINT : undefined),
    generateBundle: {
      // After Vite's own generateBundle, which puts its preload map at the top of the entry.
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle))
          if (output.type === 'chunk' && isEager(output)) addCompileHint(output)
      },
    },
  }
}

/** Puts the hint on the chunk's first line (V8 reads it only there), keeping a source map aligned. */
export function addCompileHint(chunk: HintableChunk): void {
  if (chunk.code.startsWith(COMPILE_HINT)) return
  chunk.code = `${COMPILE_HINT}\n${chunk.code}`
  if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`
}
