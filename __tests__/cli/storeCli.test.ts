/**
 * `stats` and `prune` on a store a real build filled: the counters agree with the build's report,
 * and prune brings the store under the size asked for while the next build still works.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { StoreStats } from '../../src/store/index.js'
import { runBuild, runCli } from '../helpers/cliRunner.js'
import { corpusExamplesDir, platformDir } from '../helpers/corpus.js'

const SKETCHES = ['01.Basics/Blink', '01.Basics/Fade', '02.Digital/toneMelody']

let work: string
let store: string

async function stats(): Promise<StoreStats> {
  const run = await runCli(['stats', '--store', store, '--json'], work)
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as StoreStats
}

function build(name: string) {
  return runBuild({
    sketches: SKETCHES.map(sketch => path.join(corpusExamplesDir(), sketch)),
    cwd: work,
    core: platformDir,
    buildDir: path.join(work, name),
    store
  })
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fbuild-store-cli-'))
  store = path.join(work, 'store')
})

it('stats adds up the runs: a cold build, then a warm one', async () => {
  const cold = await build('cold')
  const warm = await build('warm')
  const totals = (await stats()).totals
  expect(cold.report?.totals.hits).toBe(0)
  expect(totals.misses['no-entry']).toBe(cold.report?.missReasons['no-entry'])
  // The warm run's hits: every unit it owned, and every link.
  expect(totals.hits).toBe((warm.report?.totals.hits ?? 0) + (warm.report?.totals.linkHits ?? 0))
  expect(totals.compilerInvocations).toBeGreaterThan(0)
  expect(totals.bytesStored).toBeGreaterThan(0)
  const text = await runCli(['stats', '--store', store], work)
  expect(text.stdout).toMatch(/^hits +\d+$/m)
})

it('prune keeps the store under --max-size, and the next build still succeeds', async () => {
  const before = await stats()
  const limit = Math.floor(before.bytesOnDisk / 2)
  const pruned = await runCli(['prune', '--store', store, '--max-size', String(limit)], work)
  expect(pruned.code).toBe(0)
  expect(pruned.stdout).toMatch(/entries and \d+ blobs removed/)
  const after = await stats()
  expect(after.bytesOnDisk).toBeLessThanOrEqual(limit)
  expect(after.entries).toBeLessThan(before.entries)
  const again = await build('after-prune')
  expect(again.run.code).toBe(0)
  expect(again.report?.totals.misses).toBeGreaterThan(0)
})

it('prune without --max-size, or with a bad size, is a usage error', async () => {
  for (const args of [
    ['prune', '--store', store],
    ['prune', '--store', store, '--max-size', 'lots']
  ]) {
    const run = await runCli(args, work)
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  }
})
