/**
 * One sketch: lay it out, find its libraries, compile its units (sharing the run's core and library
 * objects), link. Every failure becomes this sketch's result; other sketches are not affected.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Library } from '../arduino/libraries.js'
import {
  libraryOwnIncludeDirs,
  libraryRootOfExamples,
  librarySourceFiles,
  loadLibrary
} from '../arduino/libraries.js'
import type { Properties } from '../arduino/properties.js'
import { loadSketch, type Sketch } from '../arduino/sketch.js'
import {
  flagsDigest,
  planUnits,
  type CompileUnit,
  type UnitCompiler,
  type UnitOutcome
} from './compileUnits.js'
import type { CoreArchiver, CorePlan } from './core.js'
import type { LibraryDetector } from './detectLibraries.js'
import { linkSketch } from './link.js'
import type { ProcessRunner } from './processes.js'
import { prepareSketch } from './sketchSources.js'
import type { SketchResult } from './types.js'

export interface RunContext {
  runner: ProcessRunner
  compiler: UnitCompiler
  archiver: CoreArchiver
  detector: LibraryDetector
  core: CorePlan
  /** Platform and user libraries; a sketch's owning library is added per sketch. */
  libraries: readonly Library[]
  buildDir: string
  /** Board properties for a sketch whose build folder and project name are given. */
  propsFor: (buildPath: string, projectName: string, sketchDir: string) => Properties
  onUnitDone: () => void
}

function emptyResult(sketchPath: string, startedAt: number, error: string): SketchResult {
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
    link: 'skipped',
    seconds: (performance.now() - startedAt) / 1000,
    compileSeconds: 0,
    libraries: [],
    error
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function ownerLibrary(sketch: Sketch, known: readonly Library[]): Promise<Library | null> {
  const root = libraryRootOfExamples(sketch.dir)
  if (root === null) return null
  return known.find(library => library.dir === root) ?? (await loadLibrary(root, 'sketch-owner'))
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
    const sources = await librarySourceFiles(library)
    units.push(...planUnits(props, sources, library.sourceDir, objectDir, libraryIncludes))
  }
  return units
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
    return emptyResult(sketchPath, startedAt, errorMessage(error))
  }
  const sketchBuildDir = path.join(ctx.buildDir, 'sketches', buildName)
  const props = ctx.propsFor(sketchBuildDir, path.basename(sketch.mainFile), sketch.dir)
  const fail = (error: string, extra: Partial<SketchResult> = {}): SketchResult => ({
    ...emptyResult(sketch.dir, startedAt, error),
    name: sketch.name,
    ...extra
  })

  const owner = await ownerLibrary(sketch, ctx.libraries).catch(() => null)
  const candidates =
    owner === null ? ctx.libraries : [owner, ...ctx.libraries.filter(lib => lib.dir !== owner.dir)]
  const prepared = await prepareSketch(sketch, path.join(sketchBuildDir, 'sketch'))
  const detected = await ctx.detector.detect(ctx.core.includeDirs, prepared.sources, candidates)
  if (!detected.ok) return fail(detected.error)

  const units = [
    ...planUnits(props, prepared.sources, prepared.sourceDir, prepared.sourceDir, detected.includeDirs),
    ...(await libraryUnits(ctx, props, detected.libraries, detected.includeDirs)),
    ...ctx.core.variantUnits
  ]
  const allUnits = [...units, ...ctx.core.coreUnits]
  const outcomes = await Promise.all(
    allUnits.map(async unit => {
      const outcome = await ctx.compiler.compile(unit)
      ctx.onUnitDone()
      return outcome
    })
  )
  const counts = unitCounts(outcomes)
  const compileSeconds = outcomes.filter(o => o.compiledHere).reduce((sum, o) => sum + o.seconds, 0)
  const libraries = detected.libraries.map(library => library.name)
  const failed = outcomes.filter(outcome => !outcome.ok)
  if (failed.length > 0) {
    return fail(failed.map(outcome => outcome.messages).join('\n'), {
      units: counts,
      compileSeconds,
      libraries
    })
  }

  const archived = await ctx.archiver.archive(props, ctx.core)
  if (!archived.ok)
    return fail(`core archive: ${archived.messages}`, { units: counts, compileSeconds, libraries })
  const linked = await linkSketch(
    ctx.runner,
    props,
    units.map(unit => unit.object),
    ctx.core.archive
  )
  if (!linked.ok) {
    return fail(linked.error, { units: counts, compileSeconds, libraries, sizes: linked.sizes, link: 'miss' })
  }
  const hexSha256 = createHash('sha256')
    .update(await readFile(linked.outputs.hex))
    .digest('hex')
  return {
    path: sketch.dir,
    name: sketch.name,
    ok: true,
    ...linked.outputs,
    hexSha256,
    sizes: linked.sizes,
    units: counts,
    link: 'miss',
    seconds: (performance.now() - startedAt) / 1000,
    compileSeconds,
    libraries,
    error: null
  }
}

function unitCounts(outcomes: readonly UnitOutcome[]): SketchResult['units'] {
  const misses = outcomes.filter(outcome => outcome.compiledHere).length
  return { total: outcomes.length, hits: 0, misses, uncacheable: 0, shared: outcomes.length - misses }
}
