/**
 * The build engine: set up once (board, toolchain, libraries, core plan), then build every sketch,
 * sharing core and library objects across sketches, with all compiles in one job pool.
 */
import { access, constants, readdir } from 'node:fs/promises'
import path from 'node:path'
import pLimit from 'p-limit'
import { resolveBoardProperties, type ResolvedBoard } from '../arduino/board.js'
import { parseFqbn } from '../arduino/fqbn.js'
import { checkSizeRecipe } from '../arduino/size.js'
import { libraryRootOfExamples, loadLibrary, scanLibraries, type Library } from '../arduino/libraries.js'
import { locateDefaultCore } from '../arduino/locateCore.js'
import { loadPlatform } from '../arduino/platform.js'
import { unsupportedPlatformFeatures } from '../arduino/platformSupport.js'
import { expandProperties, type Properties } from '../arduino/properties.js'
import { describeFault, UsageError } from '../errors.js'
import { identifyToolchain } from '../toolchain/identity.js'
import { compilerUseOf } from '../arduino/compilerRecipes.js'
import { chooseToolchain } from './toolchainChoice.js'
import { scanToolsFolders, toolProperties } from '../arduino/toolsFolder.js'
import { UnitCompiler } from './compileUnits.js'
import { absolutePaths, createExecutionRoot } from './executionRoot.js'
import { CoreArchiver, planCore } from './core.js'
import { LibraryDetector } from './detectLibraries.js'
import { ProcessRunner } from '../toolchain/processes.js'
import { buildSketch, failedSketch, type RunContext } from './sketchBuild.js'
import type { BuildRequest, BuildResult, SketchResult } from './types.js'
import { namedRoots, newRunId, openUnitCache, openStores, storeIdentityMemo } from '../unitCache/open.js'
import { RunStatistics } from '../unitCache/runStats.js'
import { retireOldStores } from '../store/root.js'

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
    if (!byRoot.has(root)) {
      const library =
        known.find(candidate => candidate.dir === root) ??
        (await loadLibrary(root, 'sketch-owner').catch(() => null))
      byRoot.set(root, library)
    }
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
    const entries = await readdir(librariesDir).catch(() => [])
    if (entries.length > 0) found.push(...(await scanLibraries([librariesDir], 'platform')))
  }
  return found
}

export async function runBuild(request: BuildRequest): Promise<BuildResult> {
  const startedAt = performance.now()
  const fqbn = parseFqbn(request.fqbn)
  const coreDirs = request.coreDirs.length > 0 ? request.coreDirs : [await locateDefaultCore()]
  const platforms = await Promise.all(coreDirs.map(dir => loadPlatform(path.resolve(dir))))
  const overrides: Properties = new Map(request.buildProperties)
  const tools = await scanToolsFolders(request.toolsDirs ?? [])
  // Installed tools after the scanned ones (they win); --build-property after both.
  const runtimeTools = [...toolProperties(tools), ...(request.toolProperties ?? [])]
  let toolchainDir: string | undefined
  const boardFor = (buildPath: string, projectName: string, sketchDir?: string) =>
    resolveBoardProperties(fqbn, platforms, {
      buildPath,
      projectName,
      sketchDir,
      toolchainDir,
      warnings: request.warnings,
      toolProperties: runtimeTools,
      overrides
    })
  const unsupported = unsupportedPlatformFeatures([boardFor(request.buildDir, 'sketch.ino').properties])
  if (unsupported.length > 0) {
    const { platform } = boardFor(request.buildDir, 'sketch.ino')
    throw new UsageError(
      `fqbn "${request.fqbn}": ${platform.dir} cannot be built by fbuild-action yet: ${unsupported.join('; ')}`
    )
  }
  const choice = await chooseToolchain(
    boardFor(request.buildDir, 'sketch.ino').properties,
    request.toolchainDir
  )
  const toolchain = choice.toolchain
  if (choice.setsCompilerPath) toolchainDir = toolchain.dir
  const base = boardFor(request.buildDir, 'sketch.ino')
  await checkCompilerExists(base.properties)
  checkSizeRecipe(base.properties)
  const stores =
    request.storeDir === null
      ? null
      : openStores(request.storeDir, request.runId ?? newRunId(), fault =>
          request.onEvent?.({ type: 'store-fault', fault })
        )
  if (stores !== null) await stores.sketches.health.write(() => retireOldStores(stores.root))
  const identity =
    request.toolchainIdentity ??
    (await identifyToolchain(
      toolchain.binDir,
      stores === null ? undefined : storeIdentityMemo(stores.sketches),
      compilerUseOf(base.properties)
    ))

  const platformDirs = [...new Set([base.platform.dir, base.corePlatform.dir])]
  const libraries = [
    ...(await scanLibraries(request.libraryDirs, 'user')),
    ...(await platformLibraries(platformDirs))
  ]
  const names = buildNames(request.sketches)
  const owners = await sketchOwners(request.sketches, libraries)
  // The run's libraries: those given and found, then the owners of examples not among them.
  const runLibraries = [...new Set([...libraries, ...owners.values()])]
  const roots = namedRoots({
    toolchainDir: toolchain.dir,
    platformDirs: platformRoots(base),
    libraries: runLibraries,
    sketches: request.sketches.map((sketch, i) => ({
      name: names[i] ?? String(i),
      dir: sketchFolder(sketch)
    })),
    buildDir: request.buildDir,
    tools: runtimeTools.map(([key, dir]) => ({ name: key.replace(/^runtime\.tools\.|\.path$/g, ''), dir })),
    workspace: request.workspace ?? process.cwd()
  })
  const pathMode = request.absolutePaths === true ? 'absolute' : 'relative'
  const cache =
    stores === null
      ? null
      : openUnitCache(stores, identity.id, roots, request.buildDir, identity.includeDirs, pathMode)
  const runner = new ProcessRunner(request.jobs, (kind, argv) =>
    request.onEvent?.({ type: 'command', kind, argv })
  )
  const statistics =
    stores === null || cache === null
      ? null
      : new RunStatistics(stores, () => ({ processes: runner.counts, bytesStored: cache.bytesStored }))
  const core = await planCore(base.properties, base.coreDir, base.variantDir, request.buildDir)
  const exec = pathMode === 'absolute' ? absolutePaths : await createExecutionRoot(roots)
  let unitsDone = 0
  const ctx: RunContext = {
    runner,
    compiler: new UnitCompiler(
      runner,
      cache,
      exec,
      request.explain === true
        ? {
            properties: request.buildProperties,
            tell: (unit, reason, why) =>
              request.onEvent?.({ type: 'unit-explained', source: unit.source, reason, why })
          }
        : null
    ),
    exec,
    cache,
    toolchainId: identity.id,
    archiver: new CoreArchiver(runner),
    detector: new LibraryDetector(runner, base.properties, fqbn.arch),
    core,
    libraries,
    owners,
    buildDir: request.buildDir,
    propsFor: (buildPath, projectName, sketchDir) => boardFor(buildPath, projectName, sketchDir).properties,
    onUnitDone: () => request.onEvent?.({ type: 'unit-done', index: unitsDone++ })
  }

  request.onEvent?.({ type: 'start', sketchCount: request.sketches.length })
  // Enough sketches in flight to keep every job busy, few enough that results stream out in order.
  const sketchLimit = pLimit(Math.max(2, request.jobs * 2))
  const sketches = await Promise.all(
    request.sketches.map((sketchPath, index) =>
      sketchLimit(async (): Promise<SketchResult> => {
        request.onEvent?.({ type: 'sketch-start', index, path: sketchPath })
        const result = await buildSketch(ctx, sketchPath, names[index] ?? String(index)).catch(
          (error: unknown) => failedSketch(sketchPath, performance.now(), describeFault(error))
        )
        statistics?.sketchDone(result)
        request.onEvent?.({ type: 'sketch-done', index, result })
        return result
      })
    )
  ).finally(() => exec.dispose())
  const processes = { ...runner.counts }
  let storeSummary: BuildResult['store'] = null
  if (stores !== null && statistics !== null) {
    const counters = await statistics.finish()
    storeSummary = {
      dir: stores.root,
      run: counters,
      recovered: counters.misses['corrupt-entry'],
      faults: [...stores.objects.health.faults, ...stores.sketches.health.faults]
    }
  }
  return {
    fqbn: request.fqbn,
    toolchain: { id: identity.id, version: identity.version, dir: toolchain.dir, work: identity.work },
    paths: pathMode,
    sketches,
    processes,
    wallSeconds: (performance.now() - startedAt) / 1000,
    store: storeSummary
  }
}
