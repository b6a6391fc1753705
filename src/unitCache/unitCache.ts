/**
 * The persistent compile cache over the store: translation units in direct mode (a manifest per
 * unit key lists dependency sets and their results, checked by content without running the
 * preprocessor), link results, and library-detection results.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { orMissing } from '../files.js'
import type { BlobRef, JsonValue, LoadedEntry, MissReason, Store } from '../store/index.js'
import { depfilePath, formatDepfile, parseDepfile } from './depfile.js'
import { expansionCheck, mentionsExpansionMacro, type ExpansionVerdict } from './expansion.js'
import type { FileFactsMemo } from './fileFacts.js'
import { explainDependencies, explainInputs, type MissExplanation } from './explain.js'
import {
  ABSENT,
  dependencyFacts,
  dependencyPrint,
  parseDependencySet,
  digestOf,
  keyOf,
  resultKeyInputs,
  unitKeyInputs,
  type DependencyFact,
  type ReadDependency,
  type UnitKeyInputs
} from './keys.js'
import {
  normalizeArgv,
  normalizeText,
  placeText,
  portableText,
  resolveNormalized,
  type NamedRoot,
  type PathMode
} from './roots.js'
import { ANY_HEADER, expandingSystemHeaders } from './systemHeaders.js'

const MANIFEST_LIMIT = 8
/** The labelled key inputs last stored for each source (by its normalized path): what a miss is diffed with. */
const SOURCES_NAMESPACE = 'unit-sources'

/** What a compile gave: an object and messages, or (a failure is a result too) messages and an exit code. */
export type UnitResult =
  { ok: true; object: Buffer; messages: string } | { ok: false; messages: string; exitCode: number }

export type UnitLookup =
  | { kind: 'hit'; resultKey: string; result: UnitResult; dependencies: string[] }
  | { kind: 'miss'; reason: MissReason }

export type UnitStoreOutcome =
  | { kind: 'stored'; resultKey: string; dependencies: string[] }
  | { kind: 'uncacheable'; why: string; dependencies: string[] }

/** A compile as the engine saw it, to be stored: `objectPath` holds the object when it succeeded. */
export type CompiledUnit =
  | { ok: true; objectPath: string; messages: string }
  | { ok: false; objectPath: string; messages: string; exitCode: number }

/** Runs the unit's preprocessor check (expansion.ts); the engine owns processes. */
export type RunCheck = (argv: readonly string[]) => Promise<{ code: number; stdout: string; stderr: string }>

/**
 * A unit result entry (namespace `objects`): for a success the object as blob `object`; in its
 * meta what else the compile produced: `messages`, the compiler's output (stdout then stderr,
 * trimmed: its warnings and notes, or its errors) with root folders marked (roots.ts portableText),
 * so a hit elsewhere prints them with that location's paths as a compile there would; `exitCode`,
 * null for a success; `expansion`, the preprocessor's verdict (null: no file mentions a macro).
 */
export interface UnitResultMeta {
  messages: string
  exitCode: number | null
  expansion: ExpansionVerdict | null
}

function resultMetaOf(meta: JsonValue): UnitResultMeta | null {
  const found = meta as Partial<UnitResultMeta> | null
  if (typeof found?.messages !== 'string') return null
  if (found.exitCode !== null && typeof found.exitCode !== 'number') return null
  return { messages: found.messages, exitCode: found.exitCode, expansion: found.expansion ?? null }
}

/**
 * One result of a unit key: the dependencies it was found with and their fingerprints, and whether
 * those name locations (the unit's preprocessor expanded `__FILE__`: keys.ts dependencyFacts).
 */
interface ManifestCandidate {
  dependencies: DependencyFact[]
  result: string
  locationBound: boolean
}

/** The candidates a manifest lists; anything malformed is ignored (the store already checked the JSON). */
function candidatesOf(meta: JsonValue): ManifestCandidate[] {
  if (!Array.isArray(meta)) return []
  return (meta as unknown[]).filter((value): value is ManifestCandidate => {
    const candidate = value as Partial<ManifestCandidate> | null
    return (
      typeof candidate?.result === 'string' &&
      Array.isArray(candidate.dependencies) &&
      typeof candidate.locationBound === 'boolean'
    )
  })
}

/** gcc -H lists each header it opens on stderr as `. path`, one dot per include depth. */
export function headersOpened(stderr: string): string[] {
  return [...stderr.matchAll(/^\.+ (.+)$/gm)].map(match => path.resolve(match[1] ?? ''))
}

export interface UnitCacheOptions {
  /** The object store: manifests and per-unit results. */
  store: Store
  /** The sketch store: link results, library detection. */
  sketchStore: Store
  toolchainId: string
  roots: () => readonly NamedRoot[]
  memo: FileFactsMemo
  /** Files under here are written by the build itself, so their mtimes say nothing. */
  buildDir: string
  runStartedAt: number
  /** The toolchain's own include folders (toolchain/identity.ts): see systemHeaders.ts. */
  systemIncludeDirs: readonly string[]
  /** How compiles name their files (roots.ts PathMode). */
  pathMode: PathMode
}

export class UnitCache {
  readonly store: Store
  readonly sketchStore: Store
  /** Bytes of new results written by this run. */
  bytesStored = 0
  private systemHeaders: Promise<Set<string>> | undefined
  private readonly setVerdicts = new Map<string, Promise<boolean>>()

  constructor(private readonly options: UnitCacheOptions) {
    this.store = options.store
    this.sketchStore = options.sketchStore
  }

  get pathMode(): PathMode {
    return this.options.pathMode
  }

  /** This run's named roots, most specific first. */
  roots(): readonly NamedRoot[] {
    return this.options.roots()
  }

  keyOf(argv: readonly string[]): string {
    return keyOf(this.inputsOf(argv))
  }

  private inputsOf(argv: readonly string[]): UnitKeyInputs {
    return unitKeyInputs({
      toolchainId: this.options.toolchainId,
      paths: this.options.pathMode,
      argv: normalizeArgv(argv, this.options.roots())
    })
  }

  /**
   * Why a unit missed, by labelled input (explain.ts): for `dependency-changed`, the files that
   * differ from the nearest result its manifest lists; for `no-entry`, what differs from the
   * inputs last stored for the same source (a flag, the toolchain, the path mode). Asked only on a
   * miss: a store read or two beside a compile.
   */
  async explainMiss(
    key: string,
    argv: readonly string[],
    source: string,
    reason: MissReason,
    properties: readonly [string, string][]
  ): Promise<MissExplanation> {
    if (reason === 'corrupt-entry')
      return { detail: null, why: ['its entry in the store was damaged (replaced now)'] }
    if (reason === 'dependency-changed') {
      const manifest = await this.store.get('manifests', key)
      let nearest: MissExplanation | null = null
      for (const candidate of manifest.kind === 'hit' ? candidatesOf(manifest.value.meta) : []) {
        const files = candidate.dependencies.map(([file]) => file)
        const now = await this.currentFacts(files, candidate.locationBound)
        const why: MissExplanation =
          now === null
            ? { detail: 'location-changed', why: ['a file it read is under a root this build does not have'] }
            : explainDependencies(candidate.dependencies, now, this.normalize(source))
        if (nearest === null || why.why.length < nearest.why.length) nearest = why
      }
      return nearest ?? { detail: null, why: ['no stored result matches the files it reads'] }
    }
    const stored = await this.store.get(SOURCES_NAMESPACE, digestOf(this.normalize(source)))
    const inputs = stored.kind === 'hit' ? (stored.value.meta as Partial<UnitKeyInputs> | null) : null
    if (!Array.isArray(inputs?.argv))
      return { detail: 'new-source', why: [`${this.normalize(source)} was never stored`] }
    return explainInputs(inputs as UnitKeyInputs, this.inputsOf(argv), properties)
  }

  // Dependency lists repeat the same paths for every sketch: translate each once per run.
  private readonly normalized = new Map<string, string>()
  private readonly resolved = new Map<string, string | null>()

  normalize(text: string): string {
    let result = this.normalized.get(text)
    if (result === undefined) {
      result = normalizeText(text, this.options.roots())
      this.normalized.set(text, result)
    }
    return result
  }

  resolve(normalized: string): string | null {
    let result = this.resolved.get(normalized)
    if (result === undefined) {
      result = resolveNormalized(normalized, this.options.roots())
      this.resolved.set(normalized, result)
    }
    return result
  }

  /**
   * Fingerprints of normalized dependencies as they are now (keys.ts dependencyFacts), ABSENT for a
   * file that is not there; null when one cannot be placed at this location.
   */
  async currentFacts(
    normalizedPaths: readonly string[],
    locationBound: boolean
  ): Promise<DependencyFact[] | null> {
    const read: ReadDependency[] = []
    for (const normalized of normalizedPaths) {
      const found = await this.factsAt(normalized)
      if (found === null) return null
      read.push({ normalized, ...found })
    }
    return dependencyFacts(read, locationBound)
  }

  /** A normalized dependency placed at this location and its facts now; null when it cannot be placed. */
  private async factsAt(normalized: string): Promise<Omit<ReadDependency, 'normalized'> | null> {
    const absolute = this.resolve(normalized)
    if (absolute === null) return null
    return { absolute, facts: this.options.memo.peek(absolute) ?? (await this.options.memo.get(absolute)) }
  }

  /** Whether every dependency still has the fingerprint it had when the entry was stored. */
  /**
   * Whether a dependency set kept as a blob of the sketch store (detectCache.ts) still matches:
   * read, verified and checked once per run, however many entries name it.
   */
  dependencySetMatches(ref: BlobRef): Promise<boolean> {
    let verdict = this.setVerdicts.get(ref.sha256)
    if (verdict === undefined) {
      verdict = this.sketchStore.getBlob(ref).then(async blob => {
        if (blob.kind !== 'hit') return false
        const dependencies = parseDependencySet(blob.value)
        return dependencies !== null && (await this.dependenciesMatch(dependencies))
      })
      this.setVerdicts.set(ref.sha256, verdict)
    }
    return verdict
  }

  async dependenciesMatch(dependencies: readonly DependencyFact[], locationBound = false): Promise<boolean> {
    // One pass, nothing built, the first difference ends it: a big library's detect entry lists
    // thousands of headers, checked for every sketch that uses it.
    for (const [normalized, stored] of dependencies) {
      const found = await this.factsAt(normalized)
      if (found === null || dependencyPrint(found.facts, found.absolute, locationBound) !== stored)
        return false
    }
    return true
  }

  async lookupUnit(key: string): Promise<UnitLookup> {
    const manifest = await this.store.get('manifests', key)
    if (manifest.kind === 'corrupt') return { kind: 'miss', reason: 'corrupt-entry' }
    if (manifest.kind === 'miss') return { kind: 'miss', reason: 'no-entry' }
    for (const candidate of candidatesOf(manifest.value.meta)) {
      if (!(await this.dependenciesMatch(candidate.dependencies, candidate.locationBound))) continue
      // Loading verifies the object's hash now: a damaged object is a miss, not a failed link later.
      const loaded = await this.store.load('objects', candidate.result)
      if (loaded.kind === 'corrupt') return { kind: 'miss', reason: 'corrupt-entry' }
      const result = loaded.kind === 'hit' ? this.resultOf(loaded.value) : null
      if (result === null) return { kind: 'miss', reason: 'no-entry' }
      const dependencies = candidate.dependencies.map(([file]) => this.resolve(file) ?? file)
      return { kind: 'hit', resultKey: candidate.result, result, dependencies }
    }
    return { kind: 'miss', reason: 'dependency-changed' }
  }

  private resultOf(loaded: LoadedEntry): UnitResult | null {
    const meta = resultMetaOf(loaded.entry.meta)
    const messages = meta === null ? null : placeText(meta.messages, this.options.roots())
    if (meta === null || messages === null) return null
    if (meta.exitCode !== null) return { ok: false, messages, exitCode: meta.exitCode }
    const object = loaded.blobs.get('object')
    return object === undefined ? null : { ok: true, object, messages }
  }

  /** Writes a hit's object and dependency file where the compile would have written them. */
  async materialize(objectPath: string, object: Buffer, dependencies: readonly string[]): Promise<void> {
    await mkdir(path.dirname(objectPath), { recursive: true })
    await writeFile(objectPath, object)
    await writeFile(depfilePath(objectPath), formatDepfile(objectPath, dependencies))
  }

  /**
   * After a real compile (`argv` of unit `source`): record its result (object or failure), what it
   * read and what it printed, unless it cannot be reused safely. The preprocessor check runs only
   * for a failure (gcc writes no dependency file then: the check lists the headers, -H) or when a
   * file the unit read, its command, or a system header it includes mentions a macro.
   */
  async storeUnit(
    key: string,
    source: string,
    argv: readonly string[],
    compiled: CompiledUnit,
    runCheck: RunCheck
  ): Promise<UnitStoreOutcome> {
    let dependencies: string[] = []
    if (compiled.ok) {
      // The build folder is ours: only a missing dependency file is an answer; any other error is the build's.
      const depText = await orMissing(readFile(depfilePath(compiled.objectPath), 'utf8'), null)
      if (depText === null) return { kind: 'uncacheable', why: 'no dependency file', dependencies }
      dependencies = parseDepfile(depText).map(file => path.resolve(file))
    }
    let expansion: ExpansionVerdict | null = null
    if (!compiled.ok || (await this.mayExpand(argv, dependencies))) {
      const check = expansionCheck(argv)
      const ran = await runCheck(compiled.ok ? check.argv : [...check.argv, '-H'])
      if (!compiled.ok) {
        // A header not found: the result depends on files that are not there; never stored.
        if (/fatal error: .*No such file or directory/.test(ran.stderr))
          return { kind: 'uncacheable', why: 'a header is missing', dependencies }
        dependencies = [path.resolve(source), ...new Set(headersOpened(ran.stderr))]
      } else if (ran.code !== 0) {
        return { kind: 'uncacheable', why: 'the preprocessor check failed', dependencies }
      }
      expansion = check.verdict(ran.stdout)
      if (expansion.time)
        return { kind: 'uncacheable', why: 'it expands __DATE__, __TIME__ or __TIMESTAMP__', dependencies }
    }
    const why = await this.whyUncacheable(dependencies)
    if (why !== null) return { kind: 'uncacheable', why, dependencies }
    const locationBound = expansion?.location ?? false
    const facts = await this.currentFacts(
      dependencies.map(file => this.normalize(file)),
      locationBound
    )
    if (facts === null || facts.some(([, print]) => print === ABSENT))
      return { kind: 'uncacheable', why: 'a dependency vanished', dependencies }
    const object = compiled.ok ? await readFile(compiled.objectPath) : null
    const result = keyOf(resultKeyInputs({ unit: key, dependencies: facts }))
    const meta: UnitResultMeta = {
      messages: portableText(compiled.messages, this.options.roots()),
      exitCode: compiled.ok ? null : compiled.exitCode,
      expansion
    }
    const blobs = new Map(object === null ? [] : [['object', object]])
    const stored = await this.store.put('objects', result, meta as unknown as JsonValue, blobs)
    if (stored) this.bytesStored += object?.length ?? 0
    await this.addToManifest(key, { dependencies: facts, result, locationBound })
    await this.store.put(
      SOURCES_NAMESPACE,
      digestOf(this.normalize(source)),
      this.inputsOf(argv) as unknown as JsonValue
    )
    return { kind: 'stored', resultKey: result, dependencies }
  }

  /** Whether the unit could expand a location or time macro: the cheap test before the exact one. */
  private async mayExpand(argv: readonly string[], dependencies: readonly string[]): Promise<boolean> {
    if (argv.some(arg => mentionsExpansionMacro(arg))) return true
    const memo = this.options.memo
    for (const file of dependencies) if ((await memo.get(file))?.mentionsExpansionMacro === true) return true
    this.systemHeaders ??= expandingSystemHeaders(this.options.systemIncludeDirs)
    const expanding = await this.systemHeaders
    if (expanding.size === 0) return false
    if (expanding.has(ANY_HEADER)) return true
    for (const file of dependencies) {
      if ((await memo.includesOf(file)).some(name => name === '*' || expanding.has(name))) return true
    }
    return false
  }

  private async whyUncacheable(dependencies: readonly string[]): Promise<string | null> {
    for (const file of dependencies) {
      const facts = await this.options.memo.get(file)
      if (facts === null) {
        const code = this.options.memo.unreadable.get(file)
        return code === undefined ? `${file} vanished during the compile` : `${file} cannot be read (${code})`
      }
      if (file.startsWith(this.options.buildDir + path.sep)) continue
      // Race guard: a header edited while the build ran may not match the object.
      const info = await orMissing(stat(file), null)
      if (info === null || Math.max(info.mtimeMs, info.ctimeMs) >= this.options.runStartedAt) {
        return `${file} changed during the build`
      }
    }
    return null
  }

  private async addToManifest(key: string, candidate: ManifestCandidate): Promise<void> {
    const existing = await this.store.get('manifests', key)
    const previous =
      existing.kind === 'hit'
        ? candidatesOf(existing.value.meta).filter(old => old.result !== candidate.result)
        : []
    const candidates = [candidate, ...previous].slice(0, MANIFEST_LIMIT)
    await this.store.put('manifests', key, candidates as unknown as JsonValue)
  }
}
