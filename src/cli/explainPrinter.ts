/**
 * `fbuild-action explain`: for every unit and link of the build, hit or miss, and for a miss the
 * labelled key input that differs from the nearest stored entry (unitCache/explain.ts): a file, a
 * flag (with the build property it comes from), the toolchain, the path mode.
 */
import path from 'node:path'
import type { BuildEvent, SketchResult } from '../engine/types.js'

/** A path as the user reads it: relative to the working folder when under it. */
function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

/** One line per unit lookup. Pure. */
export function unitLine(source: string, reason: string | null, why: readonly string[], cwd: string): string {
  const name = shown(source, cwd)
  return reason === null ? `unit ${name}: hit` : `unit ${name}: miss (${reason}): ${why.join('; ')}`
}

/** One line per sketch's link. Pure. */
export function linkLine(result: SketchResult, cwd: string): string {
  const name = shown(result.path, cwd)
  if (result.link === 'skipped')
    return `link ${name}: not linked (${result.ok ? 'nothing to link' : 'a unit failed'})`
  if (result.link === 'hit') return `link ${name}: hit`
  const changed = result.units.misses + result.units.uncacheable
  const reasons = Object.entries(result.missReasons)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ')
  const why =
    changed > 0
      ? `${changed} of its units compiled`
      : 'its units are the same: the link command or a recipe changed'
  return `link ${name}: miss (${reasons}): ${why}`
}

export function explainPrinter(write: (line: string) => void, cwd: string): (event: BuildEvent) => void {
  return event => {
    if (event.type === 'unit-explained') write(unitLine(event.source, event.reason, event.why, cwd))
    if (event.type === 'sketch-done') write(linkLine(event.result, cwd))
  }
}
