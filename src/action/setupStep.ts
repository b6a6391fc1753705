/**
 * The main step's set-up: the toolchain and platforms, the sketches, the libraries, the toolchain's
 * identity, and the tools later steps find on PATH.
 */
import { existsSync } from 'node:fs'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { checkSketchArgsExist, expandSketchArgs } from '../arduino/sketchPaths.js'
import { installedDigest } from '../ciCache/keys.js'
import { UsageError } from '../errors.js'
import type { LibraryInstallResult } from '../install/libraries.js'
import type { ToolchainIdentity } from '../toolchain/identity.js'
import { identifyArchiveToolchain, identifyToolchain } from '../toolchain/identity.js'
import type { MainContext } from './context.js'
import type { ActionInputs } from './inputs.js'
import { installActionLibraries, installBoard, type InstalledBoard, type Keeping } from './install.js'
import { setOutputs, type ActionRuntime } from './runtime.js'
import { storeRoot, type KeyFacts } from './storeStep.js'

export interface Setup {
  board: InstalledBoard
  /** Sketch folders to build ([] with `build: false`). */
  sketches: string[]
  libraries: LibraryInstallResult
  identity: ToolchainIdentity
  /** The installs' warnings (plain-http mirrors...), also in the report. */
  warnings: string[]
  /** What the store's keys take from the installs. */
  keyFacts: KeyFacts
}

/** The build's output folder: in RUNNER_TEMP, outside the checkout. */
export function buildDirOf(context: Pick<MainContext, 'temp'>): string {
  return path.join(context.temp, 'fbuild-build')
}

/**
 * `fbuild-action` on PATH for later steps (`build: false`, then your own build): a shim that runs
 * the bundled CLI beside the entry script with the runner's node. Skipped from sources.
 */
async function installCliShim(
  runtime: ActionRuntime,
  binDir: string,
  entryScript: string | null
): Promise<void> {
  const cli = entryScript === null ? null : path.join(path.dirname(entryScript), 'cli', 'index.js')
  if (cli === null || !existsSync(cli)) {
    runtime.info(`fbuild-action CLI not put on PATH: ${cli ?? 'the bundled CLI'} is missing`)
    return
  }
  const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`
  await mkdir(binDir, { recursive: true })
  const shim = path.join(binDir, 'fbuild-action')
  await writeFile(shim, `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(cli)} "$@"\n`)
  await chmod(shim, 0o755)
  runtime.addPath(binDir)
}

/** The `sketches` input as folders; with `build: false` none are looked for. */
async function findSketches(inputs: ActionInputs, context: MainContext): Promise<string[]> {
  if (!inputs.buildSketches) return []
  const { workspace } = context
  await checkSketchArgsExist(inputs.sketches, workspace, 'input sketches:')
  const sketches = await expandSketchArgs(inputs.sketches, workspace, {
    exclude: [buildDirOf(context), storeRoot(workspace)]
  })
  if (sketches.length === 0)
    throw new UsageError(`input sketches: no sketch matches ${inputs.sketches.join(', ')}`)
  return sketches
}

export async function setUp(
  runtime: ActionRuntime,
  inputs: ActionInputs,
  keeping: Keeping,
  context: MainContext
): Promise<Setup> {
  const board = await runtime.group('Install the toolchain and platforms', () =>
    installBoard(inputs, keeping)
  )
  const { toolchain } = board
  // The library whose examples are built counts as given: expand the sketches first.
  const sketches = await findSketches(inputs, context)
  const libraries = await runtime.group('Install the libraries', () =>
    installActionLibraries(inputs, sketches, keeping)
  )
  const warnings = [...board.warnings, ...libraries.warnings]
  for (const line of warnings) runtime.warning(line)
  // Once per run, passed on to the build. A verified download needs no hashing of its files.
  const identity = await runtime.group('Identify the toolchain', () =>
    toolchain.archiveSha256 === undefined
      ? identifyToolchain(toolchain.binDir)
      : identifyArchiveToolchain(toolchain.dir, toolchain.archiveSha256)
  )
  runtime.addPath(toolchain.binDir)
  await installCliShim(runtime, path.join(context.temp, 'fbuild-action-bin'), context.entryScript)
  setOutputs(runtime, { 'toolchain-path': toolchain.dir, 'toolchain-id': identity.id })
  // By resolved version and checksum: a new release changes the key, a mirror does not.
  const installed = installedDigest([
    ...libraries.installed,
    ...(board.platforms?.packages ?? []).map(item => ({ ...item, name: item.id }))
  ])
  return { board, sketches, libraries, identity, warnings, keyFacts: { toolchainId: identity.id, installed } }
}
