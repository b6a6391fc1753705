/**
 * The main step in-process (then the post step, as one job): run() from src/ with a recording
 * runtime and a stated context, against a real store, the real compiler (Debian's avr-gcc behind
 * counting wrappers, so "no compiler ran" is counted outside the action), the real Arduino core, and
 * the real @actions/cache client talking to the cache service on 127.0.0.1. The restore runs in a
 * child process of the main step bundled from src/, as on GitHub.
 *
 * A failing save is the post step's alone: post.test.ts.
 *
 * Each test runs alone or in any order: only the first job (beforeAll) saves under the default
 * cache-version; a test that saves or injects a fault uses a cache-version of its own, and tests
 * compare the service's entries before and after themselves.
 */
import * as cache from '@actions/cache'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { MainContext } from '../../src/action/context.js'
import { decodeState, STATE_NAME } from '../../src/action/state.js'
import type { Report } from '../../src/report/report.js'
import type { CacheServer } from '../fixtures/cacheServer.js'
import { checkout, hexes, savedDuring, storeKeys } from '../helpers/actionCheckout.js'
import { contextFor, jobInProcess } from '../helpers/actionInProcess.js'
import { runnerFolders } from '../helpers/actionRunner.js'
import { startActionServices, withCacheClient, type ActionServices } from '../helpers/actionServices.js'
import { COMPILERS_PROPER, LINKERS_PROPER, readSpawnLog, spawnsOf } from '../helpers/toolchainCopy.js'

const SKETCHES = ['01.Basics/Blink', '01.Basics/Fade', '02.Digital/toneMelody']

let root: string
let services: ActionServices
let cacheServer: CacheServer
let first: Awaited<ReturnType<typeof job>> & { report: Report }

interface JobOptions {
  workspace?: string
  inputs?: Record<string, string>
  context?: Partial<MainContext>
  /** Edit the checkout before the job. */
  edit?: (workspace: string) => Promise<void>
}

/** One job in-process in its own folders under `root/name`, with the served toolchain and core. */
async function job(name: string, options: JobOptions = {}) {
  const folders = runnerFolders(root, name, options.workspace)
  await checkout(folders.workspace, SKETCHES)
  await options.edit?.(folders.workspace)
  const spawnLog = path.join(root, name, 'spawns.log')
  const context = contextFor(folders, options.context)
  const result = await jobInProcess(folders, { ...services.inputs, ...options.inputs }, context, {
    ...cacheServer.env,
    FBUILD_SPAWN_LOG: spawnLog
  })
  return { ...result, folders, context, spawns: await readSpawnLog(spawnLog) }
}

/** Inputs naming the toolchain and core folders the served archives were made from: no install. */
function localTools(): Record<string, string> {
  return {
    'toolchain-url': '',
    'toolchain-sha256': '',
    'core-url': '',
    'core-sha256': '',
    toolchain: path.join(root, 'make', 'avr-gcc'),
    core: path.join(root, 'make', 'avr')
  }
}

/** The runner's key parts of GitHub run `runId`. */
const runnerRun = (runId: string): MainContext['runner'] => ({
  image: 'ubuntu24',
  arch: 'X64',
  runId,
  runAttempt: '1'
})

const appendTo = (sketch: string, text: string) => (workspace: string) =>
  writeFile(path.join(workspace, 'examples', sketch, `${sketch}.ino`), text, { flag: 'a' })

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fbuild-action-main-'))
  services = await startActionServices(root)
  cacheServer = services.cacheServer
  const cold = await job('first')
  if (cold.report === null)
    throw new Error(`first job made no report: ${cold.main.runtime.failed.join('\n')}`)
  first = { ...cold, report: cold.report }
})

afterEach(() => cacheServer.clearFaults())

afterAll(async () => {
  await services?.stop()
  if (root !== undefined) await rm(root, { recursive: true, force: true })
})

describe('a cold job, then a warm job elsewhere', () => {
  it('installs, builds cold, sets every output, hands the store on, and post saves it', async () => {
    const { main, post } = first
    const runtime = main.runtime
    expect(runtime.failed).toEqual([])
    expect(services.downloads.requests('/avr-gcc.tar.gz')).toBe(1)
    expect(services.downloads.requests('/avr-core.tar.gz')).toBe(1)
    expect(first.report.sketches.map(sketch => sketch.ok)).toEqual(SKETCHES.map(() => true))
    const outputs = runtime.outputs
    expect(outputs['cache-hit']).toBe('false')
    expect(outputs['cache-matched-key']).toBe('')
    expect(outputs['cache-primary-key']).toMatch(
      /^fbuild-v1-s\d+-X64-[0-9a-f]{16}-arduino:avr:uno-ubuntu24-1-1$/
    )
    expect(Number(outputs.misses)).toBe(first.report.totals.misses)
    expect(Number(outputs.misses)).toBeGreaterThan(0)
    expect(outputs.hits).toBe('0')
    expect(outputs['hit-rate']).toBe('0')
    expect(outputs['toolchain-id']).toMatch(/^sha256:/)
    expect(outputs['toolchain-path']).toContain(first.folders.toolCache)
    expect(outputs['sketches-report-path']).toBe(path.join(first.folders.workspace, 'sketches-reports'))
    const store = path.join(first.folders.workspace, '.fbuild-cache')
    expect(runtime.exported).toEqual({
      FBUILD_CACHE_DIR: store,
      ZCCACHE_CACHE_DIR: outputs['zccache-store-path'],
      ZCCACHE_DIR: outputs['zccache-store-path'],
      FBUILD_RUN_ID: first.context.storeRunId,
      FBUILD_CORE_DIR: expect.stringContaining(first.folders.toolCache)
    })
    expect(outputs['zccache-store-path']?.startsWith(store)).toBe(true)
    expect(outputs['fbuild-store-path']?.startsWith(store)).toBe(true)
    expect(runtime.paths).toEqual([
      path.join(outputs['toolchain-path'] ?? '', 'bin'),
      path.join(first.folders.temp, 'fbuild-action-bin')
    ])
    // The served archives are plain http: said once each, as warnings.
    expect(runtime.lines('warning')).toEqual([
      expect.stringMatching(/^toolchain-url: .* is plain http/),
      expect.stringMatching(/^core-url: .* is plain http/)
    ])
    const state = decodeState(runtime.state[STATE_NAME] ?? '')
    expect(state).toMatchObject({
      storeRoot: store,
      storePaths: ['.fbuild-cache'],
      primaryKey: outputs['cache-primary-key'],
      matchedKey: null,
      runId: first.context.storeRunId,
      save: 'auto',
      maxStoreSize: null,
      summary: true
    })
    expect(runtime.summaries.join('\n')).toMatch(/cold/i)
    expect(post.runtime.lines('warning')).toEqual([])
    expect(post.runtime.summaries.join('\n')).toContain(outputs['cache-primary-key'])
    expect(storeKeys(cacheServer)).toContain(outputs['cache-primary-key'])
    expect((await readdir(outputs['zccache-store-path'] ?? '', { recursive: true })).length).toBeGreaterThan(
      0
    )
  })

  it('a warm job at a new workspace, RUNNER_TEMP and tool cache: 100% hits, no compiler, same .hex, nothing saved', async () => {
    let warm = {} as Awaited<ReturnType<typeof job>>
    const saved = await savedDuring(cacheServer, async () => {
      warm = await job('second', {
        workspace: path.join(root, 'another', 'place', 'checkout'),
        context: { runner: runnerRun('8') }
      })
    })
    const { outputs } = warm.main.runtime
    expect(warm.main.runtime.failed).toEqual([])
    expect(outputs['cache-matched-key']).toBe(first.main.runtime.outputs['cache-primary-key'])
    expect(outputs['cache-hit']).toBe('false')
    expect([outputs['hit-rate'], outputs.misses]).toEqual(['100', '0'])
    expect(warm.main.runtime.summaries.join('\n')).toContain('100%')
    expect(spawnsOf(warm.spawns, [...COMPILERS_PROPER, ...LINKERS_PROPER])).toEqual([])
    expect(warm.report?.totals.linkHits).toBe(SKETCHES.length)
    // The cold job's warnings, replayed from the store, sketch by sketch (files by name: the core
    // lies in another tool cache).
    const warningsBySketch = (report: Report): string[][] =>
      report.sketches.map(sketch =>
        sketch.warnings.map(w => `${path.basename(w.file)}:${w.line}: ${w.message}`)
      )
    expect(first.report.totals.warnings).toBeGreaterThan(0)
    expect(warningsBySketch(warm.report as Report)).toEqual(warningsBySketch(first.report))
    expect(await hexes(warm.report as Report, warm.folders.workspace)).toEqual(
      await hexes(first.report, first.folders.workspace)
    )
    expect(warm.post.runtime.lines('info')).toContain('not saving the store: the store did not change')
    expect(saved).toEqual([])
  })
})

describe('save policy and keys', () => {
  it('a pull_request job with save: auto restores and builds what changed, and does not save', async () => {
    let pr = {} as Awaited<ReturnType<typeof job>>
    const saved = await savedDuring(cacheServer, async () => {
      pr = await job('pr', {
        edit: appendTo('Blink', '// changed\n'),
        context: { event: { name: 'pull_request', payload: {} } }
      })
    })
    expect(pr.main.runtime.failed).toEqual([])
    expect(pr.main.runtime.outputs['cache-matched-key']).toBe(first.main.runtime.outputs['cache-primary-key'])
    expect(Number(pr.main.runtime.outputs.misses)).toBeGreaterThan(0)
    expect(pr.post.runtime.lines('info')).toContain(
      'not saving the store: save is auto and this is a pull_request run (restore only)'
    )
    expect(saved).toEqual([])
  })

  it('a new runner image still restores (correctness comes from content keys)', async () => {
    const newImage = await job('new-image', {
      inputs: { build: 'false' },
      context: { runner: { image: 'ubuntu26', arch: 'X64', runId: '10', runAttempt: '1' } }
    })
    expect(newImage.main.runtime.outputs['cache-matched-key']).toBe(
      first.main.runtime.outputs['cache-primary-key']
    )
    expect(newImage.main.runtime.outputs['cache-primary-key']).toContain('-ubuntu26-10-1')
  })

  it("another board never restores this board's store", async () => {
    const mega = await job('mega', {
      inputs: { fqbn: 'arduino:avr:mega:cpu=atmega2560', build: 'false' },
      context: { runner: runnerRun('2') }
    })
    expect(mega.main.runtime.failed).toEqual([])
    expect(mega.main.runtime.outputs['cache-primary-key']).toContain('arduino:avr:mega:cpu=atmega2560')
    expect(mega.main.runtime.outputs['cache-matched-key']).toBe('')
    expect(await readdir(mega.folders.workspace)).not.toContain('.fbuild-cache')
  })

  it('cache: false restores nothing, builds without a store, hands no state on, and post has nothing to save', async () => {
    const lookupsBefore = cacheServer.calls().GetCacheEntryDownloadURL
    let off = {} as Awaited<ReturnType<typeof job>>
    const saved = await savedDuring(cacheServer, async () => {
      off = await job('cache-off', {
        inputs: { ...localTools(), cache: 'false', sketches: 'examples/Blink' }
      })
    })
    expect(off.main.runtime.failed).toEqual([])
    expect(cacheServer.calls().GetCacheEntryDownloadURL).toBe(lookupsBefore)
    expect(off.main.runtime.outputs['cache-matched-key']).toBe('')
    expect(off.report?.totals.hits).toBe(0)
    expect(off.report?.sketches.map(sketch => sketch.ok)).toEqual([true])
    expect(await readdir(off.folders.workspace)).not.toContain('.fbuild-cache')
    expect(off.main.runtime.state).toEqual({})
    expect(off.post.runtime.lines('info')).toEqual([
      'nothing to save (the cache is off, or the main step stopped early)'
    ])
    expect(saved).toEqual([])
  })

  it('build: false sets up, restores and hands over the store; it builds nothing and writes no report', async () => {
    const setUpOnly = await job('set-up-only', { inputs: { build: 'false' } })
    const { runtime } = setUpOnly.main
    expect(runtime.failed).toEqual([])
    expect(runtime.outputs['report-path']).toBeUndefined()
    expect(runtime.outputs['cache-matched-key']).toBe(first.main.runtime.outputs['cache-primary-key'])
    expect(runtime.lines('info')).toContain(
      'build: false: set up and restored only; the post step still saves'
    )
    expect(runtime.exported.FBUILD_CACHE_DIR).toBe(path.join(setUpOnly.folders.workspace, '.fbuild-cache'))
    expect(decodeState(runtime.state[STATE_NAME] ?? '')?.matchedKey).toBe(
      runtime.outputs['cache-matched-key']
    )
    // The same run id as the first job: its exact key, which the service keeps as it is.
    expect(runtime.outputs['cache-hit']).toBe('true')
    expect(setUpOnly.post.runtime.lines('info')).toContain(
      'not saving the store: the primary key was restored exactly; it cannot be saved again'
    )
  })
})

describe('bad inputs and failed installs fail the step with one line naming the input', () => {
  it.each([
    [
      'save',
      'sometimes',
      /^input save: "sometimes" is not a save policy \(expected auto, always or never\)$/
    ],
    ['cache', 'yes', /^input cache: "yes" is not a boolean \(expected true or false\)$/],
    ['fqbn', 'uno', /^fqbn "uno" is not valid: expected PACKAGER:ARCH:BOARD/],
    ['sketches', 'examples/Nope', /^input sketches: examples\/Nope: no such file or folder/]
  ])('%s: %s', async (name, value, message) => {
    const bad = await job(`bad-${name}`, { inputs: { ...localTools(), [name]: value } })
    expect(bad.main.runtime.failed).toEqual([expect.stringMatching(message)])
    expect(bad.main.runtime.failed[0]).not.toContain('\n')
    expect(bad.main.runtime.state).toEqual({})
    expect(bad.post.runtime.lines('info')).toEqual([
      'nothing to save (the cache is off, or the main step stopped early)'
    ])
  })

  it('a checksum mismatch fails clearly and installs nothing', async () => {
    const bad = await job('checksum', { inputs: { 'toolchain-sha256': '0'.repeat(64) } })
    expect(bad.main.runtime.failed).toEqual([expect.stringMatching(/toolchain-sha256.*checksum mismatch/)])
    expect(await readdir(bad.folders.toolCache)).toEqual([])
  })

  it('a download 404 fails clearly', async () => {
    const missing = await job('missing', {
      // Another checksum, so no kept archive stands in for the download.
      inputs: {
        'toolchain-url': services.downloads.url('/missing.tar.gz'),
        'toolchain-sha256': '1'.repeat(64)
      }
    })
    expect(missing.main.runtime.failed).toEqual([expect.stringMatching(/toolchain-url.*404/)])
  })
})

/** The run ids of every entry record in a store folder (both stores). */
async function entryRunIds(cacheRoot: string): Promise<string[]> {
  const entries = await readdir(cacheRoot, { recursive: true, withFileTypes: true })
  const files = entries
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
  const DAMAGED_ARCHIVE_LIMIT_MS = 60_000
  const HEALTHY_MARGIN_SECONDS = 60
  const PREFIX = 'fbuild-faults-'

  beforeAll(async () => {
    // A real store archive under this block's own cache-version, saved by the real client, for the
    // faults below to withhold, delay or damage (a restore that lands late would bring its entries).
    const seed = path.join(root, 'faults-seed', 'workspace')
    await cp(path.join(first.folders.workspace, '.fbuild-cache'), path.join(seed, '.fbuild-cache'), {
      recursive: true
    })
    // Under the key the fault jobs look up (toolchain and core from folders: another toolchain id).
    const probe = await job('faults-key', {
      inputs: { ...localTools(), build: 'false', 'cache-version': 'faults' },
      context: { runner: runnerRun('19') }
    })
    const seedKey = probe.main.runtime.outputs['cache-primary-key'] ?? ''
    expect(seedKey.startsWith(PREFIX)).toBe(true)
    await withCacheClient(cacheServer, seed, () => cache.saveCache(['.fbuild-cache'], seedKey))
    expect(storeKeys(cacheServer)).toContain(seedKey)
  })

  const answerLate = (): void => cacheServer.delay('GetCacheEntryDownloadURL', 2 * LIMIT_MS, PREFIX)
  const TIMED_OUT = `cache restore timed out after ${LIMIT_MS / 1000} s; building cold`
  /**
   * Each fault, and the action's own warning. A damaged archive the client rejects itself: it warns
   * in the restore's process (on GitHub, the same log) and answers "no match", so the action adds none.
   */
  const faults: [string, () => void, string[]][] = [
    [
      'accepts the lookup and never answers',
      () => cacheServer.hang('GetCacheEntryDownloadURL', PREFIX),
      [TIMED_OUT]
    ],
    ['answers after the limit', answerLate, [TIMED_OUT]],
    // The client retries a 500 with backoff, past the limit.
    [
      'answers 500',
      () => cacheServer.failNext('GetCacheEntryDownloadURL', 500, Infinity, PREFIX),
      [TIMED_OUT]
    ],
    ['serves a truncated archive', () => cacheServer.truncateDownloads(PREFIX), []],
    ['serves a corrupt archive', () => cacheServer.corruptNextDownload(PREFIX), []]
  ]

  let faultRuns = 20
  /** A job of this block's cache-version after `inject`, and the store keys saved while it ran. */
  async function faultJob(
    name: string,
    inject: () => void,
    warnings: string[],
    inputs: Record<string, string>
  ) {
    inject()
    // A fault that makes the restore wait gets the short limit it must end near; a damaged archive
    // fails by itself, so it gets a limit a loaded machine cannot reach (the warning then tells).
    const limitMs = warnings.includes(TIMED_OUT) ? LIMIT_MS : DAMAGED_ARCHIVE_LIMIT_MS
    // A run id of its own: what it saves is under a key of its own.
    const runner = runnerRun(String(faultRuns++))
    let run = {} as Awaited<ReturnType<typeof job>>
    let seconds = 0
    const saved = await savedDuring(cacheServer, async () => {
      const startedAt = performance.now()
      run = await job(`fault-${name.replace(/\W+/g, '-')}`, {
        // The store is what is tested here: toolchain and core come from folders, not installs.
        inputs: { ...localTools(), sketches: 'examples/Blink', 'cache-version': 'faults', ...inputs },
        context: { cacheTimeoutMs: limitMs, runner }
      })
      seconds = (performance.now() - startedAt) / 1000
    })
    const { runtime } = run.main
    expect(runtime.failed).toEqual([])
    expect(runtime.lines('warning')).toEqual(warnings)
    expect([runtime.outputs['cache-hit'], runtime.outputs['cache-matched-key']]).toEqual(['false', ''])
    // A hung or late restore once kept the step alive indefinitely: the job must end near the
    // limit. The margin is far above what a loaded machine adds, far below "indefinitely".
    expect(seconds).toBeLessThan(limitMs / 1000 + HEALTHY_MARGIN_SECONDS)
    expect(
      (await readdir(run.folders.workspace)).filter(file => file.startsWith('.fbuild-restore-'))
    ).toEqual([])
    return { ...run, saved }
  }

  it.each(faults)('a service that %s', async (name, inject, warnings) => {
    const { post, saved, folders } = await faultJob(name, inject, warnings, { build: 'false' })
    // No store: nothing landed, so post has nothing to save.
    expect(await readdir(folders.workspace)).not.toContain('.fbuild-cache')
    expect(post.runtime.lines('info')).toContain('not saving the store: the store did not change')
    expect(saved).toEqual([])
  })

  it('after a restore answered too late, the build runs cold and post saves what it stored', async () => {
    const { main, report, saved, folders, context } = await faultJob(
      'answers late, then builds',
      answerLate,
      [TIMED_OUT],
      {}
    )
    expect(report?.totals.hits).toBe(0)
    expect((await hexes(report as Report, folders.workspace)).get('Blink')).toBe(
      (await hexes(first.report, first.folders.workspace)).get('Blink')
    )
    // The store holds only what this build wrote: nothing restored, early or late.
    const runIds = await entryRunIds(path.join(folders.workspace, '.fbuild-cache'))
    expect(runIds.length).toBeGreaterThan(0)
    expect(new Set(runIds)).toEqual(new Set([context.storeRunId]))
    // Main restored nothing and the build stored something: post saves it, under the primary key.
    expect(saved).toEqual([main.runtime.outputs['cache-primary-key']])
  })
})
