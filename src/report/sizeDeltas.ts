/**
 * What a pull request changes, per sketch: flash and RAM against the base commit's build (bytes and
 * percent of the board's limit) and the warnings the base build did not have. Pure: two reports in,
 * the comparison out (the action writes it as the `size-deltas` output).
 */
import type { Report, ReportSketch, ReportWarning } from './report.js'

export interface MemoryDelta {
  /** Bytes used at the base commit; null when the sketch did not build there (or is new). */
  base: number | null
  head: number | null
  /** head - base; null when either side is unknown. */
  delta: number | null
  /** The board's limit, null when the board sets none. */
  maximum: number | null
  /** delta in percent of `maximum`, two decimals. */
  deltaPercent: number | null
}

export interface SketchDelta {
  path: string
  flash: MemoryDelta
  ram: MemoryDelta
  warnings: { base: number | null; head: number | null; new: ReportWarning[] }
}

export interface SizeDeltas {
  fqbn: string
  base: { sha: string }
  head: { sha: string }
  /** Largest change first. */
  sketches: SketchDelta[]
}

/**
 * Python's round(value, 2), as arduino/compile-sketches rounds its percentages: the exact binary
 * value rounded to the nearest (toFixed does that), an exact tie to the even digit.
 */
export function roundPercent(value: number): number {
  const exact = Math.abs(value).toFixed(20)
  const tie = /\.\d\d50*$/.exec(exact)
  let rounded = Number(Math.abs(value).toFixed(2))
  if (tie !== null) {
    const down = Number(exact.slice(0, exact.indexOf('.') + 3))
    const lastDigit = Number(exact.charAt(exact.indexOf('.') + 2))
    rounded = lastDigit % 2 === 0 ? down : Number((down + 0.01).toFixed(2))
  }
  return value < 0 && rounded !== 0 ? -rounded : rounded
}

export function percentOf(bytes: number, maximum: number | null): number | null {
  return maximum === null || maximum <= 0 ? null : roundPercent((100 * bytes) / maximum)
}

function used(sketch: ReportSketch | undefined, memory: 'flash' | 'ram'): number | null {
  if (sketch === undefined || !sketch.ok || sketch.sizes === null) return null
  const value = sketch.sizes[memory]
  return value < 0 ? null : value
}

function memoryDelta(
  head: ReportSketch,
  base: ReportSketch | undefined,
  memory: 'flash' | 'ram'
): MemoryDelta {
  const maximum = head.sizes === null ? null : memory === 'flash' ? head.sizes.maxFlash : head.sizes.maxRam
  const before = used(base, memory)
  const after = used(head, memory)
  const delta = before === null || after === null ? null : after - before
  return {
    base: before,
    head: after,
    delta,
    maximum,
    deltaPercent: delta === null ? null : percentOf(delta, maximum)
  }
}

/** Where a warning is and what it says, without its line (lines move when code is added above). */
const warningKey = (warning: ReportWarning): string => `${warning.file}\u0000${warning.message}`

/** Head warnings beyond the base's count of the same file and text. */
export function newWarnings(head: readonly ReportWarning[], base: readonly ReportWarning[]): ReportWarning[] {
  const remaining = new Map<string, number>()
  for (const warning of base)
    remaining.set(warningKey(warning), (remaining.get(warningKey(warning)) ?? 0) + 1)
  return head.filter(warning => {
    const left = remaining.get(warningKey(warning)) ?? 0
    remaining.set(warningKey(warning), left - 1)
    return left <= 0
  })
}

/** How much a sketch changed, for sorting: the larger share of a limit, then the larger byte count. */
function changeSize(sketch: SketchDelta): [number, number] {
  const share = Math.max(Math.abs(sketch.flash.deltaPercent ?? 0), Math.abs(sketch.ram.deltaPercent ?? 0))
  const bytes = Math.max(Math.abs(sketch.flash.delta ?? 0), Math.abs(sketch.ram.delta ?? 0))
  return [share, bytes]
}

/** `head` and `base` reports list sketch paths relative to their own checkouts, so paths match. */
export function sizeDeltas(head: Report, base: Report, shas: { base: string; head: string }): SizeDeltas {
  const baseByPath = new Map(base.sketches.map(sketch => [sketch.path, sketch]))
  const sketches = head.sketches.map((sketch): SketchDelta => {
    const before = baseByPath.get(sketch.path)
    const baseWarnings = before?.ok === true ? before.warnings : null
    return {
      path: sketch.path,
      flash: memoryDelta(sketch, before, 'flash'),
      ram: memoryDelta(sketch, before, 'ram'),
      warnings: {
        base: baseWarnings?.length ?? null,
        head: sketch.ok ? sketch.warnings.length : null,
        new: sketch.ok ? newWarnings(sketch.warnings, baseWarnings ?? []) : []
      }
    }
  })
  sketches.sort((a, b) => {
    const [shareA, bytesA] = changeSize(a)
    const [shareB, bytesB] = changeSize(b)
    return shareB - shareA || bytesB - bytesA || a.path.localeCompare(b.path)
  })
  return { fqbn: head.fqbn, base: { sha: shas.base }, head: { sha: shas.head }, sketches }
}

/** Warnings the head has that the base did not, over all sketches (`fail-on-new-warnings`). */
export function newWarningTotal(deltas: SizeDeltas): number {
  return deltas.sketches.reduce((sum, sketch) => sum + sketch.warnings.new.length, 0)
}
