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
import { environmentFailure } from '../toolchain/failures.js'
import type { ProcessRunner } from '../toolchain/processes.js'
import { headersOpened } from '../unitCache/unitCache.js'
import { preprocessArgv } from '../arduino/recipes.js'

export interface DetectedLibraries {
  /** In the order they were found: the order of include folders and of objects at link time. */
  libraries: Library[]
  includeDirs: string[]
}

/**
 * What detection found, and what it read to find it: `read`, every source it preprocessed and
 * every header those opened; for a failure over a missing header, `absent`, every place the header
 * was looked for. A failure the environment caused (toolchain/failures.ts) names it: never stored.
 */
export type DetectionOutcome =
  | ({ ok: true; read: string[] } & DetectedLibraries)
  | {
      ok: false
      error: string
      missingHeader: string | null
      read: string[]
      absent: string[]
      environment: string | null
    }

type PreprocessOutcome = { read: string[] } & (
  | { ok: true }
  | {
      ok: false
      missing: { header: string; from: string } | null
      messages: string
      environment: string | null
    }
)

/** The header a failed preprocessor run could not find (gcc: `FILE:L:C: fatal error: X.h: No such file or directory`), and the file that included it. */
export function missingHeaderIn(compilerOutput: string): { header: string; from: string } | null {
  const match = /^(.*?):\d+:\d+: fatal error: ([^\s:]+): No such file or directory/m.exec(compilerOutput)
  return match === null ? null : { header: match[2] ?? '', from: match[1] ?? '' }
}

/** gcc's stderr without what -H adds: `. header` lines, and the include-guard list it ends with. */
function withoutHeaderList(stderr: string): string {
  return stderr
    .replace(/^\.+ .*\n?/gm, '')
    .replace(/^Multiple include guards may be useful for:\n[\s\S]*$/m, '')
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
    const read = new Set<string>()
    const queue = [...sketchSources]
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (;;) {
        const outcome = await this.preprocess(next, includeDirs)
        for (const file of outcome.read) read.add(file)
        if (outcome.ok) break
        const failed = { ok: false as const, read: [...read], environment: outcome.environment }
        if (outcome.missing === null) {
          return { ...failed, error: outcome.messages, missingHeader: null, absent: [] }
        }
        const { header, from } = outcome.missing
        const library =
          resolveHeader(header, [...candidates], this.arch, libraries) ??
          ownerProviding(owner, header, libraries)
        if (library === null || libraries.includes(library)) {
          // Where the header was looked for: beside the file that included it, each include folder, the owner.
          const places = [
            path.dirname(path.resolve(from)),
            ...includeDirs,
            ...(owner === null ? [] : [owner.sourceDir])
          ]
          return {
            ...failed,
            error: `${header}: no library provides this header (included from ${next})`,
            missingHeader: header,
            absent: [...new Set(places.map(dir => path.join(dir, header)))]
          }
        }
        libraries.push(library)
        includeDirs.push(...libraryIncludeDirs(library))
        queue.push(...(await this.sourcesOf(library)))
      }
    }
    return { ok: true, libraries, includeDirs, read: [...read] }
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
    // -H: gcc lists every header it opens, failed runs too: what a stored answer depends on.
    const argv = [...preprocessArgv(this.props, source, includeDirs, devNull), '-H']
    const result = await this.runner.run('preprocess', argv)
    const read = [path.resolve(source), ...headersOpened(result.stderr)]
    if (result.code === 0 && result.signal === null) return { ok: true, read }
    const messages = (result.stdout + withoutHeaderList(result.stderr)).trim()
    const environment = environmentFailure(result)
    return {
      ok: false,
      read,
      missing: environment === null ? missingHeaderIn(messages) : null,
      messages,
      environment
    }
  }
}
