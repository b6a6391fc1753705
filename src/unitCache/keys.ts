/**
 * Cache keys: pure functions of what can change an output, never of where things are. Each key
 * names the toolchain by content, commands with roots named and output paths left out. Every kind
 * (unit, result, link, detect) has one `...KeyInputs` builder returning its labelled parts, and
 * `keyOf` hashes them: a miss can then be told part by part (explain.ts), as ccache's
 * `hash_common_info` and debug mode do.
 */
import { createHash } from 'node:crypto'
import type { FileFacts } from './fileFacts.js'
import type { PathMode } from './roots.js'

/** Bump when the meaning of a key or an entry changes: old entries then simply stop matching. */
export const CACHE_SCHEMA = 3

/** SHA-256 of a value's JSON: object fields in the order they were written. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}

/** The key of any kind: its labelled inputs, hashed. The one place a cache key is made. */
export function keyOf(inputs: KeyInputs): string {
  return digestOf(inputs)
}

/** The labelled parts of a key of one kind, as its caller names them. */
export type PartsOf<Inputs> = Omit<Inputs, 'schema' | 'kind'>

/**
 * A unit's key (direct mode: its manifest lists dependency sets and results). Labelled, so a miss
 * can say which part differs (explain.ts).
 */
export interface UnitKeyInputs {
  schema: number
  kind: 'unit'
  /** The toolchain by content (toolchain/identity.ts). */
  toolchainId: string
  /** What `__FILE__` expands to depends on it (roots.ts PathMode). */
  paths: PathMode
  /** The compile command, roots named, without its output path (roots.ts normalizeArgv). */
  argv: string[]
}

// Each builder writes its fields in one fixed order: the JSON, hence the key, depends on it.
export function unitKeyInputs({ toolchainId, paths, argv }: PartsOf<UnitKeyInputs>): UnitKeyInputs {
  return { schema: CACHE_SCHEMA, kind: 'unit', toolchainId, paths, argv: [...argv] }
}

/** A dependency as a key sees it: `[normalized path, fingerprint]`. */
export type DependencyFact = [string, string]

export interface ReadDependency {
  normalized: string
  absolute: string
  /** null: the file is not there. */
  facts: FileFacts | null
}

/**
 * The fingerprint of a file that is not there: a result that depends on a header being absent (a
 * failure that names it missing) is found again only while it stays absent.
 */
export const ABSENT = '-'

/**
 * Dependencies as a key sees them: each file's content, and, when the unit's output names a
 * location (its preprocessor expanded `__FILE__` in a file known by an absolute path: expansion.ts;
 * with relative paths that is only a toolchain header, or any file in exact-parity mode), every
 * file's location too. The location is that of the file that *expands* the macro, which may be
 * another one (a header's `#define HERE __FILE__` used by the sketch), so one such expansion ties
 * the result to where all of them are.
 */
export function dependencyFacts(read: readonly ReadDependency[], locationBound: boolean): DependencyFact[] {
  return read.map(({ normalized, absolute, facts }) => [
    normalized,
    dependencyPrint(facts, absolute, locationBound)
  ])
}

/** A dependency set as kept in a blob (detectCache.ts): JSON of DependencyFact pairs. */
export function dependencySetBlob(dependencies: readonly DependencyFact[]): Buffer {
  return Buffer.from(JSON.stringify(dependencies))
}

/** The pairs of a dependency-set blob; null when it is not one. Pure. */
export function parseDependencySet(blob: Buffer): DependencyFact[] | null {
  let value: unknown
  try {
    value = JSON.parse(blob.toString('utf8'))
  } catch {
    return null
  }
  const isFact = (item: unknown): item is DependencyFact =>
    Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && typeof item[1] === 'string'
  return Array.isArray(value) && value.every(isFact) ? value : null
}

/** One file's part of dependencyFacts: what a stored fact is compared with. */
export function dependencyPrint(facts: FileFacts | null, absolute: string, locationBound: boolean): string {
  return facts === null ? ABSENT : locationBound ? `${facts.sha256}@${absolute}` : facts.sha256
}

/** One result of a unit: the unit key and the facts of every file it read (dependencyFacts). */
export interface ResultKeyInputs {
  schema: number
  kind: 'result'
  unit: string
  dependencies: DependencyFact[]
}

export function resultKeyInputs({ unit, dependencies }: PartsOf<ResultKeyInputs>): ResultKeyInputs {
  return { schema: CACHE_SCHEMA, kind: 'result', unit, dependencies }
}

/** A sketch's link (linkCache.ts linkKeyOf). */
export interface LinkKeyInputs {
  schema: number
  kind: 'link'
  toolchainId: string
  paths: PathMode
  /** The link command, roots named, each object replaced by `object:<content sha256>`. */
  linkArgv: string[]
  objcopyArgvs: string[][]
  sizeArgv: string[]
  /** Files the link reads that its command lines do not name (a library's precompiled archives), by content. */
  inputs?: [string, string][]
}

export function linkKeyInputs(parts: PartsOf<LinkKeyInputs>): LinkKeyInputs {
  const { toolchainId, paths, linkArgv, objcopyArgvs, sizeArgv, inputs } = parts
  return {
    schema: CACHE_SCHEMA,
    kind: 'link',
    toolchainId,
    paths,
    linkArgv,
    objcopyArgvs,
    sizeArgv,
    ...(inputs === undefined ? {} : { inputs })
  }
}

/** A sketch's library detection (detectCache.ts detectionKeyOf). */
export interface DetectKeyInputs {
  schema: number
  kind: 'detect'
  toolchainId: string
  preprocessArgv: string[]
  /** Candidate libraries: normalized folder and the headers each provides. */
  candidates: [string, string[]][]
  /** The sketch's sources, normalized. */
  sources: string[]
}

export function detectKeyInputs({
  toolchainId,
  preprocessArgv,
  candidates,
  sources
}: PartsOf<DetectKeyInputs>): DetectKeyInputs {
  return { schema: CACHE_SCHEMA, kind: 'detect', toolchainId, preprocessArgv, candidates, sources }
}

export type KeyInputs = UnitKeyInputs | ResultKeyInputs | LinkKeyInputs | DetectKeyInputs
