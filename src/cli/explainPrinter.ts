/**
 * `fbuild-action explain`: for every unit and link of the build, hit or miss, and for a miss the
 * labelled key input that differs from the nearest stored entry (unitCache/explain.ts): a file, a
 * flag (with the build property it comes from), the toolchain, the path mode. A miss is named as the
 * report counts it: `reason/detail` (`no-entry/flags-changed`), or the reason alone.
 */
import path from 'node:path'
import type { BuildEvent, SketchResult } from '../engine/types.js'

/** A path as the user reads it: relative to the working folder when under it. */
function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

/** A miss as the report counts it: its reason, and its finer name when one applies. */
function missName(reason: string, detail: string | null): string {
  return detail === null ? reason : `${reason}/${detail}`
}

/** One line per unit lookup. Pure. */
export function unitLine(
  source: string,
  miss: { reason: string; detail: string | null } | null,
  why: readonly string[],
  cwd: string
): string {
  const name = shown(source, cwd)
  return miss === null
    ? `unit ${name}: hit`
    : `unit ${name}: miss (${missName(miss.reason, miss.detail)}): ${why.join('; ')}`
}

/** One line per sketch's link. Pure. */
export function linkLine(result: SketchResult, cwd: string): string {
  const name = shown(result.path, cwd)
  if (result.link === 'skipped')
    return `link ${name}: not linked (${result.ok ? 'nothing to link' : 'a unit failed'})`
  if (result.link === 'hit') return `link ${name}: hit`
  const miss = result.linkMiss ?? null
  if (miss === null)
    return `link ${name}: miss (not looked up): the cache is off, or it reads a file no key names`
  const changed = result.units.misses + result.units.uncacheable
  const why =
    miss.detail === 'units-changed'
      ? changed > 0
        ? `${changed} of its units compiled`
        : 'units it shares with a sketch built before it compiled'
      : miss.detail === 'command-changed'
        ? 'its units are the same: the link command, a recipe or a hook changed (or its entry was pruned)'
        : 'its entry in the store was damaged (replaced now)'
  return `link ${name}: miss (${missName(miss.reason, miss.detail)}): ${why}`
}

export function explainPrinter(write: (line: string) => void, cwd: string): (event: BuildEvent) => void {
  return event => {
    if (event.type === 'unit-explained') {
      const miss = event.reason === null ? null : { reason: event.reason, detail: event.detail }
      write(unitLine(event.source, miss, event.why, cwd))
    }
    if (event.type === 'sketch-done') write(linkLine(event.result, cwd))
  }
}
