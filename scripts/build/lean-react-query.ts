import type { Plugin } from 'vite'

const QUERY_CORE = /[\\/]node_modules[\\/]@tanstack[\\/]query-core[\\/]build[\\/]modern[\\/]/
const APP_SOURCE = /[\\/]src[\\/].+\.tsx?$/

const LEFT_OUT =
  "React Query's mutations and infinite queries are left out of Plenary's build (scripts/build/lean-react-query.ts)"

/**
 * What the app never uses of React Query, and what a use of would need: the app only reads files (queries), never
 * writes (mutations), and pages nothing (infinite queries).
 */
const LEFT_OUT_API = [
  'useMutation',
  'useIsMutating',
  'useMutationState',
  'mutationOptions',
  'MutationCache',
  'MutationObserver',
  'useInfiniteQuery',
  'useSuspenseInfiniteQuery',
  'usePrefetchInfiniteQuery',
  'infiniteQueryOptions',
  'InfiniteQueryObserver',
]

/**
 * Leaves React Query's mutations and infinite queries out of the build: 1.5 KiB gzip of every first visit. They cannot
 * be tree-shaken: `new QueryClient()` constructs a `MutationCache` (and with it the `Mutation` class) whether or not
 * anything mutates, and every query's fetch names the infinite-query behaviour in a branch only infinite queries take.
 * The library offers no lighter client (its `mutationCache` option only replaces the instance, not the code).
 *
 * So the build gives `queryClient.js` an empty mutation cache and `query.js` an infinite-query behaviour that throws,
 * each saying why; and it refuses app code that imports what would need them. Tests run the library untouched.
 * If an upgrade moves what this looks for, the build stops with a message rather than silently growing.
 */
export function leanReactQuery(): Plugin {
  return {
    name: 'plenary:lean-react-query',
    enforce: 'pre',
    apply: 'build',
    transform: {
      filter: { id: [QUERY_CORE, APP_SOURCE] },
      handler(code, id) {
        if (APP_SOURCE.test(id)) {
          const used = leftOutApiIn(code)
          if (used.length > 0) this.error(`${id} uses ${used.join(', ')}: ${LEFT_OUT}.`)
          return null
        }
        const lean = /[\\/]queryClient\.js$/.test(id)
          ? withoutMutations(code)
          : /[\\/]query\.js$/.test(id)
            ? withoutInfiniteQueries(code)
            : code
        if (lean === null)
          this.error(
            `${id} no longer looks as scripts/build/lean-react-query.ts expects: update it.`,
          )
        return lean === code ? null : { code: lean, map: null }
      },
    },
  }
}

const MUTATION_CACHE_IMPORT = 'import { MutationCache } from "./mutationCache.js";'

/**
 * An empty mutation cache, for `queryClient.js`: what the client calls on it when nothing mutates (resuming paused
 * mutations when the window regains focus or the network returns, `clear`, `isMutating`) does what it would do on
 * an empty cache. Returns null if the module does not import `MutationCache` as expected. Exported for its test.
 */
export function withoutMutations(code: string): string | null {
  if (!code.includes(MUTATION_CACHE_IMPORT)) return null
  return code.replace(
    MUTATION_CACHE_IMPORT,
    `var MutationCache = class {
	constructor(config = {}) { this.config = config; }
	build() { throw new Error(${JSON.stringify(LEFT_OUT)}); }
	getAll() { return []; }
	find() { return void 0; }
	findAll() { return []; }
	clear() {}
	subscribe() { return () => {}; }
	resumePausedMutations() { return Promise.resolve([]); }
};`,
  )
}

const INFINITE_BEHAVIOR_IMPORT =
  'import { infiniteQueryBehavior } from "./infiniteQueryBehavior.js";'

/** For `query.js`: returns null if the module does not import the behaviour as expected. Exported for its test. */
export function withoutInfiniteQueries(code: string): string | null {
  if (!code.includes(INFINITE_BEHAVIOR_IMPORT)) return null
  return code.replace(
    INFINITE_BEHAVIOR_IMPORT,
    `var infiniteQueryBehavior = () => { throw new Error(${JSON.stringify(LEFT_OUT)}); };`,
  )
}

/** The left-out names a module imports from React Query (types aside: they add no code). Exported for its test. */
export function leftOutApiIn(code: string): string[] {
  const imports = code.matchAll(
    /import\s+(type\s+)?\{([^}]*)\}\s+from\s+['"]@tanstack\/(?:react-query|query-core)['"]/g,
  )
  const names = [...imports]
    .filter(([, typeOnly]) => !typeOnly)
    .flatMap(([, , list]) => list!.split(','))
    .map((specifier) => specifier.trim())
    .filter((specifier) => !specifier.startsWith('type '))
    .map((specifier) => specifier.split(/\s+as\s+/)[0]!)
  return names.filter((name) => LEFT_OUT_API.includes(name))
}
