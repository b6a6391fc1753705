/**
 * Library detection as the Arduino tools do it: run the preprocessor over each source with the
 * include folders known so far; a "No such file" for a header names a library to add, whose sources
 * are then scanned the same way. Conditional includes are therefore honoured exactly.
 */
import { devNull } from 'node:os'
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

  async detect(
    baseIncludeDirs: readonly string[],
    sketchSources: readonly string[],
    candidates: readonly Library[]
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
        const library = resolveHeader(outcome.missingHeader, [...candidates], this.arch, libraries)
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
