/**
 * Once per jest run, before any worker starts (workers inherit this process's environment):
 * - a folder for the run, which becomes TMPDIR, so every temporary folder a test or a tool makes is
 *   inside it and globalTeardown.js can check that the tests removed theirs;
 * - the CLI bundled from src/ (esbuild, as tsx transpiles it): a test starts `node cli.mjs` in
 *   0.4 s of CPU, where `node --import tsx src/cli/index.ts` takes 1.8 s, and the suites start it
 *   about a hundred times. It is the code under test, not the committed dist/.
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

/** src/cli/index.ts and its dependencies in one ES module; `require` for the CommonJS packages in it. */
async function bundleCli(outfile) {
  await build({
    entryPoints: [path.join(repoDir, 'src', 'cli', 'index.ts')],
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
  // Two folders below package.json, as dist/cli/index.js is: --version reads it from there (src/cli/version.ts).
  process.env[CLI_ENV] = path.join(runDir, 'cli', 'bundle', 'index.mjs')
  await copyFile(path.join(repoDir, 'package.json'), path.join(runDir, 'package.json'))
  await bundleCli(process.env[CLI_ENV])
}
