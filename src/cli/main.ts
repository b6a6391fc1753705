/**
 * fbuild-action CLI. Exit codes: 0 all sketches built; 1 a sketch failed (the others still built,
 * the report is still written); 2 usage or setup error, as one line without a stack trace
 * (FBUILD_DEBUG=1 adds it).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseBuildArgs, runIdFromEnv, USAGE } from './args.js'
import { installLibrariesForBuild, installPlatformsForBuild } from './install.js'
import { checkSketchArgsExist, expandSketchArgs } from '../arduino/sketchPaths.js'
import { debianDefaults } from './debianDefaults.js'
import { explainPrinter } from './explainPrinter.js'
import { VERSION } from './version.js'
import { pruneCommand, statsCommand } from './storeCommands.js'
import { runBuild } from '../engine/runBuild.js'
import { newRunId, openStores, storeIdentityMemo } from '../unitCache/open.js'
import type { BuildEvent } from '../engine/types.js'
import { describeFault, isSystemError, UsageError } from '../errors.js'
import { orMissing } from '../files.js'
import { progressPrinter } from '../report/progress.js'
import { makeReport, type Report } from '../report/report.js'
import { newWarningTotal, sizeDeltas } from '../report/sizeDeltas.js'
import { plural } from '../report/summary.js'

/** The summary line after the per-sketch lines. */
export function summaryLine(totals: Report['totals']): string {
  return (
    `${totals.sketches - totals.failed}/${totals.sketches} sketches built, ${plural(totals.units, 'unit')} ` +
    `(${totals.misses} compiled, ${totals.shared} shared, ${totals.hits} from cache), ` +
    `${plural(totals.compilerInvocations, 'compiler run')}, ${plural(totals.linkHits, 'link')} from cache, ` +
    `${plural(totals.warnings, 'warning')}, ${totals.wallSeconds.toFixed(1)}s`
  )
}

async function readBaseReport(file: string): Promise<Report> {
  const text = await orMissing(readFile(file, 'utf8'), null).catch((error: unknown) => {
    // Node names no file in some of its errors (EISDIR): this line does.
    throw new UsageError(`--fail-on-new-warnings ${file}: cannot read it (${describeFault(error)})`)
  })
  if (text === null)
    throw new UsageError(
      `--fail-on-new-warnings ${file}: no such file (expected a JSON report of an earlier run)`
    )
  try {
    const report = JSON.parse(text) as Partial<Report>
    if (Array.isArray(report.sketches)) return report as Report
  } catch {
    // reported below
  }
  throw new UsageError(`--fail-on-new-warnings ${file}: not a JSON report (written by --report)`)
}

/** `build`, or with `explain` the same build telling why each unit and link missed (explainPrinter.ts). */
async function build(argv: readonly string[], cwd: string, explain = false): Promise<number> {
  const args = parseBuildArgs(argv, cwd)
  await checkSketchArgsExist(args.sketches, cwd)
  const sketches = await expandSketchArgs(args.sketches, cwd, {
    exclude: [args.buildDir, ...(args.storeDir === null ? [] : [args.storeDir])]
  })
  if (sketches.length === 0) throw new UsageError(`no sketches found in ${args.sketches.join(' ')}`)
  const baseReport = args.baseReport === null ? null : await readBaseReport(args.baseReport)
  const platforms = await installPlatformsForBuild(args)
  const libraries = await installLibrariesForBuild(args, sketches, cwd)
  const installWarnings = [...(platforms?.warnings ?? []), ...libraries.warnings]
  for (const line of installWarnings) process.stderr.write(`fbuild-action: warning: ${line}\n`)
  const coreDirs = [...args.coreDirs, ...(platforms?.coreDirs ?? [])]
  const toolchainDir = args.toolchainDir ?? platforms?.toolchainDir ?? null
  // The compiler's version is remembered in the store's toolchain memo (no process on a warm run).
  const memoStore =
    args.storeDir === null
      ? null
      : openStores(args.storeDir, runIdFromEnv(process.env) ?? newRunId()).sketches
  const debian = await debianDefaults({
    toolchainDir,
    coreDirs,
    buildProperties: args.buildProperties,
    memo: memoStore === null ? undefined : storeIdentityMemo(memoStore)
  })
  await memoStore?.flush()
  const progress = progressPrinter(process.stderr, cwd, { verbose: args.verbose })
  // Said once the build has started: a setup error stays the run's one line.
  const onEvent = (event: BuildEvent): void => {
    if (event.type === 'start' && debian.note !== null) process.stderr.write(`${debian.note}\n`)
    progress.onEvent(event)
  }
  const explainer = explain ? explainPrinter(line => process.stdout.write(`${line}\n`), cwd) : null
  const result = await runBuild({
    ...args,
    sketches,
    coreDirs,
    toolchainDir,
    buildProperties: debian.buildProperties,
    toolProperties: platforms?.toolProperties,
    libraryDirs: libraries.libraryDirs,
    // Set by the action: its post step keeps what this job's builds used, so they must say so.
    runId: runIdFromEnv(process.env),
    explain,
    onEvent:
      explainer === null
        ? onEvent
        : event => {
            onEvent(event)
            explainer(event)
          }
  }).finally(() => progress.finish())
  const report = makeReport(result, cwd, {
    libraries: libraries.installed,
    platforms: platforms?.packages ?? [],
    warnings: installWarnings
  })
  if (args.reportFile !== null) {
    await mkdir(path.dirname(args.reportFile), { recursive: true })
    await writeFile(args.reportFile, `${JSON.stringify(report, null, 2)}\n`)
  }
  process.stderr.write(`${summaryLine(report.totals)}\n`)
  const fresh =
    baseReport === null ? 0 : newWarningTotal(sizeDeltas(report, baseReport, { base: '', head: '' }))
  if (fresh > 0)
    process.stderr.write(
      `${plural(fresh, 'new warning')} against ${args.baseReport ?? ''} (--fail-on-new-warnings)\n`
    )
  return report.totals.failed > 0 || fresh > 0 ? 1 : 0
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'build') return await build(rest, cwd)
    if (command === 'explain') return await build(rest, cwd, true)
    if (command === 'stats') return await statsCommand(rest, text => process.stdout.write(text))
    if (command === 'prune') return await pruneCommand(rest, text => process.stdout.write(text))
    if (command === '--version' || command === '-V') {
      process.stdout.write(`fbuild-action ${VERSION}\n`)
      return 0
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`)
      return command === undefined ? 2 : 0
    }
    throw new UsageError(
      `unknown command "${command}" (expected build, explain, stats, prune, --help or --version)`
    )
  } catch (error) {
    const kind = isSystemError(error) ? 'setup failed: ' : ''
    process.stderr.write(`fbuild-action: ${kind}${describeFault(error)}\n`)
    if (process.env.FBUILD_DEBUG !== undefined && error instanceof Error)
      process.stderr.write(`${error.stack}\n`)
    return 2
  }
}
