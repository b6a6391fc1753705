/**
 * The job summary of real builds (the CLI's reports, Debian's avr-gcc behind counting wrappers):
 * cold, warm, cache off and failing. Its unit line must add up (uses = built here + from the store +
 * shared in this run) and "built here" must equal the compiles counted outside the engine; the
 * cache-off and cold summaries must say so, and a failure shows gcc's error line with a path
 * relative to the working folder, not its context line or an absolute path.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import { buildSummary, type CacheFacts } from '../../src/report/summary.js'
import { runBuild } from '../helpers/cliRunner.js'
import { corpusExamplesDir, platformDir } from '../helpers/corpus.js'
import { compiledSources, copyTree, makeCountingToolchain, readSpawnLog } from '../helpers/toolchainCopy.js'

let root: string
let toolchain: string
let cwd: string
const runs: Record<string, { report: Report; compiles: number }> = {}

async function build(name: string, sketches: string[], store: string | null) {
  const spawnLog = path.join(root, `${name}.spawns`)
  const { run, report } = await runBuild({
    sketches,
    cwd,
    core: platformDir,
    toolchain,
    buildDir: path.join(root, 'build', name),
    store,
    env: { FBUILD_SPAWN_LOG: spawnLog }
  })
  if (report === null) throw new Error(`${name}: no report\n${run.stderr}`)
  runs[name] = { report, compiles: compiledSources(await readSpawnLog(spawnLog)).length }
}

const restored = (matchedKey: string | null): CacheFacts => ({
  primaryKey: 'fbuild-v1-test-2',
  matchedKey,
  restoreSeconds: 0.5,
  restoredBytes: 1024 * 1024,
  restoreWarning: null
})

function summaryOf(name: string, cache: CacheFacts | null): string {
  const run = runs[name]
  if (run === undefined) throw new Error(`no run ${name}`)
  return buildSummary({ report: run.report, cache, coldBuild: null, deltas: null, baseSeconds: null })
}

/** The unit line's four numbers, read back from the markdown. */
function unitLine(summary: string): { uses: number; built: number; fromStore: number; shared: number } {
  const match = /(\d+) unit uses = (\d+) built here \+ (\d+) from the store \+ (\d+) shared in this run/.exec(
    summary
  )
  if (match === null) throw new Error(`no unit line in:\n${summary}`)
  const [uses, built, fromStore, shared] = match.slice(1).map(Number) as [number, number, number, number]
  return { uses, built, fromStore, shared }
}

/** Per-sketch "built / from store / shared" cells of the sketches table, summed. */
function tableTotals(summary: string): { built: number; fromStore: number; shared: number } {
  const totals = { built: 0, fromStore: 0, shared: 0 }
  for (const match of summary.matchAll(/\| (\d+) \/ (\d+) \/ (\d+) \|/g)) {
    totals.built += Number(match[1])
    totals.fromStore += Number(match[2])
    totals.shared += Number(match[3])
  }
  return totals
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-summary-'))
  toolchain = path.join(root, 'avr-gcc')
  await makeCountingToolchain(toolchain)
  cwd = path.join(root, 'project')
  for (const sketch of ['01.Basics/Blink', '01.Basics/Fade'])
    await copyTree(path.join(corpusExamplesDir(), sketch), path.join(cwd, path.basename(sketch)))
  await mkdir(path.join(cwd, 'Broken'))
  await writeFile(
    path.join(cwd, 'Broken', 'Broken.ino'),
    'void helper() {\n  notDeclared(1);\n}\nvoid setup() { helper(); }\nvoid loop() {}\n'
  )
  const store = path.join(root, 'store')
  await build('cold', ['Blink', 'Fade'], store)
  await build('warm', ['Blink', 'Fade'], store)
  await build('off', ['Blink', 'Fade'], null)
  await build('failing', ['Blink', 'Fade', 'Broken'], store)
})

afterAll(async () => {
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

describe('the job summary of real builds', () => {
  it.each([
    ['cold', restored(null)],
    ['warm', restored('fbuild-v1-test-1')],
    ['off', null],
    ['failing', restored('fbuild-v1-test-1')]
  ] as const)(
    '%s: unit uses = built here + from the store + shared; built here = compiles counted',
    (name, cache) => {
      const summary = summaryOf(name, cache)
      const units = unitLine(summary)
      expect(units.uses).toBe(units.built + units.fromStore + units.shared)
      expect(units.built).toBe(runs[name]?.compiles)
      expect(units.fromStore).toBe(runs[name]?.report.totals.hits)
      expect(tableTotals(summary)).toEqual({
        built: units.built,
        fromStore: units.fromStore,
        shared: units.shared
      })
    }
  )

  it('cold: nothing restored, and why; core units shared between the two sketches', () => {
    const summary = summaryOf('cold', restored(null))
    expect(summary).toMatch(/\*\*Cache: nothing restored\*\*: no saved store matches the keys yet/)
    const units = unitLine(summary)
    expect(units.fromStore).toBe(0)
    expect(units.shared).toBeGreaterThan(0)
  })

  it('warm: every unit from the store, no compiler run, 100%', () => {
    const summary = summaryOf('warm', restored('fbuild-v1-test-1'))
    expect(runs.warm?.compiles).toBe(0)
    expect(unitLine(summary).built).toBe(0)
    expect(summary).toContain('restored `fbuild-v1-test-1`')
    expect(summary).toContain('100% of the')
    expect(summary).toContain('2 of 2 links from the store')
  })

  it('cache off: says so, and claims no hit rate', () => {
    const summary = summaryOf('off', null)
    expect(summary).toContain('**Cache: off**')
    expect(summary).not.toMatch(/hit rate|% of the/)
    expect(summary).not.toMatch(/misses by reason/i)
  })

  it("failing: the sketch's first error line, relative to the working folder", () => {
    const summary = summaryOf('failing', restored('fbuild-v1-test-1'))
    expect(summary).toContain('### 1 sketch failed')
    const failure = /- `Broken`: `(.*)`/.exec(summary)?.[1] ?? ''
    expect(failure).toMatch(/^Broken\/Broken\.ino:2:\d+: error: .*notDeclared/)
    expect(summary).not.toContain(root)
    expect(summary).toContain('2/3 sketches built')
  })

  it('flash and RAM are shown against the board limits', () => {
    const summary = summaryOf('warm', restored('fbuild-v1-test-1'))
    const blink = runs.warm?.report.sketches.find(sketch => sketch.path === 'Blink')
    expect(summary).toContain(`${blink?.sizes?.flash} / 32256 B`)
    expect(summary).toContain(`${blink?.sizes?.ram} / 2048 B`)
  })
})
