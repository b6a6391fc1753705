/**
 * Translation units: one compile each, described by its argv. A unit that several sketches need with
 * the same flags (core, libraries) maps to the same object path and is compiled once per run.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Properties } from '../arduino/properties.js'
import { storeMissReason, type UnitResults } from '../unitCache/buildCache.js'
import type { MissReason } from '../store/index.js'
import type { MissDetail, MissExplanation } from '../unitCache/explain.js'
import { environmentFailure } from '../toolchain/failures.js'
import type { ProcessRunner } from '../toolchain/processes.js'
import { languageOf } from '../arduino/fileKinds.js'
import { compileArgv } from '../arduino/recipes.js'
import { depfilePath, formatDepfile, parseDepfile } from '../unitCache/depfile.js'
import type { ExecutionRoot } from './executionRoot.js'
import { readFileOrNull } from '../files.js'

export interface CompileUnit {
  source: string
  object: string
  argv: string[]
}

/** How a unit's object came to be, for the report and the statistics. */
export type UnitSource = 'hit' | 'compiled' | 'uncacheable' | 'failed'

export interface UnitOutcome {
  unit: CompileUnit
  ok: boolean
  /**
   * The compiler's messages (stdout then stderr, trimmed: warnings and notes too), empty when it was
   * silent; a hit replays what the compile printed, with this location's paths.
   */
  messages: string
  source: UnitSource
  missReason: MissReason | null
  /** Its finer name (unitCache/explain.ts MISS_DETAILS), when one applies. */
  missDetail: MissDetail | null
  /** False when another sketch of this run had already asked for the unit. */
  firstHere: boolean
  seconds: number
  /**
   * The result's key in the store (unit key and dependency facts): what a link key names the unit
   * by, the same at any location. Null when the result is not in the store.
   */
  resultKey: string | null
  /** A hit's object, verified, written out only when a link needs it. */
  cachedObject: Buffer | null
  /** Absolute paths of the files the compile read (its dependency facts). */
  dependencies: string[]
  /**
   * The object's SHA-256 when the unit could not be stored (uncacheable): a link that uses it is
   * keyed by what it consumed, so one such unit costs only itself.
   */
  objectSha256: string | null
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

type Resolved = Omit<UnitOutcome, 'firstHere'>

/** `explain`: every lookup is told, a miss with why (unitCache/explain.ts). */
export interface UnitExplainer {
  /** The build properties given, to name the one a changed flag comes from. */
  properties: readonly [string, string][]
  /** `reason` null: a hit. */
  tell(unit: CompileUnit, reason: MissReason | null, explained: MissExplanation): void
}

/**
 * Gets each unit's object once per run: from the cache (objects are written only when a link
 * needs them) or from a real compile, whose result is then stored.
 */
export class UnitCompiler {
  private readonly resolved = new Map<string, Promise<Resolved>>()
  private readonly written = new Map<string, Promise<void>>()

  constructor(
    private readonly runner: ProcessRunner,
    /** The cache, or CACHE_OFF (unitCache/buildCache.ts). */
    private readonly cache: UnitResults,
    private readonly exec: ExecutionRoot,
    private readonly explainer: UnitExplainer | null = null
  ) {}

  async compile(unit: CompileUnit): Promise<UnitOutcome> {
    const existing = this.resolved.get(unit.object)
    if (existing !== undefined) return { ...(await existing), firstHere: false }
    const pending = this.resolve(unit)
    this.resolved.set(unit.object, pending)
    return { ...(await pending), firstHere: true }
  }

  /** Makes sure a unit's object file exists (a cache hit is written out on first need). */
  async ensureObject(outcome: UnitOutcome): Promise<void> {
    const object = outcome.cachedObject
    if (object === null) return
    let pending = this.written.get(outcome.unit.object)
    if (pending === undefined) {
      pending = this.cache.materialize(outcome.unit.object, object, outcome.dependencies)
      this.written.set(outcome.unit.object, pending)
    }
    await pending
  }

  private async resolve(unit: CompileUnit): Promise<Resolved> {
    const key = this.cache.keyOf(unit.argv)
    const found = await this.cache.lookupUnit(key)
    if (found.kind === 'hit') {
      this.explainer?.tell(unit, null, { detail: null, why: [] })
      return {
        unit,
        ok: found.result.ok,
        messages: found.result.messages,
        source: 'hit',
        missReason: null,
        missDetail: null,
        seconds: 0,
        resultKey: found.resultKey,
        cachedObject: found.result.ok ? found.result.object : null,
        dependencies: found.dependencies,
        objectSha256: null
      }
    }
    const reason = storeMissReason(found.reason)
    const explained = reason === null ? null : await this.explainMiss(unit, key, reason)
    return this.compileNow(unit, key, reason, explained?.detail ?? null)
  }

  /**
   * Why the store missed, for the report's finer reasons and for `explain`: only on a miss (a store
   * read or two beside the compile it costs), never on a hit.
   */
  private async explainMiss(unit: CompileUnit, key: string, reason: MissReason): Promise<MissExplanation> {
    const properties = this.explainer?.properties ?? []
    const explained = await this.cache.explainMiss(key, unit.argv, unit.source, reason, properties)
    this.explainer?.tell(unit, reason, explained)
    return explained
  }

  /**
   * The unit's preprocessor check (unitCache/expansion.ts), counted as a preprocessor run, in the
   * same execution root as the compile: its output keeps the names the compiler saw (the verdict
   * reads them), its messages (`-H`) get real paths.
   */
  private readonly runCheck = async (argv: readonly string[]) => {
    const ran = await this.runner.run('preprocess', this.exec.command(argv), this.exec.cwd)
    return { ...ran, stderr: this.exec.placeText(ran.stderr) }
  }

  /** The compiler's dependency file with real paths, as a compile with real paths writes it. */
  private async placeDepfile(object: string): Promise<void> {
    if (this.exec.mode === 'absolute') return
    const file = depfilePath(object)
    const text = await readFileOrNull(file)
    if (text === null) return
    const placed = parseDepfile(text.toString('utf8')).map(this.exec.placePath)
    await writeFile(file, formatDepfile(object, placed))
  }

  private async compileNow(
    unit: CompileUnit,
    key: string,
    missReason: MissReason | null,
    missDetail: MissDetail | null
  ): Promise<Resolved> {
    await mkdir(path.dirname(unit.object), { recursive: true })
    const result = await this.runner.run('compile', this.exec.command(unit.argv), this.exec.cwd)
    const messages = this.exec.placeText((result.stdout + result.stderr).trim())
    const compiled = {
      unit,
      messages,
      missReason,
      missDetail,
      seconds: result.seconds,
      resultKey: null,
      cachedObject: null,
      dependencies: [],
      objectSha256: null
    }
    if (result.code !== 0 || result.signal !== null) {
      const failed = { ...compiled, ok: false, source: 'failed' } as const
      // A failure is a result and is stored, unless the environment caused it (toolchain/failures.ts).
      if (environmentFailure(result) !== null) return failed
      const outcome = { ok: false, objectPath: unit.object, messages, exitCode: result.code } as const
      const stored = await this.cache.storeUnit(key, unit.source, unit.argv, outcome, this.runCheck)
      return stored.kind === 'stored'
        ? { ...failed, resultKey: stored.resultKey, dependencies: stored.dependencies }
        : failed
    }
    await this.placeDepfile(unit.object)
    const outcome = { ok: true, objectPath: unit.object, messages } as const
    const stored = await this.cache.storeUnit(key, unit.source, unit.argv, outcome, this.runCheck)
    if (stored.kind === 'cache-off') return { ...compiled, ok: true, source: 'compiled' }
    if (stored.kind === 'stored') {
      return {
        ...compiled,
        ok: true,
        source: 'compiled',
        resultKey: stored.resultKey,
        dependencies: stored.dependencies
      }
    }
    const object = await readFile(unit.object)
    const objectSha256 = createHash('sha256').update(object).digest('hex')
    return { ...compiled, ok: true, source: 'uncacheable', dependencies: stored.dependencies, objectSha256 }
  }
}
