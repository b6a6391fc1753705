/**
 * Translation units: one compile each, described by its argv. A unit that several sketches need with
 * the same flags (core, libraries) maps to the same object path and is compiled once per run.
 */
import { createHash } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Properties } from '../arduino/properties.js'
import type { ProcessRunner } from './processes.js'
import { compileArgv, languageOf } from './recipes.js'

export interface CompileUnit {
  source: string
  object: string
  argv: string[]
}

export interface UnitOutcome {
  unit: CompileUnit
  ok: boolean
  /** The compiler's messages (warnings too), empty when silent. */
  messages: string
  /** False when another sketch of this run had already compiled (or was compiling) the unit. */
  compiledHere: boolean
  seconds: number
}

/**
 * A short hash of a compile configuration (recipes and include folders), so objects built with
 * different flags never share a folder and objects built with the same flags always do.
 */
export function flagsDigest(props: Properties, includeDirs: readonly string[]): string {
  const hash = createHash('sha256')
  for (const language of ['S', 'c', 'cpp'] as const) {
    hash.update(compileArgv(props, language, '<source>', '<object>', includeDirs).join('\u0000'))
    hash.update('\u0001')
  }
  return hash.digest('hex').slice(0, 12)
}

/** The units for `sources`, with objects laid out under `objectDir` mirroring `sourceRoot`. */
export function planUnits(
  props: Properties,
  sources: readonly string[],
  sourceRoot: string,
  objectDir: string,
  includeDirs: readonly string[]
): CompileUnit[] {
  return sources.map(source => {
    const language = languageOf(source)
    if (language === null) throw new Error(`not a compilable source: ${source}`)
    const object = path.join(objectDir, `${path.relative(sourceRoot, source)}.o`)
    return { source, object, argv: compileArgv(props, language, source, object, includeDirs) }
  })
}

/** Compiles units, each object path at most once per run. */
export class UnitCompiler {
  private readonly started = new Map<string, Promise<Omit<UnitOutcome, 'compiledHere'>>>()

  constructor(private readonly runner: ProcessRunner) {}

  async compile(unit: CompileUnit): Promise<UnitOutcome> {
    const existing = this.started.get(unit.object)
    if (existing !== undefined) return { ...(await existing), compiledHere: false }
    const pending = this.compileNow(unit)
    this.started.set(unit.object, pending)
    return { ...(await pending), compiledHere: true }
  }

  private async compileNow(unit: CompileUnit): Promise<Omit<UnitOutcome, 'compiledHere'>> {
    await mkdir(path.dirname(unit.object), { recursive: true })
    const result = await this.runner.run('compile', unit.argv)
    return {
      unit,
      ok: result.code === 0,
      messages: (result.stdout + result.stderr).trim(),
      seconds: result.seconds
    }
  }
}
