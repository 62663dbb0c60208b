/**
 * The vite-plugin-pwa options, in one place: the web app manifest, how the app registers its service worker, and the
 * Workbox options the service worker is generated with. The plugin generates it once, as the build's last step, over
 * the finished site (prerendered pages included: scripts/build/site-plugin.ts runs first).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { VitePWAOptions } from 'vite-plugin-pwa'
import type { Dataset } from '../../src/data/types'
import { datasetPath } from './dataset-assets'
import { EXTRAS_GLOBS, extrasBytes, pageUrlsAsLinked, precacheScope } from './precache-plan'

/** The header's colour and the page's background (src/app/base.css): the installed app's title bar and splash. */
export const THEME_COLOR = '#1f3a5f'
export const BACKGROUND_COLOR = '#f7f7f4'

/** The empty app shell the prerenderer keeps (scripts/build/prerender.ts): it renders any address offline. */
const SHELL = '404.html'

export function pwaOptions(base: string): Partial<VitePWAOptions> {
  // Only the conference's name is needed; the dataset plugin validates the file.
  const { conference } = JSON.parse(readFileSync(datasetPath(), 'utf8')) as Dataset
  return {
    // Minified, without Workbox's debug logging, whatever NODE_ENV the step that generates it runs under.
    mode: 'production',
    registerType: 'prompt',
    // Registered by src/app/shell/register-service-worker.ts after the page has loaded: no workbox-window.
    injectRegister: false,
    includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
    manifest: {
      id: base,
      name: `${conference.name} · Plenary`,
      short_name: 'Plenary',
      description: `The ${conference.name} schedule on your phone: what is on now and next, every abstract, search and your own agenda, offline too.`,
      lang: 'en',
      dir: 'ltr',
      start_url: base,
      scope: base,
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,json}'],
      // Hashed names: the file name is the revision, so Workbox need not add one to the URL.
      dontCacheBustURLsMatching: /^(?:assets|data)\//,
      // The schedule index of a 10,000-talk conference is about 4.5 MB, and it must be precached.
      maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
      manifestTransforms: [async (entries) => pageUrlsAsLinked(entries)],
      navigateFallback: SHELL,
      // A link to a file (robots.txt, og-image.png) is not an app page. Route ids are slugs, without dots.
      navigateFallbackDenylist: [/\/[^/?]+\.[a-z0-9]+(?:\?.*)?$/i],
      // The first install takes over the open page, so a route's code or an abstract requested after the network
      // drops (the next talk, a search) is served from the cache. An update waits for the reader's "Reload".
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // Day files, details files and the search index, when they are not precached: kept once used.
          // Content-hashed, so a cached copy is never stale; old ones age out.
          urlPattern: /\/data\/(?:days\/[^/]+|details\/[^/]+|search\.[^/]+)\.json$/,
          handler: 'CacheFirst',
          options: {
            cacheName: 'plenary-data',
            expiration: { maxEntries: 400, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
    integration: {
      // After every other plugin's closeBundle, the prerenderer's included.
      closeBundleOrder: 'post',
      beforeBuildServiceWorker(options) {
        const workbox = options.workbox
        const outDir = workbox.globDirectory!
        // A service worker whose fallback is not precached fails when it starts.
        if (!existsSync(join(outDir, SHELL)))
          throw new Error(`service worker: ${SHELL}, its offline fallback, was not written`)
        const bytes = extrasBytes(outDir)
        const scope = precacheScope(bytes, process.env.PLENARY_PRECACHE)
        if (scope === 'shell')
          workbox.globIgnores = [
            ...(workbox.globIgnores ?? ['**/node_modules/**/*']),
            ...EXTRAS_GLOBS,
          ]
        // Says what the plugin's own summary (printed next, counting every precached file) does not: the choice.
        console.log(
          `service worker: ${(bytes / 1024).toFixed(0)} KiB of pages and data beyond the shell, ` +
            (scope === 'shell'
              ? 'cached as they are used (the precache below holds the shell and the schedule)'
              : 'precached with the shell (all counted below)'),
        )
      },
    },
  }
}
