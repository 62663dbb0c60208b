import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markComponentFactoriesPure, withoutDevWarnings } from './pure-react-router'

const sample = `var Link = React10.forwardRef(
  function LinkWithRef() {}
);
Link.displayName = "Link";
var RouteContext = React.createContext(null);
RouteContext.displayName = "Route";
function FetcherForm() {
    FetcherForm2.displayName = "fetcher.Form";
}
var ENABLE_DEV_WARNINGS = true;`

describe('markComponentFactoriesPure', () => {
  it('marks top-level component and context factories pure and drops their display names', () => {
    const pure = markComponentFactoriesPure(sample)
    expect(pure).toContain('var Link = /* @__PURE__ */ React10.forwardRef(')
    expect(pure).toContain('var RouteContext = /* @__PURE__ */ React.createContext(null)')
    expect(pure).not.toMatch(/^Link\.displayName/m)
    expect(pure).not.toMatch(/^RouteContext\.displayName/m)
  })

  it('keeps the line count, so positions in error stacks still point at the right lines', () => {
    expect(markComponentFactoriesPure(sample).split('\n')).toHaveLength(sample.split('\n').length)
  })

  it('leaves assignments inside functions alone', () => {
    expect(markComponentFactoriesPure(sample)).toContain(
      'FetcherForm2.displayName = "fetcher.Form"',
    )
  })

  it('finds what it looks for in the React Router installed here', () => {
    // If an upgrade renames these, the plugin silently stops saving bytes: this says so.
    const require = createRequire(import.meta.url)
    const dist = dirname(require.resolve('react-router'))
    const code = readdirSync(dist)
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => readFileSync(join(dist, file), 'utf8'))
      .join('\n')
    const pure = markComponentFactoriesPure(code)
    expect(pure).toMatch(/var Link = \/\* @__PURE__ \*\/ React\d*\.forwardRef\(/)
    expect(pure).not.toMatch(/^Link\.displayName/m)
    expect(withoutDevWarnings(code)).toContain('var ENABLE_DEV_WARNINGS = false;')
  })
})

describe('withoutDevWarnings', () => {
  it('turns the development warnings off', () => {
    expect(withoutDevWarnings(sample)).toMatch(/var ENABLE_DEV_WARNINGS = false;$/)
  })
})
