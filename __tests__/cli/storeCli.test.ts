/**
 * `stats` and `prune` on a store a real build filled: the counters agree with the build's report,
 * and prune brings the store under the size asked for while the next build still works. Each test
 * works on its own copy of the store the cold and warm builds filled.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import type { StoreStats } from '../../src/store/index.js'
import { runCliInProcess } from '../helpers/cliInProcess.js'
import { runBuild, runCli } from '../helpers/cliRunner.js'
import { corpusExamplesDir, platformDir } from '../helpers/corpus.js'
import { copyTree } from '../helpers/toolchainCopy.js'

const SKETCHES = ['01.Basics/Blink', '01.Basics/Fade', '02.Digital/toneMelody']

let work: string
/** Filled by a cold build, then a warm one; read-only (tests change copies). */
let filled: string
let cold: Report
let warm: Report

async function stats(store: string): Promise<StoreStats> {
  const run = await runCli(['stats', '--store', store, '--json'], work)
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as StoreStats
}

async function build(name: string, store: string): Promise<Report> {
  const { run, report } = await runBuild({
    sketches: SKETCHES.map(sketch => path.join(corpusExamplesDir(), sketch)),
    cwd: work,
    core: platformDir,
    buildDir: path.join(work, name),
    store
  })
  expect(run.code).toBe(0)
  return report as Report
}

async function copyOfFilled(name: string): Promise<string> {
  const store = path.join(work, name)
  await copyTree(filled, store)
  return store
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fbuild-store-cli-'))
  filled = path.join(work, 'store')
  cold = await build('cold', filled)
  warm = await build('warm', filled)
})

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true })
})

it('stats adds up the runs: a cold build, then a warm one', async () => {
  const store = await copyOfFilled('stats')
  const totals = (await stats(store)).totals
  expect(cold.totals.hits).toBe(0)
  expect(totals.misses['no-entry']).toBe(cold.missReasons['no-entry'])
  // The warm run's hits: every unit it owned, and every link.
  expect(totals.hits).toBe(warm.totals.hits + warm.totals.linkHits)
  expect(totals.compilerInvocations).toBeGreaterThan(0)
  expect(totals.bytesStored).toBeGreaterThan(0)
  const text = await runCli(['stats', '--store', store], work)
  expect(text.stdout).toMatch(/^hits +\d+$/m)
})

it('prune keeps the store under --max-size, and the next build still succeeds', async () => {
  const store = await copyOfFilled('pruned')
  const before = await stats(store)
  const limit = Math.floor(before.bytesOnDisk / 2)
  const pruned = await runCli(['prune', '--store', store, '--max-size', String(limit)], work)
  expect(pruned.code).toBe(0)
  expect(pruned.stdout).toMatch(/entries and \d+ blobs removed/)
  const after = await stats(store)
  expect(after.bytesOnDisk).toBeLessThanOrEqual(limit)
  expect(after.entries).toBeLessThan(before.entries)
  const again = await build('after-prune', store)
  expect(again.totals.misses).toBeGreaterThan(0)
})

it('prune without --max-size, or with a bad size, is a usage error', async () => {
  const store = await copyOfFilled('usage')
  for (const args of [
    ['prune', '--store', store],
    ['prune', '--store', store, '--max-size', 'lots']
  ]) {
    const run = await runCliInProcess(args, work)
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  }
})
