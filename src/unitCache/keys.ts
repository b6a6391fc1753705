/**
 * Cache keys: pure functions of what can change an output, never of where things are. Each key
 * names the toolchain by content, commands with roots named and output paths left out.
 */
import { createHash } from 'node:crypto'
import type { FileFacts } from './fileFacts.js'
import type { PathMode } from './roots.js'

/** Bump when the meaning of a key or an entry changes: old entries then simply stop matching. */
export const CACHE_SCHEMA = 3

export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}

/**
 * The direct-mode key of a translation unit: its manifest lists dependency sets and results. The
 * path mode is in it because it decides what `__FILE__` expands to (roots.ts PathMode).
 */
export function unitKey(toolchainId: string, paths: PathMode, normalizedArgv: readonly string[]): string {
  return digestOf({ schema: CACHE_SCHEMA, kind: 'unit', toolchainId, paths, argv: normalizedArgv })
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
    facts === null ? ABSENT : locationBound ? `${facts.sha256}@${absolute}` : facts.sha256
  ])
}

export function resultKey(unit: string, dependencies: readonly DependencyFact[]): string {
  return digestOf({ schema: CACHE_SCHEMA, kind: 'result', unit, dependencies })
}

export interface LinkKeyInput {
  toolchainId: string
  paths: PathMode
  /** The link command, roots named, each object replaced by `object:<content sha256>`. */
  linkArgv: string[]
  objcopyArgvs: string[][]
  sizeArgv: string[]
}

export function linkKey(input: LinkKeyInput): string {
  return digestOf({ schema: CACHE_SCHEMA, kind: 'link', ...input })
}

export interface DetectKeyInput {
  toolchainId: string
  preprocessArgv: string[]
  /** Candidate libraries: normalized folder and the headers each provides. */
  candidates: [string, string[]][]
  /** The sketch's sources, normalized. */
  sources: string[]
}

export function detectKey(input: DetectKeyInput): string {
  return digestOf({ schema: CACHE_SCHEMA, kind: 'detect', ...input })
}
