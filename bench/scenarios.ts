/**
 * Benchmark scenarios. Scenarios come in groups: a group gets a fresh, empty work folder per
 * repetition and runs its scenarios in order (a warm run needs the cold run before it); the groups
 * alternate order between repetitions. prepare() is untimed setup (copy a checkout, move a store),
 * run() is the timed work.
 *
 * Layout of a group's work folder: `A/` is the first checkout (cold), `B/` the second (warm), each with
 * its own sketches, libraries, HOME, build folder and cache; the work folder is ccache's base_dir.
 * Our CLI runs the toolchain through counting wrappers in `toolchain-counting/` (processCount.ts), so
 * every run of it records the compiler, preprocessor and linker processes that really started.
 */
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { ccacheEnv, ccacheStats, ccacheZeroStats, makeCcacheToolchain } from './ccache.js'
import { placeCorpus, type Checkout, type Corpus } from './corpora.js'
import { runArduinoBuilderCorpus, timeCommand } from './peers.js'
import { SPAWN_LOG_ENV, takeProcessCounts } from './processCount.js'
import { makeCountingFront } from '../__tests__/helpers/countingFront.js'
import type { Measurement, Target, WarmDefect } from './results.js'
import type { Report } from '../src/report/report.js'
import { tarRoundTrip } from '../__tests__/helpers/toolchainCopy.js'

export interface BenchContext {
  corpus: Corpus
  fqbn: string
  /** Parallel compiles (ours) or parallel builds (arduino-builder). */
  jobs: number
  /** The argv that starts our CLI, e.g. ['node', '<repo>/bin/fbuild-action.js']. */
  cli: string[]
}

export interface Scenario {
  name: string
  description: string
  prepare(workDir: string): Promise<void>
  run(workDir: string): Promise<Measurement>
}

export interface Group {
  scenarios: Scenario[]
}

/** The groups of one corpus, and which pairs to report as ratios (numerator / denominator). */
export interface Suite {
  groups: Group[]
  ratios: { numerator: string; denominator: string }[]
  /** The goals, each on one of the ratios. */
  targets: Target[]
}

export const NAMES = {
  noCache: 'fbuild-action --no-cache',
  cold: 'fbuild-action cold',
  warmSame: 'fbuild-action warm, same folders',
  warm: 'fbuild-action warm-relocated',
  ccacheCold: 'ccache cold',
  ccacheWarm: 'ccache warm-relocated',
  builder: 'arduino-builder',
  nodeFloor: 'node start (--help)'
} as const

const roundMs = (seconds: number): number => Math.round(seconds * 1000) / 1000
const nothingToPrepare = async (): Promise<void> => {}

/** Where a checkout's pieces live: A and B have the same shape, so relative paths are alike. */
const checkoutDir = (workDir: string, side: 'A' | 'B'): string => path.join(workDir, side)
const storeDir = (workDir: string, side: 'A' | 'B'): string => path.join(workDir, side, 'cache')

/** The environment with no cache settings of the caller's: every run says what it uses. */
function cleanEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('CCACHE_') && !key.startsWith('FBUILD_')) env[key] = value
  }
  return { ...env, HOME: home, ...extra }
}

interface CliRun {
  checkout: Checkout
  /** Cache root, or null for --no-cache. */
  store: string | null
  toolchain?: string
  env?: Record<string, string>
  /** A warm run lists every sketch that compiled or linked anything. */
  expectWarm?: boolean
}

/** The counting toolchain of a group's work folder (made on first use, shared by A and B: a system toolchain). */
async function countingToolchain(ctx: BenchContext, workDir: string): Promise<string> {
  const dir = path.join(workDir, 'toolchain-counting')
  if (!existsSync(dir)) await makeCountingFront(dir, ctx.corpus.compilerPrefix)
  return dir
}

/**
 * Sketches of a warm run that did compile or link work: each one is a cache bug to fix. Compiles
 * run with root-relative paths, so even firmware that prints `__FILE__` is the same everywhere.
 * A failed sketch must be replayed too: no unit compiled, no link run.
 */
function warmDefects(report: Report): WarmDefect[] {
  return (
    report.sketches
      // Shared units were served once from the store and reused in-run: not work.
      .filter(
        sketch =>
          sketch.units.misses > 0 ||
          sketch.units.uncacheable > 0 ||
          sketch.link === 'miss' ||
          (sketch.ok && sketch.link !== 'hit')
      )
      .map(sketch => ({
        sketch: sketch.path,
        units: sketch.units.total,
        hits: sketch.units.hits,
        misses: sketch.units.misses,
        shared: sketch.units.shared,
        uncacheable: sketch.units.uncacheable,
        missReasons: sketch.missReasons,
        link: sketch.link
      }))
  )
}

/** Our CLI over the whole corpus, in its own process with the checkout as working folder. */
async function runOurCli(ctx: BenchContext, workDir: string, options: CliRun): Promise<Measurement> {
  const { checkout } = options
  const reportFile = path.join(workDir, `report-${path.basename(checkout.root)}.json`)
  // ccache runs bring their own toolchain folder; every other run is counted.
  const counted = options.toolchain === undefined
  const toolchain = options.toolchain ?? (await countingToolchain(ctx, workDir))
  const spawnLog = path.join(workDir, `spawns-${path.basename(checkout.root)}.log`)
  const argv = [
    ...ctx.cli,
    'build',
    ...checkout.sketches,
    ...['--fqbn', ctx.corpus.board?.fqbn ?? ctx.fqbn, '--jobs', String(ctx.jobs)],
    ...(ctx.corpus.board?.cliArgs ?? []),
    ...['--build-dir', path.join(checkout.root, 'build'), '--report', reportFile],
    ...checkout.libraries.flatMap(library => ['--library', library]),
    ...Object.entries(ctx.corpus.buildProperties).flatMap(([key, value]) => [
      '--build-property',
      `${key}=${value}`
    ]),
    ...(options.store === null ? ['--no-cache'] : ['--store', options.store]),
    ...['--toolchain', toolchain]
  ]
  const env = cleanEnv(path.join(checkout.root, 'home'), {
    ...options.env,
    ...(counted ? { [SPAWN_LOG_ENV]: spawnLog } : {})
  })
  const { seconds, code, stderr } = await timeCommand(argv, env, checkout.root)
  // Exit code 1 (some sketches failed) still measured the run; anything else did not.
  if (code !== 0 && code !== 1)
    throw new Error(`fbuild-action exited with ${code}: ${stderr.trim().slice(-2000)}`)
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as Report
  const { totals } = report
  const phaseSum = (phase: 'prepare' | 'detect' | 'units' | 'link'): number =>
    roundMs(report.sketches.reduce((sum, sketch) => sum + (sketch.phases?.[phase] ?? 0), 0))
  const built = report.sketches.filter(sketch => sketch.ok)
  const defects = options.expectWarm === true ? warmDefects(report) : []
  return {
    seconds: roundMs(seconds),
    built: built.length,
    total: checkout.sketches.length,
    failed: report.sketches.filter(sketch => !sketch.ok).map(sketch => sketch.path),
    details: {
      units: totals.units,
      compiled: totals.misses,
      shared: totals.shared,
      hits: totals.hits,
      compilerInvocations: totals.compilerInvocations,
      preprocessorInvocations: totals.preprocessorInvocations,
      linkerInvocations: totals.linkerInvocations,
      linkHits: totals.linkHits,
      // What identifying the toolchain cost: 0 and 0 when the store's memo held.
      toolchainFilesHashed: report.toolchain.work?.filesHashed ?? 0,
      toolchainDriverAsked: report.toolchain.work?.driverAsked ?? 0,
      engineSeconds: totals.wallSeconds,
      prepareSeconds: phaseSum('prepare'),
      detectSeconds: phaseSum('detect'),
      unitsSeconds: phaseSum('units'),
      linkSeconds: phaseSum('link'),
      ...(counted ? await takeProcessCounts(spawnLog, ctx.corpus.compilerPrefix) : {})
    },
    ...(options.expectWarm === true ? { warmDefects: defects } : {})
  }
}

/** The store and checkout of side A, moved to side B the way a CI cache restore moves them. */
async function relocate(ctx: BenchContext, workDir: string, cacheName: string): Promise<Checkout> {
  const from = path.join(checkoutDir(workDir, 'A'), cacheName)
  const to = path.join(checkoutDir(workDir, 'B'), cacheName)
  // A tar round trip, extracted with new mtimes: nothing may depend on a file's stamp.
  await tarRoundTrip(from, to)
  // Side A goes away entirely: the warm run can find nothing at the old paths.
  await rm(checkoutDir(workDir, 'A'), { recursive: true, force: true })
  return placeCorpus(ctx.corpus, checkoutDir(workDir, 'B'))
}

function ours(ctx: BenchContext): Scenario[] {
  let checkout: Checkout | null = null
  const need = (): Checkout => {
    if (checkout === null) throw new Error('scenario run before its prepare')
    return checkout
  }
  const cold: Scenario = {
    name: NAMES.cold,
    description: `our CLI with an empty store (--store), fresh build folder, --jobs ${ctx.jobs}`,
    prepare: async workDir => {
      checkout = await placeCorpus(ctx.corpus, checkoutDir(workDir, 'A'))
    },
    run: workDir => runOurCli(ctx, workDir, { checkout: need(), store: storeDir(workDir, 'A') })
  }
  const warmSame: Scenario = {
    name: NAMES.warmSame,
    description: 'our CLI again over the cold run: the same checkout, store and build folder',
    prepare: nothingToPrepare,
    run: workDir =>
      runOurCli(ctx, workDir, { checkout: need(), store: storeDir(workDir, 'A'), expectWarm: true })
  }
  const warm: Scenario = {
    name: NAMES.warm,
    description:
      'our CLI with the store of the cold run moved by a tar round trip (new path, new mtimes), the ' +
      'sketches and libraries copied to another folder, another HOME, a new build folder',
    prepare: async workDir => {
      checkout = await relocate(ctx, workDir, 'cache')
    },
    run: workDir =>
      runOurCli(ctx, workDir, { checkout: need(), store: storeDir(workDir, 'B'), expectWarm: true })
  }
  return [cold, warmSame, warm]
}

function noCache(ctx: BenchContext): Scenario {
  let checkout: Checkout | null = null
  return {
    name: NAMES.noCache,
    description: 'our CLI compiling everything, touching no store',
    prepare: async workDir => {
      checkout = await placeCorpus(ctx.corpus, checkoutDir(workDir, 'A'))
    },
    run: async workDir => {
      if (checkout === null) throw new Error('scenario run before its prepare')
      return runOurCli(ctx, workDir, { checkout, store: null })
    }
  }
}

function ccacheScenarios(ctx: BenchContext): Scenario[] {
  let checkout: Checkout | null = null
  const toolchain = (workDir: string): string => path.join(workDir, 'toolchain-ccache')
  const runWithCcache = async (workDir: string, side: 'A' | 'B'): Promise<Measurement> => {
    if (checkout === null) throw new Error('scenario run before its prepare')
    const env = ccacheEnv(path.join(checkoutDir(workDir, side), 'ccache'), workDir)
    await ccacheZeroStats(env)
    const measurement = await runOurCli(ctx, workDir, {
      checkout,
      store: null,
      toolchain: toolchain(workDir),
      env
    })
    return { ...measurement, details: { ...measurement.details, ...(await ccacheStats(env)) } }
  }
  const cold: Scenario = {
    name: NAMES.ccacheCold,
    description:
      'our CLI with --no-cache and --toolchain pointing at a folder whose avr-gcc and avr-g++ exec ccache ' +
      'on /usr/bin/avr-g*; empty CCACHE_DIR, base_dir = the common parent of both checkouts, ' +
      'hash_dir = false, compiler_check = content',
    prepare: async workDir => {
      await makeCcacheToolchain(toolchain(workDir))
      checkout = await placeCorpus(ctx.corpus, checkoutDir(workDir, 'A'))
    },
    run: workDir => runWithCcache(workDir, 'A')
  }
  const warm: Scenario = {
    name: NAMES.ccacheWarm,
    description:
      "ccache's cache from the ccache cold run, moved exactly as our warm-relocated run moves ours",
    prepare: async workDir => {
      checkout = await relocate(ctx, workDir, 'ccache')
    },
    run: workDir => runWithCcache(workDir, 'B')
  }
  return [cold, warm]
}

/** Node's own start and our bundle's load: the floor under any run of the CLI. */
function nodeFloor(ctx: BenchContext): Scenario {
  return {
    name: NAMES.nodeFloor,
    description: '`node bin/fbuild-action.js --help`: process start and bundle load, no build',
    prepare: nothingToPrepare,
    run: async () => {
      const { seconds, code, stderr } = await timeCommand([...ctx.cli, '--help'])
      if (code !== 0) throw new Error(`--help exited with ${code}: ${stderr.trim()}`)
      return { seconds: roundMs(seconds), built: 0, total: 0, failed: [], details: {} }
    }
  }
}

function arduinoBuilder(ctx: BenchContext): Scenario {
  return {
    name: NAMES.builder,
    description:
      `Debian arduino-builder 1.3.25, one process per sketch, ${ctx.jobs} at a time, each with an empty ` +
      'build path; the core is built once and reused through a fresh -build-cache folder, as the IDE does',
    prepare: nothingToPrepare,
    run: async workDir => {
      const sketches = ctx.corpus.sketches.flatMap(sketch => (sketch.source === null ? [] : [sketch.source]))
      const board = ctx.corpus.board
      const { wallSeconds, results } = await runArduinoBuilderCorpus(
        sketches,
        board?.fqbn ?? ctx.fqbn,
        workDir,
        ctx.jobs,
        board?.oracle
      )
      const failed = [...results].filter(([, result]) => !result.ok).map(([sketch]) => sketch)
      return {
        seconds: roundMs(wallSeconds),
        built: results.size - failed.length,
        total: sketches.length,
        failed,
        details: {}
      }
    }
  }
}

/** Every scenario of one corpus, and the ratios the targets are judged on. */
export function cacheSuite(ctx: BenchContext): Suite {
  const groups: Group[] = [
    { scenarios: [nodeFloor(ctx)] },
    { scenarios: [noCache(ctx)] },
    { scenarios: ours(ctx) },
    ...(ctx.corpus.board === undefined ? [{ scenarios: ccacheScenarios(ctx) }] : []),
    ...(ctx.corpus.withArduinoBuilder ? [{ scenarios: [arduinoBuilder(ctx)] }] : [])
  ]
  return {
    groups,
    ratios: [
      { numerator: NAMES.cold, denominator: NAMES.noCache },
      ...(ctx.corpus.withArduinoBuilder ? [{ numerator: NAMES.cold, denominator: NAMES.builder }] : []),
      { numerator: NAMES.warmSame, denominator: NAMES.cold },
      { numerator: NAMES.warm, denominator: NAMES.cold },
      ...(ctx.corpus.board === undefined
        ? [
            { numerator: NAMES.warm, denominator: NAMES.ccacheWarm },
            { numerator: NAMES.ccacheWarm, denominator: NAMES.ccacheCold }
          ]
        : []),
      ...(ctx.corpus.withArduinoBuilder ? [{ numerator: NAMES.builder, denominator: NAMES.noCache }] : [])
    ],
    targets: [
      {
        label: 'warm-relocated at most 3% of cold',
        numerator: NAMES.warm,
        denominator: NAMES.cold,
        limit: 0.03
      },
      ...(ctx.corpus.board === undefined
        ? [
            {
              label: "warm-relocated at most half of ccache's warm-relocated",
              numerator: NAMES.warm,
              denominator: NAMES.ccacheWarm,
              limit: 0.5
            }
          ]
        : []),
      {
        label: 'cold at most 110% of --no-cache',
        numerator: NAMES.cold,
        denominator: NAMES.noCache,
        limit: 1.1
      }
    ]
  }
}
