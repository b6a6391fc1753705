/**
 * What a run sets up once, before any sketch: the board and toolchain, the stores (retiring an old
 * layout), the toolchain's identity, the libraries and the sketches' owners, the named roots, the
 * cache (or CACHE_OFF), the process runner, the statistics and the core plan. Every sketch of the
 * run builds in the session's context (sketchBuild.ts).
 */
import { access, constants, readdir } from 'node:fs/promises'
import path from 'node:path'
import { resolveBoardProperties, type ResolvedBoard } from '../arduino/board.js'
import { parseFqbn } from '../arduino/fqbn.js'
import { checkSizeRecipe } from '../arduino/size.js'
import { libraryRootOfExamples, loadLibrary, scanLibraries, type Library } from '../arduino/libraries.js'
import { locateDefaultCore } from '../arduino/locateCore.js'
import { loadPlatform } from '../arduino/platform.js'
import { unsupportedPlatformFeatures } from '../arduino/platformSupport.js'
import { expandProperties, type Properties } from '../arduino/properties.js'
import { UsageError } from '../errors.js'
import { orMissing } from '../files.js'
import { identifyToolchain } from '../toolchain/identity.js'
import { compilerUseOf } from '../arduino/compilerRecipes.js'
import { chooseToolchain } from './toolchainChoice.js'
import type { Toolchain } from '../toolchain/locate.js'
import { scanToolsFolders, toolProperties } from '../arduino/toolsFolder.js'
import { UnitCompiler, type UnitExplainer } from './compileUnits.js'
import { absolutePaths, createExecutionRoot, type ExecutionRoot } from './executionRoot.js'
import { CoreArchiver, planCore, type CorePlan } from './core.js'
import { LibraryDetector } from './detectLibraries.js'
import { ProcessRunner } from '../toolchain/processes.js'
import type { BuildRequest, BuildResult, SketchResult } from './types.js'
import { CACHE_OFF, storeCache, type BuildCache } from '../unitCache/buildCache.js'
import {
  namedRoots,
  newRunId,
  openUnitCache,
  openStores,
  storeIdentityMemo,
  type OpenStores
} from '../unitCache/open.js'
import type { NamedRoot, PathMode } from '../unitCache/roots.js'
import { RunStatistics } from '../unitCache/runStats.js'
import { retireOldStores } from '../store/root.js'

/** What every sketch of a run shares. */
export interface RunContext {
  runner: ProcessRunner
  /** Where compiles and links run, and the names they give files (executionRoot.ts). */
  exec: ExecutionRoot
  compiler: UnitCompiler
  archiver: CoreArchiver
  detector: LibraryDetector
  /** The cache, or CACHE_OFF with --no-cache (unitCache/buildCache.ts). */
  cache: BuildCache
  toolchainId: string
  core: CorePlan
  /** Platform and user libraries; a sketch's owning library is added per sketch. */
  libraries: readonly Library[]
  /** The library whose examples/ holds a sketch, by the sketch path as the run was given it. */
  owners: ReadonlyMap<string, Library>
  buildDir: string
  /** Board properties for a sketch whose build folder and project name are given. */
  propsFor: (buildPath: string, projectName: string, sketchDir: string) => Properties
  onUnitDone: () => void
}

export interface BuildSession {
  context: RunContext
  /** The sketches' build folder names, in the request's order (buildNames). */
  names: string[]
  toolchain: BuildResult['toolchain']
  paths: PathMode
  /** Counts a finished sketch in the run's statistics. */
  sketchDone(result: SketchResult): void
  /** Removes the execution root, once every sketch is done or the run failed. */
  dispose(): Promise<void>
  /** Writes the run's statistics: the store's summary, null with --no-cache. */
  finish(): Promise<BuildResult['store']>
}

/** Unique, readable build folder names: the sketch name, numbered when two sketches share it. */
export function buildNames(sketches: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return sketches.map(sketch => {
    const name = path.basename(sketch).replace(/\.(ino|pde)$/, '')
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    return count === 1 ? name : `${name}-${count}`
  })
}

async function checkCompilerExists(props: Properties): Promise<void> {
  for (const key of ['compiler.c.cmd', 'compiler.cpp.cmd']) {
    const program = expandProperties(`{compiler.path}{${key}}`, props)
    try {
      await access(program, constants.X_OK)
    } catch {
      throw new UsageError(`toolchain: ${program} does not exist or is not executable (see --toolchain)`)
    }
  }
}

/** The platform folders of the board, named for the cache's keys. */
function platformRoots(board: ResolvedBoard): { name: string; dir: string }[] {
  return [
    { name: 'platform', dir: board.platform.dir },
    { name: 'core-platform', dir: board.corePlatform.dir },
    { name: 'variant-platform', dir: board.variantPlatform.dir }
  ]
}

function sketchFolder(sketchPath: string): string {
  return /\.(ino|pde)$/.test(sketchPath) ? path.dirname(sketchPath) : sketchPath
}

/** The library at an examples/ folder's parent; null when that folder is not a library after all. */
async function exampleOwner(root: string): Promise<Library | null> {
  try {
    return await loadLibrary(root, 'sketch-owner')
  } catch (error) {
    // loadLibrary's usage errors say "not a library" (no headers, a broken library.properties).
    if (error instanceof UsageError) return null
    throw error
  }
}

/**
 * The library whose examples/ holds each sketch (each is used for its own examples), looked up once
 * per run: one that is also among `known` (given with --library) is that same library, any other
 * is loaded once, so every example of it shares one Library and its per-run source listing.
 */
async function sketchOwners(
  sketches: readonly string[],
  known: readonly Library[]
): Promise<Map<string, Library>> {
  const byRoot = new Map<string, Library | null>()
  const owners = new Map<string, Library>()
  for (const sketch of sketches) {
    const root = libraryRootOfExamples(sketchFolder(sketch))
    if (root === null) continue
    if (!byRoot.has(root))
      byRoot.set(root, known.find(candidate => candidate.dir === root) ?? (await exampleOwner(root)))
    const owner = byRoot.get(root)
    if (owner) owners.set(sketch, owner)
  }
  return owners
}

async function platformLibraries(dirs: readonly string[]): Promise<Library[]> {
  const found: Library[] = []
  for (const dir of dirs) {
    const librariesDir = path.join(dir, 'libraries')
    // A platform without bundled libraries (common for referenced cores) is fine.
    const entries = await orMissing(readdir(librariesDir), [])
    if (entries.length > 0) found.push(...(await scanLibraries([librariesDir], 'platform')))
  }
  return found
}

/** The board and its toolchain, checked: properties for any sketch, the base ones, the toolchain. */
interface RunBoard {
  arch: string
  propsFor: (buildPath: string, projectName: string, sketchDir?: string) => ResolvedBoard
  base: ResolvedBoard
  toolchain: Toolchain
  /** The tools' folders (`runtime.tools.*.path`), installed ones after scanned ones. */
  runtimeTools: [string, string][]
}

async function resolveRunBoard(request: BuildRequest): Promise<RunBoard> {
  const fqbn = parseFqbn(request.fqbn)
  const coreDirs = request.coreDirs.length > 0 ? request.coreDirs : [await locateDefaultCore()]
  const platforms = await Promise.all(coreDirs.map(dir => loadPlatform(path.resolve(dir))))
  const overrides: Properties = new Map(request.buildProperties)
  const tools = await scanToolsFolders(request.toolsDirs ?? [])
  // Installed tools after the scanned ones (they win); --build-property after both.
  const runtimeTools = [...toolProperties(tools), ...(request.toolProperties ?? [])]
  let toolchainDir: string | undefined
  const propsFor = (buildPath: string, projectName: string, sketchDir?: string) =>
    resolveBoardProperties(fqbn, platforms, {
      buildPath,
      projectName,
      sketchDir,
      toolchainDir,
      warnings: request.warnings,
      toolProperties: runtimeTools,
      overrides
    })
  const unsupported = unsupportedPlatformFeatures([propsFor(request.buildDir, 'sketch.ino').properties])
  if (unsupported.length > 0) {
    const { platform } = propsFor(request.buildDir, 'sketch.ino')
    throw new UsageError(
      `fqbn "${request.fqbn}": ${platform.dir} cannot be built by fbuild-action yet: ${unsupported.join('; ')}`
    )
  }
  const choice = await chooseToolchain(
    propsFor(request.buildDir, 'sketch.ino').properties,
    request.toolchainDir
  )
  if (choice.setsCompilerPath) toolchainDir = choice.toolchain.dir
  const base = propsFor(request.buildDir, 'sketch.ino')
  await checkCompilerExists(base.properties)
  checkSizeRecipe(base.properties)
  return { arch: fqbn.arch, propsFor, base, toolchain: choice.toolchain, runtimeTools }
}

/** The stores, with an old layout retired; null with --no-cache. */
async function openRunStores(request: BuildRequest): Promise<OpenStores | null> {
  if (request.storeDir === null) return null
  const stores = openStores(request.storeDir, request.runId ?? newRunId(), fault =>
    request.onEvent?.({ type: 'store-fault', fault })
  )
  await stores.sketches.health.write(() => retireOldStores(stores.root))
  return stores
}

/** The run's libraries: those given and the platforms', and the owners of the sketches that are examples. */
async function runLibraries(
  request: BuildRequest,
  board: ResolvedBoard
): Promise<{ libraries: Library[]; owners: Map<string, Library> }> {
  const platformDirs = [...new Set([board.platform.dir, board.corePlatform.dir])]
  const libraries = [
    ...(await scanLibraries(request.libraryDirs, 'user')),
    ...(await platformLibraries(platformDirs))
  ]
  return { libraries, owners: await sketchOwners(request.sketches, libraries) }
}

function runRoots(
  request: BuildRequest,
  board: RunBoard,
  libraries: readonly Library[],
  names: readonly string[]
): NamedRoot[] {
  return namedRoots({
    toolchainDir: board.toolchain.dir,
    platformDirs: platformRoots(board.base),
    libraries,
    sketches: request.sketches.map((sketch, i) => ({
      name: names[i] ?? String(i),
      dir: sketchFolder(sketch)
    })),
    buildDir: request.buildDir,
    tools: board.runtimeTools.map(([key, dir]) => ({
      name: key.replace(/^runtime\.tools\.|\.path$/g, ''),
      dir
    })),
    workspace: request.workspace ?? process.cwd()
  })
}

/** `explain`: every unit lookup told as an event. */
function unitExplainer(request: BuildRequest): UnitExplainer | null {
  if (request.explain !== true) return null
  return {
    properties: request.buildProperties,
    tell: (unit, reason, { detail, why }) =>
      request.onEvent?.({ type: 'unit-explained', source: unit.source, reason, detail, why })
  }
}

/** The run's statistics in the store, and the store's summary at the end; none with --no-cache. */
function runRecord(
  stores: OpenStores | null,
  runner: ProcessRunner,
  cache: BuildCache
): Pick<BuildSession, 'sketchDone' | 'finish'> {
  if (stores === null) return { sketchDone: () => undefined, finish: () => Promise.resolve(null) }
  const statistics = new RunStatistics(stores, () => ({
    processes: runner.counts,
    bytesStored: cache.bytesStored
  }))
  return {
    sketchDone: result => statistics.sketchDone(result),
    async finish() {
      const counters = await statistics.finish()
      return {
        dir: stores.root,
        run: counters,
        recovered: counters.misses['corrupt-entry'],
        faults: [...stores.objects.health.faults, ...stores.sketches.health.faults]
      }
    }
  }
}

export async function openBuildSession(request: BuildRequest): Promise<BuildSession> {
  const board = await resolveRunBoard(request)
  const { base, toolchain } = board
  const stores = await openRunStores(request)
  const identity =
    request.toolchainIdentity ??
    (await identifyToolchain(
      toolchain.binDir,
      stores === null ? undefined : storeIdentityMemo(stores.sketches),
      compilerUseOf(base.properties)
    ))
  const { libraries, owners } = await runLibraries(request, base)
  const names = buildNames(request.sketches)
  // Roots name the owners of examples too, after the libraries given and found.
  const roots = runRoots(request, board, [...new Set([...libraries, ...owners.values()])], names)
  const paths: PathMode = request.absolutePaths === true ? 'absolute' : 'relative'
  const cache =
    stores === null
      ? CACHE_OFF
      : storeCache(openUnitCache(stores, identity.id, roots, request.buildDir, identity.includeDirs, paths))
  const runner = new ProcessRunner(request.jobs, (kind, argv) =>
    request.onEvent?.({ type: 'command', kind, argv })
  )
  const record = runRecord(stores, runner, cache)
  const core = await planCore(base.properties, base.coreDir, base.variantDir, request.buildDir)
  const exec = paths === 'absolute' ? absolutePaths : await createExecutionRoot(roots)
  let unitsDone = 0
  const context: RunContext = {
    runner,
    compiler: new UnitCompiler(runner, cache, exec, unitExplainer(request)),
    exec,
    cache,
    toolchainId: identity.id,
    archiver: new CoreArchiver(runner),
    detector: new LibraryDetector(runner, base.properties, board.arch),
    core,
    libraries,
    owners,
    buildDir: request.buildDir,
    propsFor: (buildPath, projectName, sketchDir) =>
      board.propsFor(buildPath, projectName, sketchDir).properties,
    onUnitDone: () => request.onEvent?.({ type: 'unit-done', index: unitsDone++ })
  }
  return {
    context,
    names,
    toolchain: { id: identity.id, version: identity.version, dir: toolchain.dir, work: identity.work },
    paths,
    sketchDone: record.sketchDone,
    finish: record.finish,
    dispose: () => exec.dispose()
  }
}
