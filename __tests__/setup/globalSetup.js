/**
 * Once per jest run, before any worker starts (workers inherit this process's environment):
 * - a folder for the run, which becomes TMPDIR, so every temporary folder a test or a tool makes is
 *   inside it and globalTeardown.js can check that the tests removed theirs;
 * - the CLI and the action's two steps bundled from src/ (esbuild, as tsx transpiles it), laid out
 *   as dist/ is: `<run>/dist/index.js` (main), `<run>/dist/post.js`, `<run>/dist/cli/index.js`, and
 *   `<run>/package.json`. They are the code under test, not the committed dist/ (which only
 *   `npm run package` makes). A test starts `node <cli>` in 0.4 s of CPU, where
 *   `node --import tsx src/cli/index.ts` takes 1.8 s, and the suites start it about a hundred times;
 *   the action's main step finds the CLI beside itself, and restores in a child process of itself.
 */
import { build } from 'esbuild'
import { copyFile, mkdir, mkdtemp, realpath } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

const repoDir = path.resolve(import.meta.dirname, '..', '..')

/** The run's folder and the bundles, handed to the tests (helpers/testRun.ts reads them). */
export const RUN_DIR_ENV = 'FBUILD_TEST_RUN_DIR'
export const CLI_ENV = 'FBUILD_TEST_CLI'
export const ACTION_MAIN_ENV = 'FBUILD_TEST_ACTION_MAIN'
export const ACTION_POST_ENV = 'FBUILD_TEST_ACTION_POST'

/** The TMPDIR of the tests and of every process they start. */
export function testTempDir(runDir) {
  return path.join(runDir, 'tmp')
}

/** Each entry and its dependencies in one ES module; `require` for the CommonJS packages in it. */
async function bundle(entries) {
  await build({
    entryPoints: entries.map(([source, outfile]) => ({ in: path.join(repoDir, source), out: outfile })),
    outdir: '/',
    outExtension: { '.js': '.js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as fbuildRequire } from 'node:module'; const require = fbuildRequire(import.meta.url);"
    }
  })
}

export default async function globalSetup() {
  // realpath: paths the tests compare with what tools print are then the same strings.
  const runDir = await realpath(await mkdtemp(path.join(tmpdir(), 'fbuild-jest-run-')))
  process.env[RUN_DIR_ENV] = runDir
  process.env.TMPDIR = testTempDir(runDir)
  await mkdir(process.env.TMPDIR)
  // Two folders below package.json, as dist/cli/index.js is: --version reads it from there (src/cli/version.ts).
  await copyFile(path.join(repoDir, 'package.json'), path.join(runDir, 'package.json'))
  const dist = path.join(runDir, 'dist')
  process.env[CLI_ENV] = path.join(dist, 'cli', 'index.js')
  process.env[ACTION_MAIN_ENV] = path.join(dist, 'index.js')
  process.env[ACTION_POST_ENV] = path.join(dist, 'post.js')
  // esbuild names each output by `out` without its extension.
  const out = file => file.replace(/\.js$/, '')
  await bundle([
    ['src/cli/index.ts', out(process.env[CLI_ENV])],
    ['src/action/index.ts', out(process.env[ACTION_MAIN_ENV])],
    ['src/action/postIndex.ts', out(process.env[ACTION_POST_ENV])]
  ])
}
