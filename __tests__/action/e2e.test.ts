/**
 * The bundled action end to end, run as the runner runs it, against services on 127.0.0.1 that
 * speak the real protocols: a download host for the toolchain and core, and GitHub's cache service
 * for the real @actions/cache client. The toolchain served is Debian's avr-gcc behind counting
 * wrappers, so "no compiler ran" is counted outside the action.
 *
 * Each test runs alone or in any order: only the first run (beforeAll) saves under the default
 * cache-version; a test that saves or injects a fault uses a cache-version (key prefix) of its own,
 * and tests compare the cache service's entries before and after themselves.
 */
import { spawnSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as cache from '@actions/cache'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import type { CacheServer } from '../fixtures/cacheServer.js'
import type { DownloadServer } from '../fixtures/downloadServer.js'
import {
  runJob,
  runnerFolders,
  type RunnerFolders,
  runStep,
  secondsAt,
  type StepResult
} from '../helpers/actionRunner.js'
import {
  sha256,
  startActionServices,
  withCacheClient,
  type ActionServices
} from '../helpers/actionServices.js'
import { corpusExamplesDir, repoDir } from '../helpers/corpus.js'
import { COMPILERS_PROPER, LINKERS_PROPER, readSpawnLog, spawnsOf } from '../helpers/toolchainCopy.js'

const SKETCHES = ['01.Basics/Blink', '01.Basics/Fade', '02.Digital/toneMelody', '04.Communication/ASCIITable']

let root: string
let services: ActionServices
let downloads: DownloadServer
let cacheServer: CacheServer
let baseInputs: Record<string, string>
let firstRun: { main: StepResult; post: StepResult; report: Report; folders: RunnerFolders }

/** A checkout: the sketches under examples/, at `workspace`. */
async function checkout(workspace: string): Promise<void> {
  for (const sketch of SKETCHES) {
    await cp(
      path.join(corpusExamplesDir(), sketch),
      path.join(workspace, 'examples', path.basename(sketch)),
      {
        recursive: true
      }
    )
  }
}

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

async function hexes(report: Report, workspace: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const sketch of report.sketches) {
    if (sketch.hex !== null)
      found.set(path.basename(sketch.path), sha256(await readFile(path.resolve(workspace, sketch.hex))))
  }
  return found
}

/** Store keys (not kept archives) the cache service holds, oldest first. */
function storeKeys(): string[] {
  return cacheServer
    .entries()
    .map(entry => entry.key)
    .filter(key => !key.startsWith('fbuild-archive-'))
}

/** Inputs naming the toolchain and core folders the served archives were made from: no install. */
function localTools(): Record<string, string> & { toolchain: string; core: string } {
  return {
    'toolchain-url': '',
    'toolchain-sha256': '',
    'core-url': '',
    'core-sha256': '',
    toolchain: path.join(root, 'make', 'avr-gcc'),
    core: path.join(root, 'make', 'avr')
  }
}

/** The prefix of every store key of the default cache-version for the Uno (what the first run saved). */
function unoStem(): string {
  const primary = firstRun.main.outputs['cache-primary-key'] ?? ''
  return primary.slice(0, primary.indexOf('arduino:avr:uno') + 'arduino:avr:uno'.length)
}

/** The store keys saved while `during` ran. */
async function savedDuring(during: () => Promise<void>): Promise<string[]> {
  const before = new Set(storeKeys())
  await during()
  return storeKeys().filter(key => !before.has(key))
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
    expect(storeKeys()).toContain(firstRun.main.outputs['cache-primary-key'])
    const zccache = firstRun.main.outputs['zccache-store-path'] ?? ''
    expect((await readdir(zccache, { recursive: true })).length).toBeGreaterThan(0)
    expect(firstRun.main.exported.ZCCACHE_DIR).toBe(zccache)
  })

  it('second run at a new workspace path, new RUNNER_TEMP and tool cache: 100% hits, no compiler, same .hex', async () => {
    const downloadsBefore = downloads.requests('/avr-gcc.tar.gz') + downloads.requests('/avr-core.tar.gz')
    let warm = {} as Awaited<ReturnType<typeof job>>
    const saved = await savedDuring(async () => {
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

describe('save policy and keys', () => {
  it('a pull_request run with save: auto restores but does not save', async () => {
    const workspace = path.join(root, 'pr', 'workspace')
    await checkout(workspace)
    await writeFile(path.join(workspace, 'examples', 'Blink', 'Blink.ino'), '// changed\n', { flag: 'a' })
    let pr = {} as Awaited<ReturnType<typeof job>>
    const saved = await savedDuring(async () => {
      pr = await job('pr', { workspace, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_RUN_ID: '9' } })
    })
    expect(pr.main.code).toBe(0)
    expect(pr.main.outputs['cache-matched-key']).not.toBe('')
    expect(Number(pr.main.outputs.misses)).toBeGreaterThan(0)
    expect(pr.post.stdout).toContain('pull_request run (restore only)')
    expect(saved).toEqual([])
  })

  it('a new runner image still restores (correctness comes from content keys)', async () => {
    const newImage = await job('new-image', { env: { ImageOS: 'ubuntu26', GITHUB_RUN_ID: '10' } })
    expect(newImage.main.code).toBe(0)
    expect(newImage.main.outputs['cache-matched-key']).toBe(firstRun.main.outputs['cache-primary-key'])
    expect(newImage.main.outputs['hit-rate']).toBe('100')
  })

  it("another board never restores this board's store", async () => {
    let mega = {} as Awaited<ReturnType<typeof job>>
    const saved = await savedDuring(async () => {
      mega = await job('mega', {
        inputs: { fqbn: 'arduino:avr:mega:cpu=atmega2560', sketches: 'examples/Blink' },
        env: { GITHUB_RUN_ID: '2' }
      })
    })
    expect(mega.main.code).toBe(0)
    expect(mega.main.outputs['cache-matched-key']).toBe('')
    expect(mega.post.code).toBe(0)
    expect(saved).toEqual([mega.main.outputs['cache-primary-key']])
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
    const main = await runStep('dist/index.js', where, inputs, env)
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
    const post = await runStep('dist/post.js', where, inputs, env, main.state)
    expect(post.code).toBe(0)
    expect(storeKeys()).toContain(main.outputs['cache-primary-key'])
    // The entries the user build used survived the eviction of what the job did not touch.
    const manifests = path.join(main.outputs['zccache-store-path'] ?? '', 'entries', 'manifests')
    expect((await readdir(manifests, { recursive: true })).length).toBeGreaterThan(0)
  })
})

describe('faults', () => {
  it('a checksum mismatch fails clearly and caches nothing', async () => {
    const bad = await job('checksum', {
      inputs: { 'toolchain-sha256': '0'.repeat(64) },
      env: { GITHUB_RUN_ID: '3' }
    })
    expect(bad.main.code).not.toBe(0)
    expect(bad.main.stdout).toMatch(/::error::.*toolchain-sha256.*checksum mismatch/)
    expect(await readdir(bad.folders.toolCache)).toEqual([])
  })

  it('a download 404 fails clearly', async () => {
    const missing = await job('missing', {
      // Another checksum, so no kept archive stands in for the download.
      inputs: { 'toolchain-url': downloads.url('/missing.tar.gz'), 'toolchain-sha256': '1'.repeat(64) },
      env: { GITHUB_RUN_ID: '4' }
    })
    expect(missing.main.code).not.toBe(0)
    expect(missing.main.stdout).toMatch(/::error::.*toolchain-url.*404/)
  })

  it('the cache service failing or hanging on save warns and keeps the job green', async () => {
    const workspace = path.join(root, 'failing-save', 'workspace')
    await checkout(workspace)
    await writeFile(path.join(workspace, 'examples', 'Fade', 'Fade.ino'), '// changed\n', { flag: 'a' })
    // Scoped to this board's store keys, and cleared after the test: a failed save stores nothing.
    cacheServer.failNext('CreateCacheEntry', 500, 20, unoStem())
    const failing = await job('failing-save', { workspace, env: { GITHUB_RUN_ID: '5' } })
    expect(failing.main.code).toBe(0)
    expect(failing.post.code).toBe(0)
    expect(failing.post.stdout).toMatch(/::warning::.*cache save (failed|timed out)/)

    const hangingWorkspace = path.join(root, 'hanging-save', 'workspace')
    await checkout(hangingWorkspace)
    await writeFile(path.join(hangingWorkspace, 'examples', 'Fade', 'Fade.ino'), '// other\n', { flag: 'a' })
    cacheServer.hang('blobUpload', unoStem())
    const hanging = await job('hanging-save', {
      workspace: hangingWorkspace,
      env: { GITHUB_RUN_ID: '6', FBUILD_CACHE_TIMEOUT_MS: '8000' }
    })
    expect(hanging.post.code).toBe(0)
    expect(hanging.post.stdout).toMatch(/::warning::.*cache save timed out/)
  })
})

/** The run ids of every entry record in a store folder (both stores). */
async function entryRunIds(cacheRoot: string): Promise<string[]> {
  const files = (await readdir(cacheRoot, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter(entry => entry.isFile() && entry.name.endsWith('.json') && entry.parentPath.includes('entries'))
    .map(entry => path.join(entry.parentPath, entry.name))
  const runIds: string[] = []
  for (const file of files) runIds.push((JSON.parse(await readFile(file, 'utf8')) as { runId: string }).runId)
  return runIds
}

/**
 * The restore faults test the action around the cache client, not the build: each runs with
 * `build: false` (nothing to compile), where a restore that landed, early or late, would leave a
 * store that post then saves. One build after a late answer shows the build and post agree too.
 */
describe('a cache service failing on restore: main ends in time, builds cold, post agrees', () => {
  const LIMIT_MS = 2000
  const HEALTHY_MARGIN_SECONDS = 60
  const PREFIX = 'fbuild-faults-'

  beforeAll(async () => {
    // A real store archive under this block's own cache-version, saved by the real client, for the
    // faults below to withhold, delay or damage (a restore that lands late would bring its entries).
    const seed = path.join(root, 'faults-seed', 'workspace')
    await cp(path.join(firstRun.folders.workspace, '.fbuild-cache'), path.join(seed, '.fbuild-cache'), {
      recursive: true
    })
    // Under the key the fault jobs look up: with toolchain and core from folders, the toolchain id
    // is not the first run's (an installed archive's), so a job without a build says what it is.
    const probe = await job('faults-key', {
      inputs: { ...localTools(), build: 'false', 'cache-version': 'faults' },
      env: { GITHUB_RUN_ID: '19' }
    })
    const seedKey = probe.main.outputs['cache-primary-key'] ?? ''
    expect(seedKey.startsWith(PREFIX)).toBe(true)
    await withCacheClient(cacheServer, seed, () => cache.saveCache(['.fbuild-cache'], seedKey))
    expect(storeKeys()).toContain(seedKey)
  })

  const answerLate = (): void => cacheServer.delay('GetCacheEntryDownloadURL', 2 * LIMIT_MS, PREFIX)
  const faults: [string, () => void][] = [
    ['accepts the lookup and never answers', () => cacheServer.hang('GetCacheEntryDownloadURL', PREFIX)],
    ['answers after the limit', answerLate],
    ['answers 500', () => cacheServer.failNext('GetCacheEntryDownloadURL', 500, Infinity, PREFIX)],
    ['serves a truncated archive', () => cacheServer.truncateDownloads(PREFIX)],
    ['serves a corrupt archive', () => cacheServer.corruptNextDownload(PREFIX)]
  ]

  /** A job of this block's cache-version after `inject`, and the store keys saved while it ran. */
  async function faultJob(name: string, inject: () => void, inputs: Record<string, string>, runId: number) {
    inject()
    let run = {} as Awaited<ReturnType<typeof job>>
    const saved = await savedDuring(async () => {
      run = await job(`fault-${name.replace(/\W+/g, '-')}`, {
        // The store is what is tested here: toolchain and core come from folders, not installs.
        inputs: { ...localTools(), sketches: 'examples/Blink', 'cache-version': 'faults', ...inputs },
        env: { GITHUB_RUN_ID: String(runId), FBUILD_CACHE_TIMEOUT_MS: String(LIMIT_MS) }
      })
    })
    const { main } = run
    expect(main.code).toBe(0)
    expect(main.stdout).toMatch(/::warning::.*(cache restore timed out|Failed to restore)/)
    expect([main.outputs['cache-hit'], main.outputs['cache-matched-key']]).toEqual(['false', ''])
    // Timed here, from the log's arrival. A hung or late restore once kept the step alive
    // indefinitely: the restore must end near its limit. The margin is far above what a loaded
    // machine adds, and far below "indefinitely" (the client alone would wait for minutes).
    const restoreSeconds = secondsAt(main, /no store restored/) - secondsAt(main, /^primary key:/)
    expect(restoreSeconds).toBeLessThan(LIMIT_MS / 1000 + HEALTHY_MARGIN_SECONDS)
    expect(
      (await readdir(run.folders.workspace)).filter(file => file.startsWith('.fbuild-restore-'))
    ).toEqual([])
    expect(run.post.code).toBe(0)
    return { ...run, saved }
  }

  it.each(faults)('a service that %s', async (name, inject) => {
    const index = faults.findIndex(([other]) => other === name)
    const { main, post, saved, folders } = await faultJob(name, inject, { build: 'false' }, 20 + index)
    // Main ends soon after the restore; no store: nothing landed, so post has nothing to save.
    expect(main.seconds - secondsAt(main, /no store restored/)).toBeLessThan(HEALTHY_MARGIN_SECONDS)
    expect(await readdir(folders.workspace)).not.toContain('.fbuild-cache')
    expect(post.stdout).toContain('the store did not change')
    expect(saved).toEqual([])
  })

  it('after a restore answered too late, the build runs cold and post saves what it stored', async () => {
    const { main, report, saved, folders } = await faultJob('answers late, then builds', answerLate, {}, 30)
    expect(main.seconds - secondsAt(main, /^ok +examples\/Blink/)).toBeLessThan(HEALTHY_MARGIN_SECONDS)
    expect(report?.totals.hits).toBe(0)
    expect((await hexes(report as Report, folders.workspace)).get('Blink')).toBe(
      (await hexes(firstRun.report, firstRun.folders.workspace)).get('Blink')
    )
    // The store holds only what this build wrote: nothing restored, early or late.
    const runIds = await entryRunIds(path.join(folders.workspace, '.fbuild-cache'))
    expect(runIds.length).toBeGreaterThan(0)
    expect(new Set(runIds)).toEqual(new Set([main.exported.FBUILD_RUN_ID]))
    // Main restored nothing and the build stored something: post saves it, under the primary key.
    expect(saved).toEqual([main.outputs['cache-primary-key']])
  })
})
