/**
 * Benchmark scenarios. A scenario gets a fresh, empty work folder for each repetition: prepare() sets it
 * up untimed (e.g. a store to restore, a relocated checkout), run() does the timed work and says what
 * it measured. New scenarios (no-cache, cold with store, warm relocated, ccache, large library) plug in
 * by adding a Scenario here and listing it in a suite.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { runArduinoBuilderCorpus, timeCommand } from './peers.js'
import type { Measurement } from './results.js'
import type { Report } from '../src/report/report.js'

export interface BenchContext {
  /** Absolute sketch folders, built by every scenario. */
  sketches: string[]
  fqbn: string
  /** Parallel compiles (ours) or parallel builds (arduino-builder). */
  jobs: number
  /** Build properties every side uses: the oracle's defaults, so the firmware is comparable. */
  buildProperties: Readonly<Record<string, string>>
  /** The argv that starts our CLI, e.g. ['node', '<repo>/bin/fbuild-action.js']. */
  cli: string[]
}

export interface Scenario {
  name: string
  description: string
  prepare(workDir: string): Promise<void>
  run(workDir: string): Promise<Measurement>
}

/** Scenarios to run in the same repetitions, and which pairs to report as ratios (numerator / denominator). */
export interface Suite {
  scenarios: Scenario[]
  ratios: { numerator: string; denominator: string }[]
}

const roundMs = (seconds: number): number => Math.round(seconds * 1000) / 1000

const nothingToPrepare = async (): Promise<void> => {}

/** `fbuild-action build` over the whole corpus, as a separate process, reading back its JSON report. */
async function runOurCli(ctx: BenchContext, workDir: string, extraArgs: string[] = []): Promise<Measurement> {
  const reportFile = path.join(workDir, 'report.json')
  const argv = [
    ...ctx.cli,
    'build',
    ...ctx.sketches,
    ...['--fqbn', ctx.fqbn, '--jobs', String(ctx.jobs)],
    ...['--build-dir', path.join(workDir, 'build'), '--report', reportFile],
    ...Object.entries(ctx.buildProperties).flatMap(([key, value]) => ['--build-property', `${key}=${value}`]),
    ...extraArgs
  ]
  // A store of its own, so a default store left by another run can never turn a cold build warm.
  const env = { ...process.env, FBUILD_CACHE_DIR: path.join(workDir, 'store') }
  const { seconds, code, stderr } = await timeCommand(argv, env)
  // Exit code 1 (some sketches failed) still measured the run; anything else did not.
  if (code !== 0 && code !== 1)
    throw new Error(`fbuild-action exited with ${code}: ${stderr.trim().slice(-2000)}`)
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as Report
  const { totals } = report
  return {
    seconds: roundMs(seconds),
    built: totals.sketches - totals.failed,
    total: ctx.sketches.length,
    failed: report.sketches.filter(sketch => !sketch.ok).map(sketch => sketch.path),
    details: {
      units: totals.units,
      compiled: totals.misses,
      shared: totals.shared,
      hits: totals.hits,
      compilerInvocations: totals.compilerInvocations
    }
  }
}

export function fbuildCold(ctx: BenchContext): Scenario {
  return {
    name: 'fbuild-action cold',
    description:
      `our CLI in its own process, fresh build folder and empty store, --jobs ${ctx.jobs}; ` +
      'a translation unit compiled for one sketch is shared with the others in the same run',
    prepare: nothingToPrepare,
    run: workDir => runOurCli(ctx, workDir)
  }
}

export function arduinoBuilderCold(ctx: BenchContext): Scenario {
  return {
    name: 'arduino-builder',
    description:
      `Debian arduino-builder 1.3.25, one process per sketch, ${ctx.jobs} at a time, each with an empty ` +
      'build path; the core is built once and reused through a fresh -build-cache folder, as the IDE does',
    prepare: nothingToPrepare,
    run: async workDir => {
      const { wallSeconds, results } = await runArduinoBuilderCorpus(
        ctx.sketches,
        ctx.fqbn,
        workDir,
        ctx.jobs
      )
      // Named like our report names them: relative to the working directory.
      const failed = [...results]
        .filter(([, result]) => !result.ok)
        .map(([sketch]) => path.relative(process.cwd(), sketch))
      return {
        seconds: roundMs(wallSeconds),
        built: results.size - failed.length,
        total: ctx.sketches.length,
        failed,
        details: {}
      }
    }
  }
}

/** The engine issue's suite: the whole corpus built cold by us and by arduino-builder. */
export function coldCorpusSuite(ctx: BenchContext): Suite {
  const ours = fbuildCold(ctx)
  const builder = arduinoBuilderCold(ctx)
  return { scenarios: [ours, builder], ratios: [{ numerator: builder.name, denominator: ours.name }] }
}
