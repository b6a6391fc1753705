/**
 * fbuild-action CLI. Exit codes: 0 all sketches built; 1 a sketch failed (the others still built,
 * the report is still written); 2 usage or setup error, as one line without a stack trace
 * (FBUILD_DEBUG=1 adds it).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseBuildArgs, runIdFromEnv, USAGE } from './args.js'
import { installLibrariesForBuild, installPlatformsForBuild } from './install.js'
import { expandSketchArgs } from '../arduino/sketchPaths.js'
import { explainPrinter } from './explainPrinter.js'
import { pruneCommand, statsCommand } from './storeCommands.js'
import { runBuild } from '../engine/runBuild.js'
import { describeFault, isSystemError, UsageError } from '../errors.js'
import { progressPrinter } from '../report/progress.js'
import { makeReport } from '../report/report.js'

/** `build`, or with `explain` the same build telling why each unit and link missed (explainPrinter.ts). */
async function build(argv: readonly string[], cwd: string, explain = false): Promise<number> {
  const args = parseBuildArgs(argv, cwd)
  const sketches = await expandSketchArgs(args.sketches, cwd, {
    exclude: [args.buildDir, ...(args.storeDir === null ? [] : [args.storeDir])]
  })
  if (sketches.length === 0) throw new UsageError(`no sketches found in ${args.sketches.join(' ')}`)
  const platforms = await installPlatformsForBuild(args)
  const libraries = await installLibrariesForBuild(args, sketches, cwd)
  const installWarnings = [...(platforms?.warnings ?? []), ...libraries.warnings]
  for (const line of installWarnings) process.stderr.write(`fbuild-action: warning: ${line}\n`)
  const result = await runBuild({
    ...args,
    sketches,
    coreDirs: [...args.coreDirs, ...(platforms?.coreDirs ?? [])],
    toolchainDir: args.toolchainDir ?? platforms?.toolchainDir ?? null,
    toolProperties: platforms?.toolProperties,
    libraryDirs: libraries.libraryDirs,
    // Set by the action: its post step keeps what this job's builds used, so they must say so.
    runId: runIdFromEnv(process.env),
    explain,
    onEvent: explain
      ? explainPrinter(line => process.stdout.write(`${line}\n`), cwd)
      : progressPrinter(process.stderr, cwd)
  })
  const report = makeReport(result, cwd, {
    libraries: libraries.installed,
    platforms: platforms?.packages ?? [],
    warnings: installWarnings
  })
  if (args.reportFile !== null) {
    await mkdir(path.dirname(args.reportFile), { recursive: true })
    await writeFile(args.reportFile, `${JSON.stringify(report, null, 2)}\n`)
  }
  const { totals } = report
  process.stderr.write(
    `${totals.sketches - totals.failed}/${totals.sketches} sketches built, ${totals.units} units ` +
      `(${totals.misses} compiled, ${totals.shared} shared, ${totals.hits} from cache), ` +
      `${totals.compilerInvocations} compiler runs, ${totals.linkHits} links from cache, ` +
      `${totals.warnings} warnings, ` +
      `${totals.wallSeconds.toFixed(1)}s\n`
  )
  return totals.failed > 0 ? 1 : 0
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const [command, ...rest] = argv
  try {
    if (command === 'build') return await build(rest, cwd)
    if (command === 'explain') return await build(rest, cwd, true)
    if (command === 'stats') return await statsCommand(rest, text => process.stdout.write(text))
    if (command === 'prune') return await pruneCommand(rest, text => process.stdout.write(text))
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`)
      return command === undefined ? 2 : 0
    }
    throw new UsageError(`unknown command "${command}" (expected: build, explain, stats or prune)`)
  } catch (error) {
    const kind = isSystemError(error) ? 'setup failed: ' : ''
    process.stderr.write(`fbuild-action: ${kind}${describeFault(error)}\n`)
    if (process.env.FBUILD_DEBUG !== undefined && error instanceof Error)
      process.stderr.write(`${error.stack}\n`)
    return 2
  }
}
