import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname

/**
 * The layers of src/, top to bottom (README "How it builds"). A folder imports only from layers
 * below its own, never from a sibling in its layer. The files at the top of src/ (errors.ts,
 * files.ts) are shared by all and import no folder.
 */
export const layers = [
  ['action', 'cli'], // entry points
  ['install', 'ciCache', 'report'], // steps around the build
  ['engine'], // plan, compile, link
  ['unitCache'], // unit keys, manifests, link and detection results
  ['arduino', 'toolchain'], // the platform model; the compiler, its identity, its processes
  ['store'] // the content-addressed store
]

const srcFolders = readdirSync(`${root}/src`, { withFileTypes: true })
  .filter(entry => entry.isDirectory())
  .map(entry => entry.name)
const unplaced = srcFolders.filter(name => !layers.flat().includes(name))
if (unplaced.length > 0) {
  throw new Error(`eslint.config.js: place src/${unplaced.join(', src/')} in a layer of \`layers\``)
}

/** For each folder: every folder above it and its siblings may not be imported. */
const layerZones = layers
  .flatMap((layer, depth) =>
    layer.map(folder => ({
      target: `./src/${folder}`,
      from: [...layers.slice(0, depth).flat(), ...layer.filter(other => other !== folder)].map(
        other => `./src/${other}`
      ),
      message: `src/${folder} imports only from the layers below it (\`layers\` in eslint.config.js)`
    }))
  )
  .concat({
    target: './src/*.ts',
    from: layers.flat().map(folder => `./src/${folder}`),
    message: 'the files at the top of src/ are shared by every layer: they import no folder of src/'
  })

/**
 * A `.catch` (or `.then` rejection handler) that takes no error turns every error into a value: a
 * permission, a full disk, a bug read as "not there". Only "not found" may be a value, through
 * orMissing (src/files.ts); any other error propagates, or is caught by name and counted or warned.
 */
export const swallowedErrors = [
  {
    selector: "CallExpression[callee.property.name='catch'][arguments.0.params.length=0]",
    message:
      '.catch(() => ...) swallows every error: use orMissing(promise, fallback) from src/files.ts when "not found" is meant, else catch the named error (issue 19)'
  },
  {
    selector: "CallExpression[callee.property.name='then'][arguments.1.params.length=0]",
    message:
      '.then(..., () => ...) swallows every error: use orMissing(promise, fallback) from src/files.ts when "not found" is meant, else catch the named error (issue 19)'
  }
]

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', '.corpus/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } }
  },
  {
    // Promises that are dropped, passed where a callback's result is ignored, or awaited when
    // they are not promises: each one a real bug class in a build that runs in parallel.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error'
    }
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })]
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      'no-restricted-syntax': ['error', ...swallowedErrors]
    }
  }
)
