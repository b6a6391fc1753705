/**
 * The compile cache as the engine asks it: units, library detection and links, each a key, a
 * lookup and a store. `storeCache` is the cache over the store (unitCache.ts, detectCache.ts,
 * linkCache.ts); `CACHE_OFF` (`--no-cache`) misses every lookup with reason `cache-off` and stores
 * nothing, so the engine never asks whether there is a cache.
 */
import type { Library } from '../arduino/libraries.js'
import { MISS_REASONS, type MissReason } from '../store/index.js'
import { detectionKeyOf, lookupDetection, storeDetection, type DetectionQuestion } from './detectCache.js'
import type { RememberedDetection } from './detectCache.js'
import { linkKeyOf, lookupLink, storeLink, storeLinkFailure } from './linkCache.js'
import type { LinkDescription, OutputFile } from './linkCache.js'
import type { CompiledUnit, RunCheck, UnitCache, UnitLookup, UnitStoreOutcome } from './unitCache.js'
import type { MissExplanation } from './explain.js'

/**
 * Why a lookup missed: the store's reason, or why no store was asked (the cache is off; a link
 * reads a file no key can name).
 */
export type LookupMiss = MissReason | 'cache-off' | 'unnamed-input'

/** The reason a report and the statistics count: only a store's; a store never asked missed nothing. */
export function storeMissReason(reason: LookupMiss): MissReason | null {
  return (MISS_REASONS as readonly string[]).includes(reason) ? (reason as MissReason) : null
}

const OFF_MISS = { kind: 'miss', reason: 'cache-off' } as const

/** A link's answer: its outputs were restored, it failed before (a result too), or a miss. */
export type LinkAnswer =
  | { kind: 'hit'; sizeOutput: string }
  | { kind: 'failed'; error: string }
  | { kind: 'miss'; reason: LookupMiss }

/** A unit lookup's answer: the store's, or a `cache-off` miss. */
export type UnitAnswer = UnitLookup | typeof OFF_MISS

/** What the unit compiler asks (engine/compileUnits.ts); a UnitCache is one as it is. */
export interface UnitResults {
  keyOf(argv: readonly string[]): string
  lookupUnit(key: string): Promise<UnitAnswer>
  /** Why a unit missed, by labelled input (unitCache/explain.ts); asked only on a store's miss. */
  explainMiss(
    key: string,
    argv: readonly string[],
    source: string,
    reason: MissReason,
    properties: readonly [string, string][]
  ): Promise<MissExplanation>
  /** Writes a hit's object where the compile would have. */
  materialize(objectPath: string, object: Buffer, dependencies: readonly string[]): Promise<void>
  /** `cache-off`: nothing was stored, and the unit is no less cacheable for it. */
  storeUnit(
    key: string,
    source: string,
    argv: readonly string[],
    compiled: CompiledUnit,
    runCheck: RunCheck
  ): Promise<UnitStoreOutcome | { kind: 'cache-off' }>
}

export interface BuildCache extends UnitResults {
  /** A path or text with root folders named (roots.ts): what keys hold. */
  normalize(text: string): string
  /** Bytes of new results written by this run. */
  readonly bytesStored: number
  detectionKey(question: DetectionQuestion): string
  /** What detection found last time, when nothing it was found from has changed; null: a miss. */
  lookupDetection(key: string, candidates: readonly Library[]): Promise<RememberedDetection | null>
  storeDetection(
    key: string,
    found: { libraries: readonly Library[] } | { error: string },
    read: readonly string[],
    absent?: readonly string[]
  ): Promise<void>
  /** Null when an input has no name (linkCache.ts linkKeyOf): such a link is neither looked up nor stored. */
  linkKey(
    toolchainId: string,
    commands: LinkDescription,
    objectNames: ReadonlyMap<string, string | null>,
    archiveMembers: readonly (string | null)[],
    inputs: ReadonlyMap<string, string | null>
  ): string | null
  lookupLink(key: string | null, outputFile: OutputFile): Promise<LinkAnswer>
  /** `files`: the link's outputs by suffix, read only when they are stored. */
  storeLink(
    key: string | null,
    files: () => Promise<ReadonlyMap<string, Buffer>>,
    sizeOutput: string
  ): Promise<void>
  /** A link that failed for its inputs; never one the environment caused (the caller does not pass one). */
  storeLinkFailure(key: string | null, error: string): Promise<void>
}

/** The cache over the store. */
export function storeCache(cache: UnitCache): BuildCache {
  return {
    get bytesStored() {
      return cache.bytesStored
    },
    keyOf: argv => cache.keyOf(argv),
    lookupUnit: key => cache.lookupUnit(key),
    explainMiss: (...question) => cache.explainMiss(...question),
    materialize: (...unit) => cache.materialize(...unit),
    storeUnit: (...unit) => cache.storeUnit(...unit),
    normalize: text => cache.normalize(text),
    detectionKey: question => detectionKeyOf(cache, question),
    lookupDetection: (key, candidates) => lookupDetection(cache, key, candidates),
    storeDetection: (key, found, read, absent) => storeDetection(cache, key, found, read, absent),
    linkKey: (...link) => linkKeyOf(cache, ...link),
    async lookupLink(key, outputFile) {
      if (key === null) return { kind: 'miss', reason: 'unnamed-input' }
      const found = await lookupLink(cache, key, outputFile)
      if (found.kind !== 'miss') return found
      return { kind: 'miss', reason: found.corrupt ? 'corrupt-entry' : 'no-entry' }
    },
    async storeLink(key, files, sizeOutput) {
      if (key !== null) await storeLink(cache, key, await files(), sizeOutput)
    },
    async storeLinkFailure(key, error) {
      if (key !== null) await storeLinkFailure(cache, key, error)
    }
  }
}

/** `--no-cache`: every lookup misses (`cache-off`), every store is a no-op, no key is computed. */
export const CACHE_OFF: BuildCache = {
  bytesStored: 0,
  keyOf: () => '',
  lookupUnit: () => Promise.resolve(OFF_MISS),
  explainMiss: () => Promise.resolve({ detail: null, why: ['the cache is off'] }),
  materialize: () => Promise.resolve(),
  storeUnit: () => Promise.resolve({ kind: 'cache-off' }),
  normalize: text => text,
  detectionKey: () => '',
  lookupDetection: () => Promise.resolve(null),
  storeDetection: () => Promise.resolve(),
  linkKey: () => null,
  lookupLink: () => Promise.resolve(OFF_MISS),
  storeLink: () => Promise.resolve(),
  storeLinkFailure: () => Promise.resolve()
}
