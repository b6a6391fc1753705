/**
 * Why a unit missed, in the words of its key's inputs (keys.ts unitKeyInputs): which labelled part
 * differs from the nearest entry the store holds, as ccache's debug mode lets a miss be diffed.
 * Pure: the cache gathers what was stored and what is now, this module says what differs.
 */
import type { MissReason } from '../store/index.js'
import type { DependencyFact, UnitKeyInputs } from './keys.js'
import { ABSENT } from './keys.js'

/**
 * The finer names of a store's miss reasons, one vocabulary for the report's `missReasonDetails`
 * and `explain`'s lines. Each miss gets the first that applies, in this order.
 */
export const MISS_DETAILS = {
  'no-entry': [
    /** Nothing was ever stored for this source (a unit) in this store. */
    'new-source',
    'schema-changed',
    'toolchain-changed',
    /** The path mode (roots.ts PathMode: relative or absolute). */
    'paths-changed',
    /** The command: a flag added, removed or moved (a build property, a recipe, the board). */
    'flags-changed',
    /** The same inputs were stored once: the entry was pruned. */
    'evicted',
    /** A link: one of its units compiled (or was uncacheable), so it names other objects. */
    'units-changed',
    /** A link whose units all came from the store: its command, a recipe or a hook changed. */
    'command-changed'
  ],
  'dependency-changed': [
    /** The unit's own source file. */
    'source-changed',
    /** A file it includes changed, appeared or is gone. */
    'header-changed',
    /** Same content elsewhere, for a unit whose object names locations (keys.ts dependencyFacts). */
    'location-changed'
  ]
} as const satisfies Partial<Record<MissReason, readonly string[]>>

export type DetailedReason = keyof typeof MISS_DETAILS
export type MissDetail = (typeof MISS_DETAILS)[DetailedReason][number]

/** Misses by reason, then by finer name: `{ "no-entry": { "flags-changed": 2 } }`. */
export type MissReasonDetails = {
  [Reason in DetailedReason]?: Partial<Record<(typeof MISS_DETAILS)[Reason][number], number>>
}

/** Adds one miss to `into`; a miss without a finer name of its reason adds nothing. */
export function countDetail(into: MissReasonDetails, reason: MissReason, detail: MissDetail | null): void {
  const names: readonly MissDetail[] | undefined = (
    MISS_DETAILS as Partial<Record<MissReason, readonly MissDetail[]>>
  )[reason]
  if (detail === null || names?.includes(detail) !== true) return
  const details = (into[reason as DetailedReason] ??= {}) as Partial<Record<MissDetail, number>>
  details[detail] = (details[detail] ?? 0) + 1
}

/** A miss in the words of its key's inputs: the detail the report counts, and what `explain` prints. */
export interface MissExplanation {
  /** Null when no finer name applies (a corrupt entry; the store changed meanwhile). */
  detail: MissDetail | null
  why: string[]
}

/** Flags in `from` that `to` lacks, in order; a flag that appears twice counts twice. */
function without(from: readonly string[], to: readonly string[]): string[] {
  const left = [...to]
  return from.filter(arg => {
    const at = left.indexOf(arg)
    if (at < 0) return true
    left.splice(at, 1)
    return false
  })
}

/**
 * The build properties (`--build-property KEY=VALUE`) whose value holds a flag, to say where a
 * changed flag comes from.
 */
function propertiesHolding(flag: string, properties: readonly [string, string][]): string[] {
  return properties.filter(([, value]) => value.split(/\s+/).includes(flag)).map(([key]) => key)
}

/** The first detail that applies, in MISS_DETAILS's order. */
function firstOf(details: readonly MissDetail[]): MissDetail | null {
  const order: readonly MissDetail[] = Object.values(MISS_DETAILS).flat()
  return order.find(detail => details.includes(detail)) ?? null
}

/**
 * A `no-entry` miss: what differs between the inputs stored last for the unit's source and its
 * inputs now. Nothing differs: the entry was pruned.
 */
export function explainInputs(
  stored: UnitKeyInputs,
  now: UnitKeyInputs,
  properties: readonly [string, string][] = []
): MissExplanation {
  const parts: [MissDetail, string][] = []
  if (stored.schema !== now.schema)
    parts.push(['schema-changed', `cache schema ${stored.schema} -> ${now.schema}`])
  if (stored.toolchainId !== now.toolchainId)
    parts.push([
      'toolchain-changed',
      `toolchain ${stored.toolchainId.slice(0, 19)} -> ${now.toolchainId.slice(0, 19)}`
    ])
  if (stored.paths !== now.paths) parts.push(['paths-changed', `paths ${stored.paths} -> ${now.paths}`])
  for (const flag of without(now.argv, stored.argv)) {
    const from = propertiesHolding(flag, properties)
    parts.push([
      'flags-changed',
      `flag added: ${flag}${from.length > 0 ? ` (build property ${from.join(', ')})` : ''}`
    ])
  }
  for (const flag of without(stored.argv, now.argv)) parts.push(['flags-changed', `flag removed: ${flag}`])
  if (parts.length === 0 && stored.argv.join('\u0000') !== now.argv.join('\u0000'))
    parts.push(['flags-changed', 'the order of the flags'])
  if (parts.length === 0)
    return { detail: 'evicted', why: ['its entry is no longer in the store (pruned or evicted)'] }
  return { detail: firstOf(parts.map(([detail]) => detail)), why: parts.map(([, line]) => line) }
}

/**
 * A `dependency-changed` miss: the dependencies whose fingerprint differs from a stored result's
 * (content, presence or, for a location-bound unit, place). `source`: the unit's own source, normalized.
 */
export function explainDependencies(
  stored: readonly DependencyFact[],
  now: readonly DependencyFact[],
  source: string
): MissExplanation {
  const parts = stored.flatMap(([file, print], i): [MissDetail, string][] => {
    const current = now[i]?.[1]
    if (current === undefined || current === print) return []
    const content: MissDetail = file === source ? 'source-changed' : 'header-changed'
    if (current === ABSENT) return [[content, `${file} is gone`]]
    if (print === ABSENT) return [[content, `${file} appeared`]]
    const [storedHash, storedPlace] = print.split('@')
    const [currentHash, currentPlace] = current.split('@')
    return [
      storedHash !== currentHash
        ? [content, `${file} changed`]
        : ['location-changed', `${file} moved (${storedPlace} -> ${currentPlace})`]
    ]
  })
  return { detail: firstOf(parts.map(([detail]) => detail)), why: parts.map(([, line]) => line) }
}
