/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { compileHints } from './scripts/build/compile-hints'
import { datasetPlugin } from './scripts/build/dataset-plugin'
import { leanReactQuery } from './scripts/build/lean-react-query'
import { pureReactRouter } from './scripts/build/pure-react-router'
import { pwaOptions } from './scripts/build/pwa-options'
import { sitePlugin } from './scripts/build/site-plugin'

// Hosting under a sub-path: PLENARY_BASE=/plenary/ npm run build
const base = process.env.PLENARY_BASE || '/'

// Chunks whose code runs as soon as it arrives: the entry, the route pages and the long day's virtual list.
const EAGER_CHUNK = /-route$|^virtual-session-list$/

// What the app needs to build at all, for the browser and for the prerenderer's Node build alike.
const appPlugins = () => [react(), pureReactRouter(), leanReactQuery(), datasetPlugin()]

export default defineConfig({
  base,
  // `vite build` is the whole build: the client bundle, then the prerendered site, then the service worker over it.
  plugins: [
    ...appPlugins(),
    compileHints((chunk) => chunk.isEntry || EAGER_CHUNK.test(chunk.name)),
    sitePlugin({ ssrPlugins: appPlugins }),
    VitePWA(pwaOptions(base)),
  ],
  build: {
    // The prerenderer reads which stylesheets and modules each route needs from it, then removes it.
    manifest: true,
    // Separate output folders let several builds (e.g. two checkouts' test runs) coexist.
    outDir: process.env.PLENARY_OUT_DIR || 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser the app targets (es2022) but Safari 16 supports modulepreload; there it only loses the hint.
    // The polyfill would cost every first visit 0.3 KiB gzip.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first screen loads in one chunk. Rolldown otherwise splits modules the entry already has
        // (react, the JSX runtime, its own runtime) into small extra chunks whenever a lazy chunk imports them too
        // (rolldown/rolldown#10731): about 1.4 KiB gzip of overhead and four more requests on the first visit.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
        // Hash-only names for the lazy chunks and stylesheets: the entry lists every one it may load (its dynamic
        // imports and their preload lists), and "star-notices-content-" and the like cost the first visit 0.3 KiB
        // gzip. The entry keeps its name (index.html), workers theirs (search.worker-*.js).
        chunkFileNames: 'assets/[hash].js',
        assetFileNames: 'assets/[hash][extname]',
      },
    },
  },
  // Unit tests in two Vitest projects: pure logic runs in Node (no DOM to set up, about five times faster); only
  // component tests and the few DOM-reading helpers (`*.dom.test.ts`) pay for jsdom.
  test: {
    restoreMocks: true,
    // Worker threads start faster than forked processes: about 15 % off the unit stage here (52 s against 61 s).
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          globals: true,
          // A component test types and clicks through whole pages; on a busy two-core machine that can take more
          // than the default 5 s. The timeout is there to catch a hang, never to judge speed.
          testTimeout: 30_000,
          setupFiles: ['./tests/setup.ts'],
          include: ['src/**/*.test.tsx', 'src/**/*.dom.test.ts'],
        },
      },
    ],
  },
})
