/**
 * After the run: every folder a test made in TMPDIR must be gone (each test removes its own), then
 * the run's folder goes. What tools keep there is not a test's leftover: the files compilers leave
 * when a test kills them (cc*.s, ltrans files), tsx's transpile cache (concurrency.test.ts), the
 * CLI's default build folder (a user's build without --build-dir, e2e.test.ts), the execution root
 * of a build a test killed (faults.test.ts).
 */
import { readdir, rm } from 'node:fs/promises'
import { RUN_DIR_ENV, testTempDir } from './globalSetup.js'

const TOOL_FOLDERS = /^(tsx-\d+|fbuild-action|fbuild-exec-\w+)$/

export default async function globalTeardown() {
  const runDir = process.env[RUN_DIR_ENV]
  if (runDir === undefined) return
  const left = (await readdir(testTempDir(runDir), { withFileTypes: true }))
    .filter(entry => entry.isDirectory())
    .filter(entry => !TOOL_FOLDERS.test(entry.name))
    .map(entry => entry.name)
  await rm(runDir, { recursive: true, force: true })
  if (left.length > 0) {
    throw new Error(
      `tests left temporary folders behind (remove them in afterAll): ${left.sort().join(', ')}`
    )
  }
}
