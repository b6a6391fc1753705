/**
 * After the run: every folder a test made in TMPDIR must be gone (each test removes its own), then
 * the run's folder goes. What the compilers leave when a test kills them (cc*.s, ltrans files) is
 * not a test's leftover: only the folders count.
 */
import { readdir, rm } from 'node:fs/promises'
import { RUN_DIR_ENV, testTempDir } from './globalSetup.js'

export default async function globalTeardown() {
  const runDir = process.env[RUN_DIR_ENV]
  if (runDir === undefined) return
  const left = (await readdir(testTempDir(runDir), { withFileTypes: true }))
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
  await rm(runDir, { recursive: true, force: true })
  if (left.length > 0) {
    throw new Error(
      `tests left temporary folders behind (remove them in afterAll): ${left.sort().join(', ')}`
    )
  }
}
