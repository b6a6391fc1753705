/**
 * Once per jest run, before any worker starts (workers inherit this process's environment):
 * - a folder for the run, which becomes TMPDIR, so every temporary folder a test or a tool makes is
 *   inside it and globalTeardown.js can check that the tests removed theirs;
 * - the CLI bundled from src/ (esbuild, as tsx transpiles it): a test starts `node cli.mjs` in
 *   0.4 s of CPU, where `node --import tsx src/cli/index.ts` takes 1.8 s, and the suites start it
 *   about a hundred times. It is the code under test, not the committed dist/;
 * - the action's main and post steps bundled from src/ the same way, laid out as dist/ is (the
 *   committed dist/index.js and dist/post.js import them), so helpers/actionRunner.ts runs the
 *   steps action.yml names, and main finds the CLI beside it as on a runner.
 */
import { build } from 'esbuild'
import { copyFile, mkdir, mkdtemp, realpath } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

const repoDir = path.resolve(import.meta.dirname, '..', '..')

/** The run's folder and the bundled CLI, handed to the tests (helpers/testRun.ts reads them). */
export const RUN_DIR_ENV = 'FBUILD_TEST_RUN_DIR'
export const CLI_ENV = 'FBUILD_TEST_CLI'

/** The TMPDIR of the tests and of every process they start. */
export function testTempDir(runDir) {
  return path.join(runDir, 'tmp')
}

/** An entry of src/ and its dependencies in one ES module; `require` for the CommonJS packages in it. */
async function bundle(entry, outfile) {
  await build({
    entryPoints: [path.join(repoDir, 'src', entry)],
    outfile,
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
  // runDir/dist/ as dist/ (package.json beside it: ES modules; --version reads it two folders up).
  const dist = path.join(runDir, 'dist')
  process.env[CLI_ENV] = path.join(dist, 'cli', 'index.js')
  await copyFile(path.join(repoDir, 'package.json'), path.join(runDir, 'package.json'))
  await mkdir(dist)
  for (const step of ['index.js', 'post.js'])
    await copyFile(path.join(repoDir, 'dist', step), path.join(dist, step))
  await Promise.all([
    bundle(path.join('cli', 'index.ts'), process.env[CLI_ENV]),
    bundle(path.join('action', 'index.ts'), path.join(dist, 'main', 'index.js')),
    bundle(path.join('action', 'postIndex.ts'), path.join(dist, 'post', 'index.js'))
  ])
}
