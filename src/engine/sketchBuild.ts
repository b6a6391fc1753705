/**
 * One sketch: lay it out, find its libraries, get its units' objects (sharing the run's core and
 * library objects, and the cache's), link. Every failure becomes this sketch's result; other
 * sketches are not affected.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { devNull } from 'node:os'
import path from 'node:path'
import type { Library } from '../arduino/libraries.js'
import { libraryIncludeDirs, libraryOwnIncludeDirs } from '../arduino/libraries.js'
import type { Properties } from '../arduino/properties.js'
import { loadSketch, type Sketch } from '../arduino/sketch.js'
import type { UnitCache } from '../unitCache/unitCache.js'
import { detectionKeyOf, lookupDetection, storeDetection } from '../unitCache/detectCache.js'
import { linkKeyOf, lookupLink, objectName, storeLink, storeLinkFailure } from '../unitCache/linkCache.js'
import type { MissReason } from '../store/index.js'
import {
  flagsDigest,
  planUnits,
  type CompileUnit,
  type UnitCompiler,
  type UnitOutcome
} from './compileUnits.js'
import type { CoreArchiver, CorePlan } from './core.js'
import type { ExecutionRoot } from './executionRoot.js'
import type { DetectedLibraries, LibraryDetector } from './detectLibraries.js'
import { checkSizes, linkCommands, runLink, type LinkCommands } from './link.js'
import type { ProcessRunner } from '../toolchain/processes.js'
import { preprocessArgv } from '../arduino/recipes.js'
import { prepareSketch } from './sketchSources.js'
import type { SketchPhase, SketchResult } from './types.js'

export interface RunContext {
  runner: ProcessRunner
  /** Where compiles and links run, and the names they give files (executionRoot.ts). */
  exec: ExecutionRoot
  compiler: UnitCompiler
  archiver: CoreArchiver
  detector: LibraryDetector
  cache: UnitCache | null
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

type LinkResult = Pick<SketchResult, 'link' | 'sizes' | 'error'> & { missReason: MissReason | null }

export function failedSketch(sketchPath: string, startedAt: number, error: string): SketchResult {
  return {
    path: sketchPath,
    name: path.basename(sketchPath).replace(/\.(ino|pde)$/, ''),
    ok: false,
    hex: null,
    elf: null,
    eep: null,
    hexSha256: null,
    sizes: null,
    units: { total: 0, hits: 0, misses: 0, uncacheable: 0, shared: 0 },
    missReasons: {},
    link: 'skipped',
    seconds: (performance.now() - startedAt) / 1000,
    compileSeconds: 0,
    libraries: [],
    phases: {},
    error,
    messages: ''
  }
}

/** Wall time per phase of one sketch: where a warm build's remaining time goes. */
class PhaseClock {
  readonly seconds: Partial<Record<SketchPhase, number>> = {}
  private last = performance.now()

  end(phase: SketchPhase): void {
    const now = performance.now()
    this.seconds[phase] = Math.round(now - this.last) / 1000
    this.last = now
  }
}

async function libraryUnits(
  ctx: RunContext,
  props: Properties,
  libraries: readonly Library[],
  includeDirs: readonly string[]
): Promise<CompileUnit[]> {
  const units: CompileUnit[] = []
  for (const library of libraries) {
    // A legacy library also sees its own utility/ folder, and only it does (as in arduino-cli).
    const libraryIncludes = [...includeDirs, ...libraryOwnIncludeDirs(library)]
    const digest = flagsDigest(props, libraryIncludes)
    const objectDir = path.join(ctx.buildDir, 'libraries', library.dirName, digest)
    const sources = await ctx.detector.sourcesOf(library)
    units.push(...planUnits(props, sources, library.sourceDir, objectDir, libraryIncludes))
  }
  return units
}

function includeDirsFor(ctx: RunContext, libraries: readonly Library[]): DetectedLibraries {
  return {
    libraries: [...libraries],
    includeDirs: [...ctx.core.includeDirs, ...libraries.flatMap(libraryIncludeDirs)]
  }
}

function unitCounts(outcomes: readonly UnitOutcome[]): SketchResult['units'] {
  const mine = outcomes.filter(outcome => outcome.firstHere)
  return {
    total: outcomes.length,
    hits: mine.filter(outcome => outcome.source === 'hit').length,
    misses: mine.filter(outcome => outcome.source === 'compiled' || outcome.source === 'failed').length,
    uncacheable: mine.filter(outcome => outcome.source === 'uncacheable').length,
    shared: outcomes.length - mine.length
  }
}

function missReasons(
  outcomes: readonly UnitOutcome[],
  link: LinkResult | null
): Partial<Record<MissReason, number>> {
  const reasons: Partial<Record<MissReason, number>> = {}
  const reasonList = [
    ...outcomes.filter(outcome => outcome.firstHere).map(outcome => outcome.missReason),
    link?.missReason ?? null
  ]
  for (const reason of reasonList) if (reason !== null) reasons[reason] = (reasons[reason] ?? 0) + 1
  return reasons
}

const nameOf = (outcome: UnitOutcome): string | null => objectName(outcome.resultKey, outcome.objectSha256)

async function linkOrReuse(
  ctx: RunContext,
  props: Properties,
  commands: LinkCommands,
  objectUnits: readonly UnitOutcome[],
  coreUnits: readonly UnitOutcome[]
): Promise<LinkResult & { sizeOutput: string | null }> {
  const cache = ctx.cache
  const key =
    cache === null
      ? null
      : linkKeyOf(
          cache,
          ctx.toolchainId,
          commands,
          new Map(objectUnits.map(outcome => [outcome.unit.object, nameOf(outcome)])),
          coreUnits.map(nameOf)
        )
  let missReason: MissReason | null = null
  if (cache !== null && key !== null) {
    const found = await lookupLink(cache, key, commands.outputs)
    if (found.kind === 'hit') {
      return { link: 'hit', sizes: null, error: null, missReason: null, sizeOutput: found.sizeOutput }
    }
    if (found.kind === 'failed')
      return { link: 'hit', sizes: null, error: found.error, missReason: null, sizeOutput: null }
    missReason = found.corrupt ? 'corrupt-entry' : 'no-entry'
  }
  await Promise.all([...objectUnits, ...coreUnits].map(outcome => ctx.compiler.ensureObject(outcome)))
  const archived = await ctx.archiver.archive(props, ctx.core)
  if (!archived.ok)
    return {
      link: 'miss',
      sizes: null,
      error: `core archive: ${archived.messages}`,
      missReason,
      sizeOutput: null
    }
  const linked = await runLink(ctx.runner, commands, ctx.exec)
  if (!linked.ok) {
    // A link that failed for its inputs is a result; one the environment failed is never stored.
    if (cache !== null && key !== null && linked.environment === null)
      await storeLinkFailure(cache, key, linked.error)
    return { link: 'miss', sizes: null, error: linked.error, missReason, sizeOutput: null }
  }
  if (cache !== null && key !== null) {
    const files = new Map<keyof LinkCommands['outputs'], Buffer>()
    for (const [name, file] of Object.entries(commands.outputs) as [
      keyof LinkCommands['outputs'],
      string
    ][]) {
      const content = await readFile(file).catch(() => null)
      if (content !== null) files.set(name, content)
    }
    await storeLink(cache, key, files, linked.sizeOutput)
  }
  return { link: 'miss', sizes: null, error: null, missReason, sizeOutput: linked.sizeOutput }
}

export async function buildSketch(
  ctx: RunContext,
  sketchPath: string,
  buildName: string
): Promise<SketchResult> {
  const startedAt = performance.now()
  let sketch: Sketch
  try {
    sketch = await loadSketch(sketchPath)
  } catch (error) {
    return failedSketch(sketchPath, startedAt, error instanceof Error ? error.message : String(error))
  }
  const sketchBuildDir = path.join(ctx.buildDir, 'sketches', buildName)
  const props = ctx.propsFor(sketchBuildDir, path.basename(sketch.mainFile), sketch.dir)
  const fail = (error: string, extra: Partial<SketchResult> = {}): SketchResult => ({
    ...failedSketch(sketch.dir, startedAt, error),
    name: sketch.name,
    ...extra
  })

  const owner = ctx.owners.get(sketchPath) ?? null
  const candidates =
    owner === null ? ctx.libraries : [owner, ...ctx.libraries.filter(lib => lib.dir !== owner.dir)]
  const phases = new PhaseClock()
  const prepared = await prepareSketch(sketch, path.join(sketchBuildDir, 'sketch'), ctx.exec.nameOf)
  phases.end('prepare')
  const detectKey =
    ctx.cache === null
      ? null
      : detectionKeyOf(ctx.cache, {
          toolchainId: ctx.toolchainId,
          preprocessArgv: preprocessArgv(props, '', ctx.core.includeDirs, devNull),
          candidates,
          sketchFiles: [...sketch.inoFiles, ...sketch.sourceFiles, ...sketch.headerFiles]
        })
  const remembered =
    ctx.cache !== null && detectKey !== null ? await lookupDetection(ctx.cache, detectKey, candidates) : null
  if (remembered?.ok === false) {
    phases.end('detect')
    return fail(remembered.error, { phases: phases.seconds })
  }
  const detected =
    remembered !== null
      ? ({ ok: true, ...includeDirsFor(ctx, remembered.libraries) } as const)
      : await ctx.detector.detect(ctx.core.includeDirs, prepared.sources, candidates, owner)
  if (ctx.cache !== null && detectKey !== null && remembered === null && 'read' in detected) {
    // A failure is stored too (a header no library provides), unless the environment caused it.
    if (detected.ok) await storeDetection(ctx.cache, detectKey, detected, detected.read)
    else if (detected.environment === null)
      await storeDetection(ctx.cache, detectKey, detected, detected.read, detected.absent)
  }
  phases.end('detect')
  if (!detected.ok) return fail(detected.error, { phases: phases.seconds })

  const units = [
    ...planUnits(props, prepared.sources, prepared.sourceDir, prepared.sourceDir, detected.includeDirs),
    ...(await libraryUnits(ctx, props, detected.libraries, detected.includeDirs)),
    ...ctx.core.variantUnits
  ]
  const resolve = async (unit: CompileUnit): Promise<UnitOutcome> => {
    const outcome = await ctx.compiler.compile(unit)
    ctx.onUnitDone()
    return outcome
  }
  const [objectUnits, coreUnits] = await Promise.all([
    Promise.all(units.map(resolve)),
    Promise.all(ctx.core.coreUnits.map(resolve))
  ])
  const outcomes = [...objectUnits, ...coreUnits]
  phases.end('units')
  const counts = unitCounts(outcomes)
  const compileSeconds = outcomes.filter(o => o.firstHere).reduce((sum, o) => sum + o.seconds, 0)
  const libraries = detected.libraries.map(library => library.name)
  const partial = {
    // Every unit the sketch uses, shared ones too: a sketch's warnings do not depend on build order.
    messages: outcomes
      .filter(outcome => outcome.ok && outcome.messages !== '')
      .map(outcome => outcome.messages)
      .join('\n'),
    units: counts,
    compileSeconds,
    libraries,
    missReasons: missReasons(outcomes, null),
    phases: phases.seconds
  }
  const failed = outcomes.filter(outcome => !outcome.ok)
  if (failed.length > 0) return fail(failed.map(outcome => outcome.messages).join('\n'), partial)

  const commands = linkCommands(
    props,
    units.map(unit => unit.object),
    ctx.core.archive
  )
  const linked = await linkOrReuse(ctx, props, commands, objectUnits, coreUnits)
  phases.end('link')
  const withLink = { ...partial, link: linked.link, missReasons: missReasons(outcomes, linked) }
  if (linked.sizeOutput === null) return fail(linked.error ?? 'link failed', withLink)
  const sized = checkSizes(props, linked.sizeOutput)
  if (!sized.ok) return fail(sized.error, { ...withLink, sizes: sized.sizes })
  const hexSha256 = createHash('sha256')
    .update(await readFile(commands.outputs.hex))
    .digest('hex')
  return {
    ...failedSketch(sketch.dir, startedAt, ''),
    ...withLink,
    name: sketch.name,
    ok: true,
    ...commands.outputs,
    hexSha256,
    sizes: sized.sizes,
    seconds: (performance.now() - startedAt) / 1000,
    error: null
  }
}
