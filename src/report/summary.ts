/**
 * The job summary: what a maintainer acts on. Whether the cache worked and why not; each unit use
 * counted once (built here, from the store, shared in this run); time against the cold build of the
 * same store and the slowest sketches; failures by their first real error; sizes against the board's
 * limits; on pull requests the size and warning changes. Pure: facts in, markdown out.
 */
import { faultWarning } from '../store/index.js'
import { hitRate, type Report, type ReportSketch } from './report.js'
import type { SizeDeltas, MemoryDelta } from './sizeDeltas.js'

export interface CacheFacts {
  primaryKey: string
  matchedKey: string | null
  restoreSeconds: number
  restoredBytes: number
  /** Why the restore failed or timed out; null when it answered (with or without a match). */
  restoreWarning: string | null
}

/** The first build of a store (nothing restored), kept in the store so later runs can compare. */
export interface ColdBuild {
  key: string
  wallSeconds: number
  compileSeconds: number
  sketches: number
}

export interface SummaryFacts {
  report: Report
  /** null: the cache is off (`cache: false`). */
  cache: CacheFacts | null
  coldBuild: ColdBuild | null
  deltas: SizeDeltas | null
  /** Seconds the base commit's build took, when it was built for the deltas. */
  baseSeconds: number | null
}

const SLOWEST_SHOWN = 3
const FAILURES_SHOWN = 10
const NEW_WARNINGS_SHOWN = 20

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

const seconds = (value: number): string => `${value.toFixed(1)} s`

function row(cells: (string | number)[]): string {
  return `| ${cells.map(cell => String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`
}

function table(header: string[], rows: (string | number)[][]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)]
}

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`

/** Built here + from the store + shared in this run = every unit use, each counted once. */
export function unitBreakdown(report: Report): {
  uses: number
  built: number
  fromStore: number
  shared: number
} {
  const t = report.totals
  return { uses: t.units, built: t.misses + t.uncacheable, fromStore: t.hits, shared: t.shared }
}

function cacheLines(facts: SummaryFacts): string[] {
  const cache = facts.cache
  if (cache === null) {
    return [
      '**Cache: off** (`cache: false`): every unit was compiled in this run; nothing was restored and nothing will be saved.'
    ]
  }
  if (cache.matchedKey === null) {
    const why =
      cache.restoreWarning ??
      'no saved store matches the keys yet (the first run for this board, toolchain and cache version, or the entry expired)'
    return [
      `**Cache: nothing restored**: ${why}. This is a cold build; the post step saves what it stored under \`${cache.primaryKey}\`.`
    ]
  }
  const exact = cache.matchedKey === cache.primaryKey ? ' (exact key)' : ''
  return [
    `**Cache:** restored \`${cache.matchedKey}\`${exact}, ${megabytes(cache.restoredBytes)} in ${seconds(cache.restoreSeconds)}.`
  ]
}

/** A store the run turned off (a full disk, a read-only folder): the build went on without it. */
function installWarningLines(report: Report): string[] {
  const lines = report.installWarnings ?? []
  return lines.length === 0 ? [] : ['', ...lines.map(line => `**Warning:** ${line}`)]
}

function storeFaultLines(report: Report): string[] {
  const faults = report.store?.faults ?? []
  return faults.length === 0 ? [] : ['', ...faults.map(fault => `**Store off:** ${faultWarning(fault)}.`)]
}

/** ` (flags-changed 12, units-changed 3)`: a reason's misses by finer name, those that happened. */
function finerNames(report: Report, reason: string): string {
  const details = (report.missReasonDetails as Partial<Record<string, Record<string, number>>>)[reason]
  const named = Object.entries(details ?? {})
    .filter(([, count]) => count > 0)
    .map(([detail, count]) => `${detail} ${count}`)
  return named.length === 0 ? '' : ` (${named.join(', ')})`
}

function unitLines(report: Report, cacheOn: boolean): string[] {
  const t = report.totals
  const { uses, built, fromStore, shared } = unitBreakdown(report)
  const needed = built + fromStore
  const rate =
    !cacheOn || needed === 0
      ? ''
      : ` (${hitRate(report.totals) ?? 0}% of the ${needed} units this run needed came from the store)`
  const lines = [
    `**Units:** ${uses} unit uses = ${built} built here + ${fromStore} from the store + ${shared} shared in this run${rate}. ` +
      `${plural(t.compilerInvocations, 'compiler run')}, ${t.linkHits} of ${t.linkHits + t.linkMisses} links from the store.`
  ]
  const reasons = Object.entries(report.missReasons)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${reason} ${count}${finerNames(report, reason)}`)
  const details = [
    ...(report.store === null
      ? []
      : [`misses by reason: ${reasons.length === 0 ? 'none' : reasons.join(', ')}`]),
    `uncacheable units: ${t.uncacheable}`,
    ...(report.store === null || report.store.recoveredEntries === 0
      ? []
      : [`damaged entries replaced: ${report.store.recoveredEntries}`])
  ]
  const text = details.join(' · ')
  lines.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`)
  return lines
}

function timeLines(facts: SummaryFacts): string[] {
  const t = facts.report.totals
  const parts = [
    ...(facts.cache === null ? [] : [`restore ${seconds(facts.cache.restoreSeconds)}`]),
    `build ${seconds(t.wallSeconds)} (compiler time ${seconds(t.compileSeconds)}, summed over parallel jobs)`,
    ...(facts.baseSeconds === null ? [] : [`base commit's build ${seconds(facts.baseSeconds)}`])
  ]
  const lines = [`**Time:** ${parts.join(' · ')}; the save time is in the post step's line below.`]
  const cold = facts.coldBuild
  if (cold !== null && facts.cache !== null && facts.cache.matchedKey !== null) {
    const saved = cold.wallSeconds - t.wallSeconds
    lines.push(
      `Against the cold build of this store (${plural(cold.sketches, 'sketch')}, ${seconds(cold.wallSeconds)}): ` +
        (saved > 0
          ? `${seconds(saved)} saved (this build took ${Math.round((t.wallSeconds * 100) / Math.max(cold.wallSeconds, 0.001))}% of it).`
          : `no time saved (this build took ${seconds(t.wallSeconds)}).`)
    )
  }
  const slowest = [...facts.report.sketches].sort((a, b) => b.seconds - a.seconds).slice(0, SLOWEST_SHOWN)
  if (slowest.length > 1)
    lines.push(`Slowest sketches: ${slowest.map(s => `\`${s.path}\` ${seconds(s.seconds)}`).join(', ')}.`)
  return lines
}

export function failureLines(report: Report): string[] {
  const failed = report.sketches.filter(sketch => !sketch.ok)
  if (failed.length === 0) return []
  const lines = [`### ${plural(failed.length, 'sketch')} failed`, '']
  for (const sketch of failed.slice(0, FAILURES_SHOWN))
    lines.push(`- \`${sketch.path}\`: \`${(sketch.firstError ?? 'failed').replace(/`/g, "'")}\``)
  if (failed.length > FAILURES_SHOWN) lines.push(`- and ${failed.length - FAILURES_SHOWN} more (see the log)`)
  lines.push('')
  return lines
}

function memoryCell(used: number, maximum: number | null): string {
  if (used < 0) return ''
  if (maximum === null) return `${used} B`
  return `${used} / ${maximum} B (${Math.round((used * 1000) / maximum) / 10}%)`
}

function sketchRow(sketch: ReportSketch): (string | number)[] {
  const own = sketch.units.total - sketch.units.shared
  const built = sketch.units.misses + sketch.units.uncacheable
  return [
    `\`${sketch.path}\``,
    sketch.ok ? 'ok' : 'failed',
    sketch.sizes === null ? '' : memoryCell(sketch.sizes.flash, sketch.sizes.maxFlash),
    sketch.sizes === null ? '' : memoryCell(sketch.sizes.ram, sketch.sizes.maxRam),
    sketch.ok ? sketch.warnings.length : '',
    `${built} / ${own - built} / ${sketch.units.shared}`,
    sketch.link === 'hit' ? 'from store' : sketch.link === 'miss' ? 'linked' : '',
    sketch.seconds.toFixed(2)
  ]
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value)
}

function deltaCell(memory: MemoryDelta): string {
  if (memory.delta === null) return memory.head === null ? 'n/a' : `new: ${memory.head} B`
  const percent = memory.deltaPercent === null ? '' : ` (${signed(memory.deltaPercent)}%)`
  return `${signed(memory.delta)} B${percent}`
}

export function deltaLines(deltas: SizeDeltas): string[] {
  const short = (sha: string): string => sha.slice(0, 10)
  const changed = deltas.sketches.filter(
    s => (s.flash.delta ?? 1) !== 0 || (s.ram.delta ?? 1) !== 0 || s.warnings.new.length > 0
  )
  const lines = [
    `### Changes against the base commit \`${short(deltas.base.sha)}\` (head \`${short(deltas.head.sha)}\`)`,
    ''
  ]
  if (changed.length === 0) {
    lines.push(
      `No sketch changed in flash, RAM or warnings (${plural(deltas.sketches.length, 'sketch')} compared).`,
      ''
    )
    return lines
  }
  lines.push(
    ...table(
      ['sketch', 'flash', 'RAM', 'new warnings'],
      changed.map(s => [`\`${s.path}\``, deltaCell(s.flash), deltaCell(s.ram), s.warnings.new.length])
    ),
    '',
    `Percentages are of the board's limit; ${plural(deltas.sketches.length - changed.length, 'other sketch')} did not change.`,
    ''
  )
  const fresh = changed.flatMap(s => s.warnings.new.map(w => ({ sketch: s.path, ...w })))
  if (fresh.length > 0) {
    lines.push(`New warnings:`, '')
    for (const w of fresh.slice(0, NEW_WARNINGS_SHOWN))
      lines.push(`- \`${w.file}:${w.line}\`: ${w.message.replace(/`/g, "'")} (\`${w.sketch}\`)`)
    if (fresh.length > NEW_WARNINGS_SHOWN) lines.push(`- and ${fresh.length - NEW_WARNINGS_SHOWN} more`)
    lines.push('')
  }
  return lines
}

/** What was installed from indexes or URLs, with checksums: the run can be repeated from its summary. */
function installedLines(report: Report): string[] {
  const rows = [
    ...report.platforms.map(item => [item.id, item.version, item.kind, `\`${item.checksum}\``, '']),
    ...report.libraries.map(library => [
      library.name,
      library.version,
      `library (${library.source})`,
      `\`${library.checksum}\``,
      library.requiredBy ?? ''
    ])
  ]
  if (rows.length === 0) return []
  return ['### Installed', '', ...table(['installed', 'version', 'kind', 'checksum', 'needed by'], rows), '']
}

export function buildSummary(facts: SummaryFacts): string {
  const { report } = facts
  const t = report.totals
  const lines = [
    `## fbuild-action: ${t.sketches - t.failed}/${t.sketches} sketches built for \`${report.fqbn}\``,
    '',
    ...cacheLines(facts),
    ...storeFaultLines(report),
    ...installWarningLines(report),
    '',
    ...unitLines(report, facts.cache !== null),
    '',
    ...timeLines(facts),
    '',
    ...failureLines(report),
    ...(facts.deltas === null ? [] : deltaLines(facts.deltas)),
    ...installedLines(report),
    `### Sketches (${plural(t.warnings, 'warning')} in the sketches that built)`,
    '',
    ...table(
      ['sketch', 'result', 'flash', 'RAM', 'warnings', 'units built / from store / shared', 'link', 's'],
      report.sketches.map(sketchRow)
    )
  ]
  return `${lines.join('\n')}\n`
}

export interface SaveFacts {
  /** Entries the post step removed because this job did not use them, or to fit max-store-size. */
  evictedEntries: number
  evictedBytes: number
}

export function saveSummary(
  saved: { key: string; seconds: number; bytes: number } | { skipped: string },
  trimmed: SaveFacts | null = null
): string {
  const eviction =
    trimmed === null || trimmed.evictedEntries === 0
      ? ''
      : ` Evicted ${trimmed.evictedEntries === 1 ? '1 entry' : `${trimmed.evictedEntries} entries`} (${megabytes(trimmed.evictedBytes)}) this job did not use or that did not fit \`max-store-size\`.`
  return 'skipped' in saved
    ? `**Cache save:** skipped: ${saved.skipped}.${eviction}\n`
    : `**Cache save:** saved \`${saved.key}\`, ${megabytes(saved.bytes)} in ${seconds(saved.seconds)}.${eviction}\n`
}
