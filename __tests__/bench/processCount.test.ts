/**
 * The bench's process count, from a real spawn log: a real build of Blink for the MKR Zero through
 * the counting wrappers (bench/processCount.ts), counted against the engine's own report; and how
 * latest.json keeps the corpora a run did not measure (bench/results.ts mergeLatest).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SPAWN_LOG_ENV, takeProcessCounts } from '../../bench/processCount.js'
import { mergeLatest, type BenchResults, type SuiteResult } from '../../bench/results.js'
import type { Report } from '../../src/report/report.js'
import { runBuild } from '../helpers/cliRunner.js'
import { makeCountingFront } from '../helpers/countingFront.js'
import { corpusExamplesDir, samdCorpus } from '../helpers/corpus.js'

let work: string
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fbuild-bench-count-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

test('counts the compiles, preprocessor runs and link of a real build as the engine reports them', async () => {
  const prefix = 'arm-none-eabi-'
  const toolchain = path.join(work, 'toolchain')
  await makeCountingFront(toolchain, prefix)
  const samd = samdCorpus()
  const log = path.join(work, 'spawns.log')
  const { report } = await runBuild({
    sketches: [path.join(corpusExamplesDir(), '01.Basics', 'Blink')],
    cwd: work,
    core: samd.platformDir,
    toolchain,
    options: ['--fqbn', 'arduino:samd:mkrzero', '--tools', samd.toolsDir],
    store: path.join(work, 'store'),
    buildDir: path.join(work, 'build'),
    env: { HOME: work, [SPAWN_LOG_ENV]: log }
  })
  const totals = (report as Report).totals
  expect(totals.failed).toBe(0)
  const counts = await takeProcessCounts(log, prefix)
  expect(counts).toEqual({
    spawnedCompile: totals.misses,
    spawnedPreprocess: totals.preprocessorInvocations,
    spawnedLink: totals.linkerInvocations,
    // The core archive (one ar call), then objcopy to .bin and .hex, and size.
    spawnedTools: 4
  })
})

test('latest.json keeps the corpora a run did not measure, stamped with the run they come from', () => {
  const suite = (corpus: string, seconds: number): SuiteResult => ({
    corpus,
    title: corpus,
    description: '',
    facts: {},
    scenarios: [{ name: 'cold', description: '', runs: [], seconds: { median: seconds, min: 0, max: 0 } }],
    ratios: [],
    targets: []
  })
  const run = (date: string, suites: SuiteResult[], quick: boolean): BenchResults => ({
    schema: 2,
    date,
    commit: date.slice(0, 4),
    options: { runs: 3, quick, fqbn: 'arduino:avr:uno', jobs: 2, cli: 'dist', corpora: [] },
    machine: {
      cpuModel: '',
      cores: 2,
      memoryGiB: 1,
      os: '',
      node: '',
      avrGcc: '',
      arduinoBuilder: '',
      ccache: '',
      loadBefore: [1, 1, 1],
      loadAfter: [2, 2, 2]
    },
    suites,
    totalSeconds: 1
  })
  const full = run('2026-12-01T00:00', [suite('debian', 30), suite('large', 180)], false)
  const samdOnly = run('2026-12-07T00:00', [suite('samd', 60)], true)
  const merged = mergeLatest(mergeLatest(null, full), samdOnly)
  expect(merged.date).toBe(samdOnly.date)
  expect(merged.suites.map(s => [s.corpus, s.measured?.date, s.measured?.quick])).toEqual([
    ['debian', full.date, false],
    ['large', full.date, false],
    ['samd', samdOnly.date, true]
  ])
  // A later run of a corpus replaces it where it was.
  const again = mergeLatest(merged, run('2026-12-08T00:00', [suite('debian', 20)], false))
  expect(again.suites.map(s => [s.corpus, s.scenarios[0]?.seconds.median])).toEqual([
    ['debian', 20],
    ['large', 180],
    ['samd', 60]
  ])
})
