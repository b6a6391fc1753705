/**
 * Why a unit missed, in the words of its key's inputs (keys.ts unitKeyInputs): which labelled part
 * differs from the nearest entry the store holds, as ccache's debug mode lets a miss be diffed.
 * Pure: the cache gathers what was stored and what is now, this module says what differs.
 */
import type { DependencyFact, UnitKeyInputs } from './keys.js'
import { ABSENT } from './keys.js'

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

/** What differs between the inputs stored for the unit's source and the unit's inputs now. */
export function explainInputs(
  stored: UnitKeyInputs,
  now: UnitKeyInputs,
  properties: readonly [string, string][] = []
): string[] {
  const why: string[] = []
  if (stored.schema !== now.schema) why.push(`cache schema ${stored.schema} -> ${now.schema}`)
  if (stored.toolchainId !== now.toolchainId)
    why.push(`toolchain ${stored.toolchainId.slice(0, 19)} -> ${now.toolchainId.slice(0, 19)}`)
  if (stored.paths !== now.paths) why.push(`paths ${stored.paths} -> ${now.paths}`)
  const added = without(now.argv, stored.argv)
  const removed = without(stored.argv, now.argv)
  for (const flag of added) {
    const from = propertiesHolding(flag, properties)
    why.push(`flag added: ${flag}${from.length > 0 ? ` (build property ${from.join(', ')})` : ''}`)
  }
  for (const flag of removed) why.push(`flag removed: ${flag}`)
  if (why.length === 0 && stored.argv.join('\u0000') !== now.argv.join('\u0000'))
    why.push('the order of the flags')
  return why
}

/** The dependencies whose fingerprint differs (content, presence or, for a location-bound unit, place). */
export function explainDependencies(
  stored: readonly DependencyFact[],
  now: readonly DependencyFact[]
): string[] {
  return stored.flatMap(([file, print], i) => {
    const current = now[i]?.[1]
    if (current === undefined || current === print) return []
    if (current === ABSENT) return [`${file} is gone`]
    if (print === ABSENT) return [`${file} appeared`]
    const [storedHash, storedPlace] = print.split('@')
    const [currentHash, currentPlace] = current.split('@')
    return [
      storedHash !== currentHash ? `${file} changed` : `${file} moved (${storedPlace} -> ${currentPlace})`
    ]
  })
}
