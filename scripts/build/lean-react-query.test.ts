import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { leftOutApiIn, withoutInfiniteQueries, withoutMutations } from './lean-react-query'

const queryCore = (file: string) => {
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('@tanstack/query-core/package.json'))
  return readFileSync(join(root, 'build', 'modern', file), 'utf8')
}

/** Evaluates a module's text with its imports and exports taken out, returning what `name` holds. */
function definitionOf(code: string, name: string): unknown {
  const body = code.replace(/^import .*$/gm, '').replace(/^export \{[^}]*\};?$/gm, '')
  return new Function(`${body}\nreturn ${name}`)()
}

describe('withoutMutations', () => {
  it("gives the installed React Query's client an empty mutation cache in place of the real one", () => {
    const lean = withoutMutations(queryCore('queryClient.js'))
    // If an upgrade moves the import, the build stops (the plugin reports the null) rather than silently growing.
    expect(lean).not.toBeNull()
    expect(lean).not.toContain('./mutationCache.js')
    expect(lean).toContain('var QueryClient = class')
  })

  it('answers what the client asks of it as an empty cache would, and says why on a mutation', async () => {
    const lean = withoutMutations('import { MutationCache } from "./mutationCache.js";')!
    const MutationCache = definitionOf(lean, 'MutationCache') as new () => {
      findAll(): unknown[]
      getAll(): unknown[]
      clear(): void
      resumePausedMutations(): Promise<unknown[]>
      build(): unknown
    }
    const cache = new MutationCache()
    expect(cache.findAll()).toEqual([])
    expect(cache.getAll()).toEqual([])
    expect(() => cache.clear()).not.toThrow()
    await expect(cache.resumePausedMutations()).resolves.toEqual([])
    expect(() => cache.build()).toThrow(/mutations .* left out .*lean-react-query\.ts/)
  })
})

describe('withoutInfiniteQueries', () => {
  it("takes the installed React Query's infinite-query behaviour out of its queries", () => {
    const lean = withoutInfiniteQueries(queryCore('query.js'))
    expect(lean).not.toBeNull()
    expect(lean).not.toContain('./infiniteQueryBehavior.js')
    expect(lean).toContain('infiniteQueryBehavior(this.options.pages)')
    const behaviour = definitionOf(
      withoutInfiniteQueries(
        'import { infiniteQueryBehavior } from "./infiniteQueryBehavior.js";',
      )!,
      'infiniteQueryBehavior',
    ) as () => unknown
    expect(() => behaviour()).toThrow(/infinite queries are left out/)
  })

  it('says when a module no longer looks as expected', () => {
    expect(withoutInfiniteQueries('export const x = 1')).toBeNull()
    expect(withoutMutations('export const x = 1')).toBeNull()
  })
})

describe('leftOutApiIn', () => {
  it('names what app code imports that the build leaves out', () => {
    expect(
      leftOutApiIn(
        "import { useQuery, useMutation as useChange } from '@tanstack/react-query'\n" +
          'import { useInfiniteQuery } from "@tanstack/react-query"',
      ),
    ).toEqual(['useMutation', 'useInfiniteQuery'])
  })

  it('lets queries and types through', () => {
    expect(
      leftOutApiIn(
        "import { useQuery, useSuspenseQuery, type MutationCache } from '@tanstack/react-query'\n" +
          "import type { InfiniteQueryObserver } from '@tanstack/react-query'\n" +
          "import { useMutation } from './my-own-hooks'",
      ),
    ).toEqual([])
  })
})
