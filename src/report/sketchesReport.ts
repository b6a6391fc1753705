/**
 * The sketches report of arduino/compile-sketches (its `sketches-report-path`), the file that
 * arduino/report-size-deltas turns into a pull-request comment: `<fqbn with - for :>.json` holding
 * commit_hash, commit_url and one board with its sketches' sizes ("flash", "RAM for global
 * variables": maximum, current, and with a base build previous and delta) and warning counts, plus
 * the board's smallest and largest delta. "N/A" stands where a value is unknown, as there.
 */
import type { Report, ReportSketch } from './report.js'
import { percentOf, type MemoryDelta, type SizeDeltas } from './sizeDeltas.js'

const NA = 'N/A' as const
type Value = number | typeof NA

interface SizeEntry {
  name: string
  maximum: Value
  current: { absolute: Value; relative: Value }
  previous?: { absolute: Value; relative: Value }
  delta?: { absolute: Value; relative: Value }
}

interface WarningsEntry {
  current: { absolute: Value }
  previous?: { absolute: Value }
  delta?: { absolute: Value }
}

interface Range {
  minimum: Value
  maximum: Value
}

export interface SketchesReport {
  commit_hash: string
  commit_url: string
  boards: {
    board: string
    sketches: { name: string; compilation_success: boolean; sizes: SizeEntry[]; warnings: WarningsEntry }[]
    sizes: { name: string; maximum: Value; delta?: { absolute: Range; relative: Range } }[]
    warnings?: { delta: { absolute: Range } }
  }[]
}

const MEMORIES = [
  { key: 'flash', name: 'flash' },
  { key: 'ram', name: 'RAM for global variables' }
] as const

const orNA = (value: number | null | undefined): Value => value ?? NA

/** compile-sketches' file name for a board's report. */
export function sketchesReportFileName(fqbn: string): string {
  return `${fqbn.replaceAll(':', '-')}.json`
}

function sizeEntry(
  sketch: ReportSketch,
  memory: (typeof MEMORIES)[number],
  delta: MemoryDelta | undefined
): SizeEntry {
  const sizes = sketch.ok ? sketch.sizes : null
  const maximum = sizes === null ? null : memory.key === 'flash' ? sizes.maxFlash : sizes.maxRam
  const absolute = sizes === null || sizes[memory.key] < 0 ? null : sizes[memory.key]
  const relative = absolute === null ? null : percentOf(absolute, maximum)
  const entry: SizeEntry = {
    name: memory.name,
    maximum: orNA(maximum),
    current: { absolute: orNA(absolute), relative: orNA(relative) }
  }
  // As compile-sketches: a sketch that failed here has no comparison.
  if (delta !== undefined && sketch.ok) {
    entry.previous = {
      absolute: orNA(delta.base),
      relative: orNA(delta.base === null ? null : percentOf(delta.base, maximum))
    }
    entry.delta = { absolute: orNA(delta.delta), relative: orNA(delta.deltaPercent) }
  }
  return entry
}

/** The smallest and largest of the sketches' deltas; a known value replaces N/A. */
function rangeOf(values: readonly Value[]): Range | null {
  if (values.length === 0) return null
  const known = values.filter((value): value is number => value !== NA)
  return known.length === 0
    ? { minimum: NA, maximum: NA }
    : { minimum: Math.min(...known), maximum: Math.max(...known) }
}

export function makeSketchesReport(
  report: Report,
  deltas: SizeDeltas | null,
  commit: { sha: string; repository: string; serverUrl: string }
): SketchesReport {
  const deltaByPath = new Map(deltas?.sketches.map(sketch => [sketch.path, sketch]))
  const sketches = report.sketches.map(sketch => {
    const delta = deltaByPath.get(sketch.path)
    const warnings: WarningsEntry = { current: { absolute: sketch.ok ? sketch.warnings.length : NA } }
    if (delta !== undefined && sketch.ok) {
      warnings.previous = { absolute: orNA(delta.warnings.base) }
      const change = delta.warnings.base === null ? null : sketch.warnings.length - delta.warnings.base
      warnings.delta = { absolute: orNA(change) }
    }
    return {
      name: sketch.path,
      compilation_success: sketch.ok,
      sizes: MEMORIES.map(memory => sizeEntry(sketch, memory, delta?.[memory.key])),
      warnings
    }
  })
  const sizes = MEMORIES.map((memory, index) => {
    const entries = sketches.map(sketch => sketch.sizes[index] as SizeEntry)
    const maximum: Value = entries.map(entry => entry.maximum).find(value => value !== NA) ?? NA
    const compared = entries.filter(entry => entry.delta !== undefined)
    const absolute = rangeOf(compared.map(entry => entry.delta?.absolute ?? NA))
    const relative = rangeOf(compared.map(entry => entry.delta?.relative ?? NA))
    return absolute === null || relative === null
      ? { name: memory.name, maximum }
      : { name: memory.name, maximum, delta: { absolute, relative } }
  })
  const warningRange = rangeOf(
    sketches.flatMap(sketch => (sketch.warnings.delta === undefined ? [] : [sketch.warnings.delta.absolute]))
  )
  return {
    commit_hash: commit.sha,
    commit_url: `${commit.serverUrl}/${commit.repository}/commit/${commit.sha}`,
    boards: [
      {
        board: report.fqbn,
        sketches,
        sizes,
        ...(warningRange === null ? {} : { warnings: { delta: { absolute: warningRange } } })
      }
    ]
  }
}
