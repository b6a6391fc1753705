/**
 * Issue 3, point 3: a damaged store never breaks a build. Flipped blob bytes, truncated manifests,
 * half the store deleted, two builds sharing a store at once, a cold build killed with SIGKILL:
 * every time the build succeeds, its firmware equals a `--no-cache` build, and the report counts
 * what was found damaged and rebuilt.
 */
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import { storePaths } from '../../src/store/layout.js'
import {
  buildArgs,
  firmwareMismatches,
  runBuild,
  startCli,
  type BuildRun,
  type FinishedBuild
} from '../helpers/cliRunner.js'
import { corpusExamplesDir, platformDir, platformLibrariesDir } from '../helpers/corpus.js'
import { copyTree } from '../helpers/toolchainCopy.js'
import { readStoreStats } from '../../src/store/root.js'

const OBJCOPY = '/usr/bin/avr-objcopy'

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}

describe('faults: a damaged or shared store never breaks a build', () => {
  let work: string
  let base: BuildRun
  let reference: FinishedBuild
  let coldStore: string
  let runs = 0

  /** A build of the same sketches on `store`, in a build folder of its own. */
  function buildOn(store: string): BuildRun {
    return { ...base, store, buildDir: path.join(work, `build-${++runs}`) }
  }

  async function expectCorrectBuild(build: BuildRun): Promise<Report> {
    const { run, report } = await runBuild(build)
    expect(run.stderr).not.toMatch(/internal error|TypeError|at .*\.ts:\d+/)
    expect(run.code).toBe(0)
    expect(report?.totals.failed).toBe(0)
    expect(await firmwareMismatches(OBJCOPY, { report: report as Report, cwd: work }, reference)).toEqual([])
    return report as Report
  }

  /** A copy of the cold store to damage. */
  async function storeCopy(name: string): Promise<string> {
    const store = path.join(work, name)
    await copyTree(coldStore, store)
    return store
  }

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'fbuild-faults-'))
    const examples = corpusExamplesDir()
    base = {
      sketches: [
        path.join(examples, '01.Basics', 'Blink'),
        path.join(examples, '02.Digital', 'toneMelody'),
        path.join(examples, '04.Communication', 'ASCIITable'),
        path.join(platformLibrariesDir, 'SPI', 'examples', 'DigitalPotControl'),
        path.join(platformLibrariesDir, 'Wire', 'examples', 'master_writer')
      ],
      cwd: work,
      core: platformDir,
      store: null,
      buildDir: path.join(work, 'build-uncached')
    }
    const uncached = await runBuild(base)
    expect(uncached.run.code).toBe(0)
    reference = { report: uncached.report as Report, cwd: work }
    coldStore = path.join(work, 'cold-store')
    const cold = await expectCorrectBuild(buildOn(coldStore))
    expect(cold.totals.hits).toBe(0)
  })

  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true })
  })

  it('flipped bytes in every stored blob: each is found corrupt, rebuilt and replaced', async () => {
    const store = await storeCopy('flipped')
    // Both stores: unit objects, and link outputs (ELF, HEX, EEP).
    const { objects, sketches } = storePaths(store)
    const unitBlobs = await filesUnder(path.join(objects, 'blobs'))
    const linkBlobs = await filesUnder(path.join(sketches, 'blobs'))
    expect(unitBlobs.length).toBeGreaterThan(0)
    expect(linkBlobs.length).toBeGreaterThan(0)
    const blobs = [...unitBlobs, ...linkBlobs]
    for (const blob of blobs) {
      const content = await readFile(blob)
      const middle = content.length >> 1
      content.writeUInt8(content.readUInt8(middle) ^ 0xff, middle)
      await writeFile(blob, content)
    }
    const report = await expectCorrectBuild(buildOn(store))
    expect(report.missReasons['corrupt-entry']).toBeGreaterThan(0)
    expect(report.store?.recoveredEntries).toBe(report.missReasons['corrupt-entry'])
    const again = await expectCorrectBuild(buildOn(store))
    expect([again.totals.misses, again.totals.linkMisses]).toEqual([0, 0])
  })

  it('truncated manifests: every unit misses as corrupt-entry and is stored again', async () => {
    const store = await storeCopy('truncated')
    const manifests = await filesUnder(path.join(store, 'objects', 'entries', 'manifests'))
    expect(manifests.length).toBeGreaterThan(0)
    for (const manifest of manifests) await truncate(manifest, 10)
    const report = await expectCorrectBuild(buildOn(store))
    expect(report.totals.hits).toBe(0)
    expect(report.missReasons['corrupt-entry']).toBe(manifests.length)
    expect(report.store?.recoveredEntries).toBe(manifests.length)
    const again = await expectCorrectBuild(buildOn(store))
    expect(again.totals.misses).toBe(0)
  })

  it('half the store deleted: what is left is used, the rest rebuilt', async () => {
    const store = await storeCopy('halved')
    const files = await filesUnder(store)
    for (const file of files.filter((_file, i) => i % 2 === 0)) await rm(file)
    const report = await expectCorrectBuild(buildOn(store))
    expect(report.totals.misses).toBeGreaterThan(0)
    expect(report.totals.hits + report.totals.misses + report.totals.shared).toBe(report.totals.units)
    const again = await expectCorrectBuild(buildOn(store))
    expect([again.totals.misses, again.totals.linkMisses]).toEqual([0, 0])
  })

  it('two builds on one store at once: both correct, and the store then serves every unit', async () => {
    const store = path.join(work, 'shared')
    const [first, second] = await Promise.all([
      expectCorrectBuild(buildOn(store)),
      expectCorrectBuild(buildOn(store))
    ])
    expect(first.totals.misses + second.totals.misses).toBeGreaterThan(0)
    const after = await expectCorrectBuild(buildOn(store))
    expect([after.totals.misses, after.missReasons['corrupt-entry']]).toEqual([0, 0])
    // gcc's -flto objects differ per compile (random LTO section names, the build folder in debug
    // info), so links are keyed by the units' result keys: both builds' links name the same inputs.
    expect(after.totals.linkMisses).toBe(0)
  })

  it('a cold build killed with SIGKILL: the next build keeps what was stored and finishes', async () => {
    const store = path.join(work, 'killed')
    const build = buildOn(store)
    const running = startCli(buildArgs(build, `${build.buildDir}.report.json`), work, {}, true)
    // A unit is findable once its manifest is written (after its result), so count manifests.
    // A kill mid-write leaves a temp file beside the manifests: it is not an entry.
    const storedManifests = async (): Promise<number> =>
      (await filesUnder(path.join(store, 'objects', 'entries', 'manifests'))).filter(
        file => !/\.tmp-/.test(path.basename(file))
      ).length
    // The run writes its counters as it goes (every second), so a kill keeps most of them.
    const countedCompiles = async (): Promise<number> =>
      (await readStoreStats(store)).totals.compilerInvocations
    // Kill once a few units are stored and counted, while most of the build is still ahead.
    for (
      let waited = 0;
      ((await storedManifests()) < 5 || (await countedCompiles()) === 0) && waited < 60000;
      waited += 50
    ) {
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    process.kill(-(running.child.pid ?? 0), 'SIGKILL')
    const killed = await running.done
    expect(killed.signal).toBe('SIGKILL')
    const stored = await storedManifests()
    expect(stored).toBeGreaterThanOrEqual(5)
    expect(await countedCompiles()).toBeGreaterThanOrEqual(5)

    const report = await expectCorrectBuild({ ...build })
    expect(report.totals.hits).toBeGreaterThanOrEqual(stored)
    expect(report.totals.misses).toBeGreaterThan(0)
    expect(report.missReasons['corrupt-entry']).toBe(0)
  })
})
