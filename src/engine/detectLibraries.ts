/**
 * Library detection as the Arduino tools do it: run the preprocessor over each source with the
 * include folders known so far; a "No such file" for a header names a library to add, whose sources
 * are then scanned the same way. Conditional includes are therefore honoured exactly.
 */
import { existsSync } from 'node:fs'
import { devNull } from 'node:os'
import path from 'node:path'
import type { Library } from '../arduino/libraries.js'
import { libraryIncludeDirs, librarySourceFiles } from '../arduino/libraries.js'
import { resolveHeader } from '../arduino/libraryResolver.js'
import type { Properties } from '../arduino/properties.js'
import type { ProcessRunner } from '../toolchain/processes.js'
import { preprocessArgv } from '../arduino/recipes.js'

export interface DetectedLibraries {
  /** In the order they were found: the order of include folders and of objects at link time. */
  libraries: Library[]
  includeDirs: string[]
}

export type DetectionOutcome =
  ({ ok: true } & DetectedLibraries) | { ok: false; error: string; missingHeader: string | null }

type PreprocessOutcome = { ok: true } | { ok: false; missingHeader: string | null; messages: string }

/** The header a failed preprocessor run could not find (gcc: `fatal error: X.h: No such file or directory`). */
export function missingHeaderIn(compilerOutput: string): string | null {
  const match = /fatal error: ([^\s:]+): No such file or directory/.exec(compilerOutput)
  return match?.[1] ?? null
}

/**
 * Beyond arduino-cli: an example may include a header of its own library that is no top-level
 * header (`#include "lib/sub/x.h"`), which arduino-cli cannot map to a library. When no library
 * provides the header by name but the file is in the owner's source folder, the owner is the
 * library, taken at that point of detection: where arduino-cli finds a library list, this never
 * runs, so the libraries, their order and the firmware stay arduino-cli's.
 */
function ownerProviding(owner: Library | null, header: string, imported: readonly Library[]): Library | null {
  if (owner === null || imported.some(library => library.dir === owner.dir)) return null
  return existsSync(path.join(owner.sourceDir, header)) ? owner : null
}

/**
 * Shares preprocessor runs across the sketches of a run: a library source preprocessed with the
 * same include folders gives the same answer for every sketch.
 */
export class LibraryDetector {
  private readonly preprocessed = new Map<string, Promise<PreprocessOutcome>>()
  private readonly sources = new Map<Library, Promise<string[]>>()

  constructor(
    private readonly runner: ProcessRunner,
    private readonly props: Properties,
    private readonly arch: string
  ) {}

  /** `owner`: the library whose examples/ holds the sketch, if any (see `ownerProviding`). */
  async detect(
    baseIncludeDirs: readonly string[],
    sketchSources: readonly string[],
    candidates: readonly Library[],
    owner: Library | null = null
  ): Promise<DetectionOutcome> {
    const libraries: Library[] = []
    const includeDirs = [...baseIncludeDirs]
    const queue = [...sketchSources]
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (;;) {
        const outcome = await this.preprocess(next, includeDirs)
        if (outcome.ok) break
        if (outcome.missingHeader === null) {
          return { ok: false, error: outcome.messages, missingHeader: null }
        }
        const library =
          resolveHeader(outcome.missingHeader, [...candidates], this.arch, libraries) ??
          ownerProviding(owner, outcome.missingHeader, libraries)
        if (library === null || libraries.includes(library)) {
          return {
            ok: false,
            error: `${outcome.missingHeader}: no library provides this header (included from ${next})`,
            missingHeader: outcome.missingHeader
          }
        }
        libraries.push(library)
        includeDirs.push(...libraryIncludeDirs(library))
        queue.push(...(await this.sourcesOf(library)))
      }
    }
    return { ok: true, libraries, includeDirs }
  }

  /** A library's source files, listed once per run however many sketches use it. */
  sourcesOf(library: Library): Promise<string[]> {
    let sources = this.sources.get(library)
    if (sources === undefined) {
      sources = librarySourceFiles(library)
      this.sources.set(library, sources)
    }
    return sources
  }

  private preprocess(source: string, includeDirs: readonly string[]): Promise<PreprocessOutcome> {
    const key = [source, ...includeDirs].join('\u0000')
    let outcome = this.preprocessed.get(key)
    if (outcome === undefined) {
      outcome = this.runPreprocessor(source, includeDirs)
      this.preprocessed.set(key, outcome)
    }
    return outcome
  }

  private async runPreprocessor(source: string, includeDirs: readonly string[]): Promise<PreprocessOutcome> {
    const result = await this.runner.run(
      'preprocess',
      preprocessArgv(this.props, source, includeDirs, devNull)
    )
    if (result.code === 0) return { ok: true }
    const messages = (result.stdout + result.stderr).trim()
    return { ok: false, missingHeader: missingHeaderIn(messages), messages }
  }
}
