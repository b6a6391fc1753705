/**
 * One sketch: lay it out, find its libraries, get its units' objects (sharing the run's core and
 * library objects, and the cache's), link. Every failure becomes this sketch's result; other
 * sketches are not affected.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Library } from '../arduino/libraries.js'
import { libraryOwnIncludeDirs } from '../arduino/libraries.js'
import type { Properties } from '../arduino/properties.js'
import { loadSketch, type Sketch } from '../arduino/sketch.js'
import type { MissReason } from '../store/index.js'
import { countDetail, type MissReasonDetails } from '../unitCache/explain.js'
import type { RunContext } from './buildSession.js'
import { flagsDigest, planUnits, type CompileUnit, type UnitOutcome } from './compileUnits.js'
import { addBootloader, checkSizes, firmwareFile, linkCommands, madeOutputs } from './link.js'
import { precompiledLinkage } from './libraryLinkage.js'
import { runHooks } from './hookRunner.js'
import { planLibraryLink, type LibraryLinkPart } from './libraryLink.js'
import { prepareSketch } from './sketchSources.js'
import { detectSketchLibraries } from './sketchDetection.js'
import { linkSketch, type LinkInput, type LinkResult } from './sketchLink.js'
import type { SketchPhase, SketchResult } from './types.js'

export function failedSketch(sketchPath: string, startedAt: number, error: string): SketchResult {
  return {
    path: sketchPath,
    name: path.basename(sketchPath).replace(/\.(ino|pde)$/, ''),
    ok: false,
    hex: null,
    elf: null,
    eep: null,
    hexSha256: null,
    outputs: {},
    firmware: null,
    firmwareSha256: null,
    sizes: null,
    units: { total: 0, hits: 0, misses: 0, uncacheable: 0, shared: 0 },
    missReasons: {},
    missReasonDetails: {},
    linkMiss: null,
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
): Promise<LibraryLinkPart[]> {
  const parts: LibraryLinkPart[] = []
  for (const library of libraries) {
    // A legacy library also sees its own utility/ folder, and only it does (as in arduino-cli).
    const libraryIncludes = [...includeDirs, ...libraryOwnIncludeDirs(library)]
    const digest = flagsDigest(props, libraryIncludes)
    const objectDir = path.join(ctx.buildDir, 'libraries', library.dirName, digest)
    const precompiled = await precompiledLinkage(props, library)
    const sources = precompiled.skipSources ? [] : await ctx.detector.sourcesOf(library)
    const units = planUnits(props, sources, library.sourceDir, objectDir, libraryIncludes)
    parts.push({ library, objectDir, units, precompiled })
  }
  return parts
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

/** The store's misses of this sketch's units (those it asked first) and of its link, by reason and finer name. */
function missReasons(
  outcomes: readonly UnitOutcome[],
  link: Pick<LinkResult, 'missReason' | 'missDetail'> | null
): Pick<SketchResult, 'missReasons' | 'missReasonDetails'> {
  const missReasons: Partial<Record<MissReason, number>> = {}
  const missReasonDetails: MissReasonDetails = {}
  const misses = [...outcomes.filter(outcome => outcome.firstHere), ...(link === null ? [] : [link])]
  for (const { missReason, missDetail } of misses) {
    if (missReason === null) continue
    missReasons[missReason] = (missReasons[missReason] ?? 0) + 1
    countDetail(missReasonDetails, missReason, missDetail)
  }
  return { missReasons, missReasonDetails }
}

/** The sketch's units, the libraries' and the variant's (objectUnits), and the core's, each resolved once. */
interface CompiledSketch {
  sketchUnits: CompileUnit[]
  libraryParts: LibraryLinkPart[]
  objectUnits: UnitOutcome[]
  coreUnits: UnitOutcome[]
}

async function compileSketch(
  ctx: RunContext,
  props: Properties,
  prepared: { sources: string[]; sourceDir: string },
  detected: { libraries: readonly Library[]; includeDirs: readonly string[] }
): Promise<CompiledSketch> {
  const { sources, sourceDir } = prepared
  const sketchUnits = planUnits(props, sources, sourceDir, sourceDir, detected.includeDirs)
  const libraryParts = await libraryUnits(ctx, props, detected.libraries, detected.includeDirs)
  const units = [...sketchUnits, ...libraryParts.flatMap(part => part.units), ...ctx.core.variantUnits]
  const resolve = async (unit: CompileUnit): Promise<UnitOutcome> => {
    const outcome = await ctx.compiler.compile(unit)
    ctx.onUnitDone()
    return outcome
  }
  const [objectUnits, coreUnits] = await Promise.all([
    Promise.all(units.map(resolve)),
    Promise.all(ctx.core.coreUnits.map(resolve))
  ])
  return { sketchUnits, libraryParts, objectUnits, coreUnits }
}

/** What the report says of a sketch's units, failed or not. */
function unitsReport(
  outcomes: readonly UnitOutcome[],
  libraries: readonly Library[],
  phases: PhaseClock
): Partial<SketchResult> & Pick<SketchResult, 'missReasons' | 'missReasonDetails'> {
  return {
    // Every unit the sketch uses, shared ones too: a sketch's warnings do not depend on build order.
    messages: outcomes
      .filter(outcome => outcome.ok && outcome.messages !== '')
      .map(outcome => outcome.messages)
      .join('\n'),
    units: unitCounts(outcomes),
    compileSeconds: outcomes.filter(o => o.firstHere).reduce((sum, o) => sum + o.seconds, 0),
    libraries: libraries.map(library => library.name),
    ...missReasons(outcomes, null),
    phases: phases.seconds
  }
}

/** The link's input: the objects it names in arduino-cli's order (sketch, libraries, variant), the core archive. */
function linkInputOf(ctx: RunContext, props: Properties, compiled: CompiledSketch): LinkInput {
  const libraryLink = planLibraryLink(props, compiled.libraryParts)
  const linkObjects = [...compiled.sketchUnits, ...ctx.core.variantUnits].map(unit => unit.object)
  linkObjects.splice(compiled.sketchUnits.length, 0, ...libraryLink.objects)
  return {
    props,
    commands: linkCommands(libraryLink.props, linkObjects, ctx.core.archive),
    objectUnits: compiled.objectUnits,
    coreUnits: compiled.coreUnits,
    libraryLink
  }
}

async function sha256Of(file: string | null): Promise<string | null> {
  return file === null
    ? null
    : createHash('sha256')
        .update(await readFile(file))
        .digest('hex')
}

/** The files a built sketch leaves, as the report names them. */
async function sketchOutputs(
  props: Properties,
  stem: string
): Promise<
  Pick<SketchResult, 'elf' | 'hex' | 'eep' | 'hexSha256' | 'outputs' | 'firmware' | 'firmwareSha256'>
> {
  const made = await madeOutputs(stem)
  const firmware = firmwareFile(props, made)
  const hex = made.get('hex') ?? null
  const hexSha256 = await sha256Of(hex)
  return {
    elf: made.get('elf') ?? null,
    hex,
    eep: made.get('eep') ?? null,
    hexSha256,
    outputs: Object.fromEntries(made),
    firmware,
    // On AVR the firmware is the .hex: read once.
    firmwareSha256: firmware === hex ? hexSha256 : await sha256Of(firmware)
  }
}

/**
 * prebuild hook -> prepare -> detect -> compile hooks -> units -> link -> size -> postbuild hook;
 * the first step that fails ends the sketch with what was known by then.
 */
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

  const phases = new PhaseClock()
  const prebuild = await runHooks(ctx.runner, props, ['prebuild'])
  if (prebuild !== null) return fail(prebuild)
  const prepared = await prepareSketch(sketch, path.join(sketchBuildDir, 'sketch'), ctx.exec.nameOf)
  phases.end('prepare')
  const detected = await detectSketchLibraries(ctx, {
    props,
    sources: prepared.sources,
    sketchFiles: [...sketch.inoFiles, ...sketch.sourceFiles, ...sketch.headerFiles],
    owner: ctx.owners.get(sketchPath) ?? null
  })
  phases.end('detect')
  if (!detected.ok) return fail(detected.error, { phases: phases.seconds })

  const preCompile = await runHooks(ctx.runner, props, [
    'sketch.prebuild',
    'libraries.prebuild',
    'core.prebuild'
  ])
  if (preCompile !== null) return fail(preCompile, { phases: phases.seconds })
  const compiled = await compileSketch(ctx, props, prepared, detected)
  phases.end('units')
  const outcomes = [...compiled.objectUnits, ...compiled.coreUnits]
  const partial = unitsReport(outcomes, detected.libraries, phases)
  const failed = outcomes.filter(outcome => !outcome.ok)
  if (failed.length > 0) return fail(failed.map(outcome => outcome.messages).join('\n'), partial)
  const postCompile = await runHooks(ctx.runner, props, [
    'sketch.postbuild',
    'libraries.postbuild',
    'core.postbuild'
  ])
  if (postCompile !== null) return fail(postCompile, partial)

  const linkInput = linkInputOf(ctx, props, compiled)
  const linked = await linkSketch(ctx, linkInput)
  phases.end('link')
  const withLink = {
    ...partial,
    link: linked.link,
    linkMiss: linked.missReason === null ? null : { reason: linked.missReason, detail: linked.missDetail },
    ...missReasons(outcomes, linked)
  }
  if (linked.sizeOutput === null) return fail(linked.error ?? 'link failed', withLink)
  const sized = checkSizes(props, linked.sizeOutput)
  if (!sized.ok) return fail(sized.error, { ...withLink, sizes: sized.sizes })
  await addBootloader(props, linkInput.commands.stem)
  const postbuild = await runHooks(ctx.runner, props, ['postbuild'])
  if (postbuild !== null) return fail(postbuild, { ...withLink, sizes: sized.sizes })
  return {
    ...failedSketch(sketch.dir, startedAt, ''),
    ...withLink,
    name: sketch.name,
    ok: true,
    ...(await sketchOutputs(props, linkInput.commands.stem)),
    sizes: sized.sizes,
    seconds: (performance.now() - startedAt) / 1000,
    error: null
  }
}
