/**
 * What arduino/report-size-deltas does with a sketches report, written out as a check (from its
 * reportsizedeltas.py `get_sketches_reports` and `generate_report`, and compile-sketches' report
 * format): a report is skipped as "old format" unless `boards[0].sizes[0].maximum` exists; it is
 * used when a board has `sizes`; then the summary row reads each board size's
 * `delta.{absolute,relative}.{minimum,maximum}` and the full table each sketch size's
 * `delta.{absolute,relative}`, by `name`. Anything the Python would fail on (a missing key, a text
 * where it compares numbers) throws here; the rows come back for the test to read.
 */
type Json = unknown

const NA = 'N/A'

function field(value: Json, key: string, where: string): Json {
  if (typeof value !== 'object' || value === null || !(key in value))
    throw new Error(`report-size-deltas would fail: no "${key}" in ${where}`)
  return (value as Record<string, Json>)[key]
}

function list(value: Json, where: string): Json[] {
  if (!Array.isArray(value)) throw new Error(`report-size-deltas would fail: ${where} is not a list`)
  return value
}

function has(value: Json, key: string): boolean {
  return typeof value === 'object' && value !== null && key in value
}

/** A delta value: a number, or "N/A" (the Python compares it with 0 only when it is not "N/A"). */
function deltaValue(value: Json, where: string): number | typeof NA {
  if (value === NA || typeof value === 'number') return value
  throw new Error(`report-size-deltas would fail: ${where} is ${JSON.stringify(value)}`)
}

export interface SummaryCell {
  board: string
  memory: string
  absolute: { minimum: number | typeof NA; maximum: number | typeof NA } | null
  relative: { minimum: number | typeof NA; maximum: number | typeof NA } | null
}

export interface DetailCell {
  board: string
  sketch: string
  memory: string
  absolute: number | typeof NA
  relative: number | typeof NA
}

export interface ReadReport {
  /** False: report-size-deltas skips the file (old format, or no size data). */
  used: boolean
  commitHash: string
  summary: SummaryCell[]
  detail: DetailCell[]
}

export function readAsReportSizeDeltas(report: Json): ReadReport {
  const boards = has(report, 'boards') ? list(field(report, 'boards', 'the report'), 'boards') : []
  const first = boards[0]
  const firstSizes = has(first, 'sizes') ? list(field(first, 'sizes', 'boards[0]'), 'boards[0].sizes') : []
  const oldFormat = boards.length === 0 || !has(first, 'sizes') || !has(firstSizes[0], 'maximum')
  const used = !oldFormat && boards.some(board => has(board, 'sizes'))
  const commitHash = field(report, 'commit_hash', 'the report')
  if (typeof commitHash !== 'string')
    throw new Error('report-size-deltas would fail: commit_hash is not text')
  if (!used) return { used, commitHash, summary: [], detail: [] }
  const summary: SummaryCell[] = []
  const detail: DetailCell[] = []
  for (const board of boards) {
    const name = String(field(board, 'board', 'a board'))
    for (const size of list(field(board, 'sizes', name), `${name} sizes`)) {
      const memory = String(field(size, 'name', `${name} sizes`))
      const range = (kind: 'absolute' | 'relative') => {
        if (!has(size, 'delta')) return null
        const values = field(field(size, 'delta', memory), kind, `${memory} delta`)
        return {
          minimum: deltaValue(field(values, 'minimum', kind), `${memory} ${kind} minimum`),
          maximum: deltaValue(field(values, 'maximum', kind), `${memory} ${kind} maximum`)
        }
      }
      summary.push({ board: name, memory, absolute: range('absolute'), relative: range('relative') })
    }
    for (const sketch of list(field(board, 'sketches', name), `${name} sketches`)) {
      const sketchName = String(field(sketch, 'name', 'a sketch'))
      for (const size of list(field(sketch, 'sizes', sketchName), `${sketchName} sizes`)) {
        const memory = String(field(size, 'name', `${sketchName} sizes`))
        const delta = has(size, 'delta') ? field(size, 'delta', memory) : null
        detail.push({
          board: name,
          sketch: sketchName,
          memory,
          absolute: delta === null ? NA : deltaValue(field(delta, 'absolute', memory), 'delta.absolute'),
          relative: delta === null ? NA : deltaValue(field(delta, 'relative', memory), 'delta.relative')
        })
      }
    }
  }
  return { used, commitHash, summary, detail }
}
