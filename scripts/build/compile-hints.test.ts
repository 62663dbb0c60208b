import { describe, expect, it } from 'vitest'
import { addCompileHint, COMPILE_HINT, compileHints, type HintableChunk } from './compile-hints'

const chunk = (name: string, isEntry: boolean, code = 'export const a=1;'): HintableChunk => ({
  type: 'chunk',
  name,
  isEntry,
  code,
  map: { mappings: 'AAAA' },
})

describe('addCompileHint', () => {
  it('puts the hint alone on the first line and moves the source map down one line', () => {
    const entry = chunk('index', true)
    addCompileHint(entry)
    expect(entry.code.split('\n')).toEqual([COMPILE_HINT, 'export const a=1;'])
    expect(entry.map?.mappings).toBe(';AAAA')
  })

  it('adds it once', () => {
    const entry = chunk('index', true)
    addCompileHint(entry)
    addCompileHint(entry)
    expect(entry.code.match(/allFunctionsCalledOnLoad/g)).toHaveLength(1)
  })
})

describe('compileHints', () => {
  const plugin = compileHints((c) => c.isEntry || c.name === 'talk-route')
  const generateBundle = (
    plugin.generateBundle as unknown as {
      handler: (options: unknown, bundle: Record<string, HintableChunk | { type: 'asset' }>) => void
    }
  ).handler

  it('marks the chunks it is told are eager, and only those', () => {
    const bundle = {
      'index.js': chunk('index', true),
      'talk-route.js': chunk('talk-route', false),
      'search-session.js': chunk('search-session', false),
      'index.css': { type: 'asset' as const },
    }
    generateBundle({}, bundle)
    expect(bundle['index.js'].code.startsWith(COMPILE_HINT)).toBe(true)
    expect(bundle['talk-route.js'].code.startsWith(COMPILE_HINT)).toBe(true)
    expect(bundle['search-session.js'].code).toBe('export const a=1;')
  })

  it('changes the hash of a hinted chunk only', () => {
    const augment = plugin.augmentChunkHash as (c: { name: string; isEntry: boolean }) => unknown
    expect(augment({ name: 'index', isEntry: true })).toBe(COMPILE_HINT)
    expect(augment({ name: 'search-session', isEntry: false })).toBeUndefined()
  })
})
