/**
 * A sketch's detection step: which libraries it uses, in order, with their include folders. The
 * answer stored for the same question is reused when nothing it was found from has changed
 * (unitCache/detectCache.ts); otherwise the preprocessor finds it (detectLibraries.ts) and the
 * answer is stored, a failure too, unless the environment caused it.
 */
import { devNull } from 'node:os'
import { libraryIncludeDirs, type Library } from '../arduino/libraries.js'
import type { Properties } from '../arduino/properties.js'
import { preprocessArgv } from '../arduino/recipes.js'
import type { RunContext } from './buildSession.js'
import type { DetectedLibraries } from './detectLibraries.js'

export interface DetectionInput {
  /** The sketch's board properties. */
  props: Properties
  /** The sketch's prepared sources (sketchSources.ts): what the preprocessor reads first. */
  sources: readonly string[]
  /** Every file of the sketch as given (sources and headers), absolute: what the stored answer is keyed by. */
  sketchFiles: readonly string[]
  /** The library whose examples/ holds the sketch, if any: a candidate before all others. */
  owner: Library | null
}

export type DetectionResult = ({ ok: true } & DetectedLibraries) | { ok: false; error: string }

/** The libraries a sketch may use: the run's, its owner first. */
function candidatesFor(libraries: readonly Library[], owner: Library | null): readonly Library[] {
  return owner === null ? libraries : [owner, ...libraries.filter(library => library.dir !== owner.dir)]
}

export async function detectSketchLibraries(
  ctx: RunContext,
  input: DetectionInput
): Promise<DetectionResult> {
  const candidates = candidatesFor(ctx.libraries, input.owner)
  const key = ctx.cache.detectionKey({
    toolchainId: ctx.toolchainId,
    preprocessArgv: preprocessArgv(input.props, '', ctx.core.includeDirs, devNull),
    candidates,
    sketchFiles: input.sketchFiles
  })
  const remembered = await ctx.cache.lookupDetection(key, candidates)
  if (remembered !== null) {
    if (!remembered.ok) return remembered
    const includeDirs = [...ctx.core.includeDirs, ...remembered.libraries.flatMap(libraryIncludeDirs)]
    return { ok: true, libraries: [...remembered.libraries], includeDirs }
  }
  const detected = await ctx.detector.detect(ctx.core.includeDirs, input.sources, candidates, input.owner)
  // A failure is stored too (a header no library provides), unless the environment caused it.
  if (detected.ok) await ctx.cache.storeDetection(key, detected, detected.read)
  else if (detected.environment === null)
    await ctx.cache.storeDetection(key, detected, detected.read, detected.absent)
  return detected
}
