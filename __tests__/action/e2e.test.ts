/**
 * The bundled action end to end (bundled from src/ for this test run), run as the runner runs it:
 * `node dist/index.js`, then `node dist/post.js`, with the runner's file commands, against services
 * on 127.0.0.1 that speak the real protocols: a download host for the toolchain and core, and
 * GitHub's cache service for the real @actions/cache client. The toolchain served is Debian's
 * avr-gcc behind counting wrappers, so "no compiler ran" is counted outside the action.
 *
 * A few representative jobs: what only the bundle and its process show (the restore's child
 * process, the CLI beside the bundle, workflow commands, a step that ends while a save hangs).
 * The logic (inputs, keys, save policy, every fault of the cache service) is tested in-process in
 * main.test.ts and post.test.ts.
 *
 * Each test runs alone or in any order: only the first run (beforeAll) saves under the default
 * cache-version, and a test that saves compares the cache service's entries before and after.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import type { CacheServer } from '../fixtures/cacheServer.js'
import type { DownloadServer } from '../fixtures/downloadServer.js'
import { checkout as checkoutSketches, hexes, savedDuring, storeKeys } from '../helpers/actionCheckout.js'
import {
  runJob,
  runnerFolders,
  type RunnerFolders,
  runStep,
  type StepResult
} from '../helpers/actionRunner.js'
import { startActionServices, type ActionServices } from '../helpers/actionServices.js'
import { repoDir } from '../helpers/corpus.js'
import { COMPILERS_PROPER, LINKERS_PROPER, readSpawnLog, spawnsOf } from '../helpers/toolchainCopy.js'

const SKETCHES = ['01.Basics/Blink', '01.Basics/Fade', '02.Digital/toneMelody', '04.Communication/ASCIITable']

let root: string
let services: ActionServices
let downloads: DownloadServer
let cacheServer: CacheServer
let baseInputs: Record<string, string>
let firstRun: { main: StepResult; post: StepResult; report: Report; folders: RunnerFolders }

/** A checkout: the sketches under examples/, at `workspace`. */
const checkout = (workspace: string): Promise<void> => checkoutSketches(workspace, SKETCHES)

async function job(
  name: string,
  options: { workspace?: string; inputs?: Record<string, string>; env?: Record<string, string> } = {}
) {
  const where = runnerFolders(root, name, options.workspace)
  await mkdir(where.workspace, { recursive: true })
  if ((await readdir(where.workspace)).length === 0) await checkout(where.workspace)
  const spawnLog = path.join(root, name, 'spawns.log')
  const result = await runJob(
    where,
    { ...baseInputs, ...options.inputs },
    // A limit no healthy restore reaches even on a loaded machine; the fault tests set their own.
    { ...cacheServer.env, FBUILD_SPAWN_LOG: spawnLog, FBUILD_CACHE_TIMEOUT_MS: '60000', ...options.env }
  )
  const spawns = await readSpawnLog(spawnLog)
  return { ...result, folders: where, spawns }
}

/** The prefix of every store key of the default cache-version for the Uno (what the first run saved). */
function unoStem(): string {
  const primary = firstRun.main.outputs['cache-primary-key'] ?? ''
  return primary.slice(0, primary.indexOf('arduino:avr:uno') + 'arduino:avr:uno'.length)
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-action-e2e-'))
  services = await startActionServices(root)
  downloads = services.downloads
  cacheServer = services.cacheServer
  baseInputs = services.inputs
  const first = await job('first')
  if (first.report === null) throw new Error(`first run made no report:\n${first.main.stdout}`)
  firstRun = { main: first.main, post: first.post, report: first.report, folders: first.folders }
})

afterEach(() => cacheServer.clearFaults())

afterAll(async () => {
  await services?.stop()
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

describe('a cold run, then a warm run elsewhere', () => {
  it('first run: downloads and verifies toolchain and core, builds cold, saves', async () => {
    expect(firstRun.main.code).toBe(0)
    expect(downloads.requests('/avr-gcc.tar.gz')).toBe(1)
    expect(downloads.requests('/avr-core.tar.gz')).toBe(1)
    expect(firstRun.main.outputs['cache-hit']).toBe('false')
    expect(Number(firstRun.main.outputs.misses)).toBeGreaterThan(0)
    expect(firstRun.report.sketches.every(sketch => sketch.ok)).toBe(true)
    expect(firstRun.post.code).toBe(0)
    expect(storeKeys(cacheServer)).toContain(firstRun.main.outputs['cache-primary-key'])
    const zccache = firstRun.main.outputs['zccache-store-path'] ?? ''
    expect((await readdir(zccache, { recursive: true })).length).toBeGreaterThan(0)
    expect(firstRun.main.exported.ZCCACHE_DIR).toBe(zccache)
  })

  it('second run at a new workspace path, new RUNNER_TEMP and tool cache: 100% hits, no compiler, same .hex', async () => {
    const downloadsBefore = downloads.requests('/avr-gcc.tar.gz') + downloads.requests('/avr-core.tar.gz')
    let warm = {} as Awaited<ReturnType<typeof job>>
    const saved = await savedDuring(cacheServer, async () => {
      warm = await job('second', {
        workspace: path.join(root, 'another', 'place', 'checkout'),
        env: { GITHUB_RUN_ID: '8' }
      })
    })
    expect(warm.main.code).toBe(0)
    expect(warm.main.outputs['hit-rate']).toBe('100')
    expect(warm.main.outputs.misses).toBe('0')
    expect(warm.main.outputs['cache-matched-key']).toBe(firstRun.main.outputs['cache-primary-key'])
    expect(warm.main.summary).toContain('100%')
    // The archives came back from the cache service, not from the download host.
    expect(downloads.requests('/avr-gcc.tar.gz') + downloads.requests('/avr-core.tar.gz')).toBe(
      downloadsBefore
    )
    expect(spawnsOf(warm.spawns, [...COMPILERS_PROPER, ...LINKERS_PROPER])).toEqual([])
    expect(warm.report?.totals.linkHits).toBe(SKETCHES.length)
    // The cold run's warnings (warnings: all), replayed from the store: the same, sketch by sketch
    // (files compared by name: the core lies in another tool cache folder).
    const warningsBySketch = (report: Report): string[][] =>
      report.sketches.map(sketch =>
        sketch.warnings.map(w => `${path.basename(w.file)}:${w.line}: ${w.message}`)
      )
    expect(firstRun.report.totals.warnings).toBeGreaterThan(0)
    expect(warningsBySketch(warm.report as Report)).toEqual(warningsBySketch(firstRun.report))
    expect(await hexes(warm.report as Report, warm.folders.workspace)).toEqual(
      await hexes(firstRun.report, firstRun.folders.workspace)
    )
    // Nothing changed, so nothing is saved.
    expect(warm.post.stdout).toContain('the store did not change')
    expect(saved).toEqual([])
  })
})

/** The `run:` line of the README's `build: false` recipe, as a user would copy it. */
async function readmeRecipe(): Promise<string> {
  const readme = await readFile(path.join(repoDir, 'README.md'), 'utf8')
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map(match => match[1] ?? '')
    .find(yaml => /build: false/.test(yaml))
  const run = /- run: (.+)/.exec(block ?? '')?.[1]
  if (run === undefined) throw new Error('README: no `build: false` recipe with a `- run:` step')
  return run
}

describe('set-up only', () => {
  it("build: false, then the README's recipe as written; the post step keeps and saves what it stored", async () => {
    const where = runnerFolders(root, 'setup-only')
    await checkout(where.workspace)
    await writeFile(path.join(where.workspace, 'examples', 'Blink', 'Blink.ino'), '// set-up only\n', {
      flag: 'a'
    })
    await mkdir(where.temp, { recursive: true })
    await mkdir(where.toolCache, { recursive: true })
    const env = { ...cacheServer.env, GITHUB_RUN_ID: '11', FBUILD_CACHE_TIMEOUT_MS: '60000' }
    // Its own cache-version: what it saves is never another test's restore.
    const inputs = { ...baseInputs, build: 'false', 'cache-version': 'setup-only' }
    const main = await runStep('main', where, inputs, env)
    expect(main.code).toBe(0)
    expect(main.outputs['report-path']).toBeUndefined()
    // The user's own step, as the runner runs `run:`: the exported environment, GITHUB_PATH in front.
    const recipe = await readmeRecipe()
    const shell = (command: string) =>
      spawnSync('bash', ['-e', '-c', command], {
        cwd: where.workspace,
        encoding: 'utf8',
        env: {
          ...process.env,
          ...main.exported,
          PATH: [...main.paths, process.env.PATH ?? ''].join(path.delimiter)
        }
      })
    expect(shell('command -v fbuild-action').stdout.trim()).toBe(
      path.join(where.temp, 'fbuild-action-bin', 'fbuild-action')
    )
    const userBuild = shell(recipe)
    expect(userBuild.stderr).toMatch(/4\/4 sketches built/)
    expect(userBuild.status).toBe(0)
    const report = JSON.parse(
      await readFile(path.join(where.workspace, /--report (\S+)/.exec(recipe)?.[1] ?? ''), 'utf8')
    ) as Report
    expect(report.sketches.map(sketch => sketch.path).sort()).toEqual(
      SKETCHES.map(sketch => path.join('examples', path.basename(sketch))).sort()
    )
    const post = await runStep('post', where, inputs, env, main.state)
    expect(post.code).toBe(0)
    expect(storeKeys(cacheServer)).toContain(main.outputs['cache-primary-key'])
    // The entries the user build used survived the eviction of what the job did not touch.
    const manifests = path.join(main.outputs['zccache-store-path'] ?? '', 'entries', 'manifests')
    expect((await readdir(manifests, { recursive: true })).length).toBeGreaterThan(0)
  })
})

describe('faults', () => {
  it('a checksum mismatch fails the step with one error line and caches nothing', async () => {
    const bad = await job('checksum', {
      inputs: { 'toolchain-sha256': '0'.repeat(64) },
      env: { GITHUB_RUN_ID: '3' }
    })
    expect(bad.main.code).toBe(1)
    expect(bad.main.stdout).toMatch(/^::error::.*toolchain-sha256.*checksum mismatch.*$/m)
    expect(await readdir(bad.folders.toolCache)).toEqual([])
    expect(bad.post.code).toBe(0)
  })

  it('a save that hangs: the post step warns at its limit, ends, and keeps the job green', async () => {
    const workspace = path.join(root, 'hanging-save', 'workspace')
    await checkout(workspace)
    await writeFile(path.join(workspace, 'examples', 'Fade', 'Fade.ino'), '// other\n', { flag: 'a' })
    // Scoped to this board's store keys, and cleared after the test: a hung save stores nothing.
    cacheServer.hang('blobUpload', unoStem())
    const hanging = await job('hanging-save', {
      workspace,
      // Long enough for the restore on a loaded machine; the upload never ends, the step must.
      env: { GITHUB_RUN_ID: '6', FBUILD_CACHE_TIMEOUT_MS: '8000' }
    })
    expect(hanging.main.code).toBe(0)
    expect(hanging.post.code).toBe(0)
    expect(hanging.post.stdout).toMatch(/^::warning::cache save timed out after 8 s; not saved$/m)
  })
})
