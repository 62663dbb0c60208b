/**
 * Makes `vite build` the whole build: when the client bundle is written, the prerenderer turns it into the site
 * (real HTML for every page, scripts/build/prerender.ts) and keeps the untouched shell as 404.html. vite-plugin-pwa
 * then generates the service worker once, over the finished site (its closeBundle runs after this one: see
 * `closeBundleOrder` in scripts/build/pwa-options.ts), so its precache lists the prerendered pages.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin, PluginOption, ResolvedConfig } from 'vite'
import { withContentSecurityPolicy } from './content-security-policy'
import { prerenderSite } from './prerender'
import { isShell } from './prerender-html'

export interface SitePluginOptions {
  /** The plugins the app needs to build for Node, for the prerenderer's SSR build. */
  ssrPlugins: () => PluginOption[]
  env?: NodeJS.ProcessEnv
}

export function sitePlugin({ ssrPlugins, env = process.env }: SitePluginOptions): Plugin {
  let config: ResolvedConfig
  return {
    name: 'plenary:site',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(resolved) {
      config = resolved
    },
    // The shell's policy, once Vite has added its own tags; the prerender sets each page's again as it writes it. Not
    // in development, where Vite and React's refresh add inline scripts of their own.
    transformIndexHtml: { order: 'post', handler: (html) => withContentSecurityPolicy(html) },
    closeBundle: {
      sequential: true,
      async handler(error?: Error) {
        // A failed client build has nothing to prerender; its own error is the one to see.
        if (error) return
        const outDir = resolve(config.root, config.build.outDir)
        await prerenderSite({
          outDir,
          base: config.base,
          siteUrl: env.PLENARY_SITE_URL?.trim() || undefined,
          mode: env.PLENARY_PRERENDER === 'index' ? 'index' : 'all',
          ssrPlugins: ssrPlugins(),
        })
        // The service worker's offline fallback and the hosts' answer to unknown paths.
        if (!isShell(readFileSync(join(outDir, '404.html'), 'utf8')))
          throw new Error(`build: ${join(outDir, '404.html')} is not the empty app shell`)
      },
    },
  }
}
