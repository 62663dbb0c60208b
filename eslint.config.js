import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import { readdirSync } from 'node:fs'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/**
 * Imports flow one way: shared (lib, data, components) -> features -> app. Features never import each other, and
 * lib and data import no UI.
 */
const featureBoundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move what both need to src/lib or src/components.',
  })),
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'Shared components import only shared code (src/lib, src/data).',
  },
  {
    target: ['./src/lib', './src/data'],
    from: ['./src/components', './src/features', './src/app'],
    message: 'src/lib and src/data hold logic and data, no UI.',
  },
]
// A feature's own tests may render it inside the app's routes and shell.
const appBoundary = {
  target: './src/features',
  from: './src/app',
  message: 'The app imports features, not the other way round.',
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'node_modules'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
      ...pluginQuery.configs['flat/recommended'],
    ],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      // no-cycle follows imports by parsing each file: TypeScript's parser for TypeScript files.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render dataset and URL content as text.',
        },
      ],
      'import-x/no-restricted-paths': ['error', { zones: [...featureBoundaries, appBoundary] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: featureBoundaries }] },
  },
)
