import type { Plugin } from 'vite'

const REACT_ROUTER_DIST = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/].+\.mjs$/

/**
 * Lets the bundler drop the parts of React Router this app never renders (its `<Link>`, `<NavLink>`, `<Form>`,
 * framework-mode prefetching, data-router contexts). React Router 7 ships one flat module whose components are made by
 * `React.forwardRef(...)` and named by `X.displayName = "X"` at the top level; a bundler must keep both as possible
 * side effects, and with them everything they reference: about 3 KiB gzip of every first visit.
 *
 * This marks those calls pure and removes the names, which only React DevTools reads. It is what upstream
 * remix-run/react-router#15299 does in the library itself; drop that part once a release carries it.
 *
 * Production builds also turn off the development warnings. The package's exports only offer its development build;
 * its production build is the same file with that one constant set to false (another 0.5 KiB gzip).
 */
export function pureReactRouter(): Plugin {
  let production = false
  return {
    name: 'plenary:pure-react-router',
    enforce: 'pre',
    configResolved(config) {
      production = config.isProduction
    },
    transform: {
      filter: { id: REACT_ROUTER_DIST },
      handler(code) {
        let lean = markComponentFactoriesPure(code)
        if (production) lean = withoutDevWarnings(lean)
        return lean === code ? null : { code: lean, map: null }
      },
    },
  }
}

/** Exported for its test: the whole transform on a module's text. */
export function markComponentFactoriesPure(code: string): string {
  return code
    .replace(/^[A-Za-z_$][\w$]*\.displayName = (?:"[^"\n]*"|`[^`\n]*`);$/gm, '')
    .replace(/= (React\d*\.(?:forwardRef|createContext|memo)\()/g, '= /* @__PURE__ */ $1')
}

/** Exported for its test. */
export function withoutDevWarnings(code: string): string {
  return code.replace(/^var ENABLE_DEV_WARNINGS = true;$/m, 'var ENABLE_DEV_WARNINGS = false;')
}
