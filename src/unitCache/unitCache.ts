/**
 * The persistent compile cache over the store: translation units in direct mode (a manifest per
 * unit key lists dependency sets and their results, checked by content without running the
 * preprocessor), link results, and library-detection results.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { JsonValue, MissReason, Store } from '../store/index.js'
import { formatDepfile, parseDepfile } from './depfile.js'
import type { FileFactsMemo } from './fileFacts.js'
import { dependencyFacts, resultKey, unitKey, type DependencyFact, type ReadDependency } from './keys.js'
import {
  normalizeArgv,
  normalizeText,
  placeText,
  portableText,
  resolveNormalized,
  type NamedRoot
} from './roots.js'

const MANIFEST_LIMIT = 8

export type UnitLookup =
  | { kind: 'hit'; resultKey: string; object: Buffer; dependencies: string[]; messages: string }
  | { kind: 'miss'; reason: MissReason }

export type UnitStoreOutcome =
  | { kind: 'stored'; resultKey: string; dependencies: string[] }
  | { kind: 'uncacheable'; why: string; dependencies: string[] }

/**
 * A unit result entry (namespace `objects`): the object as a blob, and in its meta what else the
 * compile produced: `messages`, the compiler's output (stdout then stderr, trimmed: its warnings
 * and notes) with root folders marked (roots.ts portableText), so a hit elsewhere prints them with
 * that location's paths, as a compile there would.
 */
export interface UnitResultMeta {
  messages: string
}

function messagesOf(meta: JsonValue): string | null {
  const messages = (meta as Partial<UnitResultMeta> | null)?.messages
  return typeof messages === 'string' ? messages : null
}

interface ManifestCandidate {
  dependencies: DependencyFact[]
  result: string
}

/** The candidates a manifest lists; anything malformed is ignored (the store already checked the JSON). */
function candidatesOf(meta: JsonValue): ManifestCandidate[] {
  if (!Array.isArray(meta)) return []
  return (meta as unknown[]).filter((value): value is ManifestCandidate => {
    const candidate = value as Partial<ManifestCandidate> | null
    return typeof candidate?.result === 'string' && Array.isArray(candidate.dependencies)
  })
}

export interface UnitCacheOptions {
  /** The object store: manifests and per-unit results. */
  store: Store
  /** The build store: link results, library detection. */
  buildStore: Store
  toolchainId: string
  roots: () => readonly NamedRoot[]
  memo: FileFactsMemo
  /** Files under here are written by the build itself, so their mtimes say nothing. */
  buildDir: string
  runStartedAt: number
}

export class UnitCache {
  readonly store: Store
  readonly buildStore: Store
  /** Bytes of new results written by this run. */
  bytesStored = 0

  constructor(private readonly options: UnitCacheOptions) {
    this.store = options.store
    this.buildStore = options.buildStore
  }

  keyOf(argv: readonly string[]): string {
    return unitKey(this.options.toolchainId, normalizeArgv(argv, this.options.roots()))
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

  /** Current facts of normalized dependencies; null when one is gone or cannot be placed. */
  async currentFacts(normalizedPaths: readonly string[]): Promise<DependencyFact[] | null> {
    const read: ReadDependency[] = []
    for (const normalized of normalizedPaths) {
      const absolute = this.resolve(normalized)
      if (absolute === null) return null
      const facts = this.options.memo.peek(absolute) ?? (await this.options.memo.get(absolute))
      if (facts === null) return null
      read.push({ normalized, absolute, facts })
    }
    return dependencyFacts(read)
  }

  /** Whether every dependency still has the fingerprint it had when the entry was stored. */
  async dependenciesMatch(dependencies: readonly DependencyFact[]): Promise<boolean> {
    const current = await this.currentFacts(dependencies.map(([file]) => file))
    return current !== null && current.every(([, print], i) => print === dependencies[i]?.[1])
  }

  async lookupUnit(key: string): Promise<UnitLookup> {
    const manifest = await this.store.get('manifests', key)
    if (manifest.kind === 'corrupt') return { kind: 'miss', reason: 'corrupt-entry' }
    if (manifest.kind === 'miss') return { kind: 'miss', reason: 'no-entry' }
    for (const candidate of candidatesOf(manifest.value.meta)) {
      if (!(await this.dependenciesMatch(candidate.dependencies))) continue
      // Loading verifies the object's hash now: a damaged object is a miss, not a failed link later.
      const result = await this.store.load('objects', candidate.result)
      if (result.kind === 'corrupt') return { kind: 'miss', reason: 'corrupt-entry' }
      const object = result.kind === 'hit' ? result.value.blobs.get('object') : undefined
      const portable = result.kind === 'hit' ? messagesOf(result.value.entry.meta) : null
      const messages = portable === null ? null : placeText(portable, this.options.roots())
      if (object === undefined || messages === null) return { kind: 'miss', reason: 'no-entry' }
      const dependencies = candidate.dependencies.map(([file]) => this.resolve(file) ?? file)
      return { kind: 'hit', resultKey: candidate.result, object, dependencies, messages }
    }
    return { kind: 'miss', reason: 'dependency-changed' }
  }

  /** Writes a hit's object and dependency file where the compile would have written them. */
  async materialize(objectPath: string, object: Buffer, dependencies: readonly string[]): Promise<void> {
    await mkdir(path.dirname(objectPath), { recursive: true })
    await writeFile(objectPath, object)
    await writeFile(depfilePath(objectPath), formatDepfile(objectPath, dependencies))
  }

  /**
   * After a real compile: record the object, what it read and what it printed (`messages`, as the
   * outcome carries them), unless it cannot be reused safely.
   */
  async storeUnit(key: string, objectPath: string, messages: string): Promise<UnitStoreOutcome> {
    const depText = await readFile(depfilePath(objectPath), 'utf8').catch(() => null)
    if (depText === null) return { kind: 'uncacheable', why: 'no dependency file', dependencies: [] }
    const dependencies = parseDepfile(depText).map(file => path.resolve(file))
    const why = await this.whyUncacheable(dependencies)
    if (why !== null) return { kind: 'uncacheable', why, dependencies }
    const facts = await this.currentFacts(dependencies.map(file => this.normalize(file)))
    if (facts === null) return { kind: 'uncacheable', why: 'a dependency vanished', dependencies }
    const object = await readFile(objectPath)
    const result = resultKey(key, facts)
    const meta: UnitResultMeta = { messages: portableText(messages, this.options.roots()) }
    await this.store.put('objects', result, meta as unknown as JsonValue, new Map([['object', object]]))
    this.bytesStored += object.length
    await this.addToManifest(key, { dependencies: facts, result })
    return { kind: 'stored', resultKey: result, dependencies }
  }

  private async whyUncacheable(dependencies: readonly string[]): Promise<string | null> {
    for (const file of dependencies) {
      const facts = await this.options.memo.get(file)
      if (facts === null) return `${file} vanished during the compile`
      if (facts.usesDateOrTime) return `${file} uses __DATE__ or __TIME__`
      if (file.startsWith(this.options.buildDir + path.sep)) continue
      // Race guard: a header edited while the build ran may not match the object.
      const info = await stat(file).catch(() => null)
      const changedAt = Math.max(info?.mtimeMs ?? Infinity, info?.ctimeMs ?? 0)
      if (changedAt >= this.options.runStartedAt) {
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

/** gcc -MMD writes `x.o`'s dependencies to `x.d`. */
export function depfilePath(objectPath: string): string {
  return objectPath.replace(/\.o$/, '.d')
}
