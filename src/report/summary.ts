/**
 * The job summary: totals, the cache keys used, a table per sketch, and a chart of where the time
 * went (a Mermaid pie, which GitHub renders in job summaries). Pure: markdown in, markdown out.
 */
import { hitRate, type Report } from './report.js'

export interface CacheFacts {
  primaryKey: string
  matchedKey: string | null
  restoreSeconds: number
  restoredBytes: number
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function percent(rate: number | null): string {
  return rate === null ? 'n/a' : `${rate}%`
}

function row(cells: (string | number)[]): string {
  return `| ${cells.map(cell => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`
}

/** Where the build's wall time went, summed over sketches' phases, plus the restore. */
function timeChart(report: Report, cache: CacheFacts | null): string {
  const phases: Record<string, number> = { restore: cache?.restoreSeconds ?? 0 }
  for (const sketch of report.sketches) {
    for (const [phase, seconds] of Object.entries(sketch.phases))
      phases[phase] = (phases[phase] ?? 0) + (seconds ?? 0)
  }
  const slices = Object.entries(phases)
    .filter(([, seconds]) => seconds > 0)
    .map(([phase, seconds]) => `    "${phase}" : ${seconds.toFixed(2)}`)
  if (slices.length === 0) return ''
  return [
    '```mermaid',
    'pie showData title Where the time went (seconds, summed over sketches)',
    ...slices,
    '```'
  ].join('\n')
}

export function buildSummary(report: Report, cache: CacheFacts | null): string {
  const t = report.totals
  const lines = [
    `## fbuild-action: ${t.sketches - t.failed}/${t.sketches} sketches built for \`${report.fqbn}\``,
    '',
    row([
      'units',
      'cache hits',
      'compiled',
      'shared in run',
      'hit rate',
      'compiler runs',
      'links from cache',
      'compile s',
      'wall s'
    ]),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---']),
    row([
      t.units,
      t.hits,
      t.misses,
      t.shared,
      percent(hitRate(t)),
      t.compilerInvocations,
      `${t.linkHits}/${t.linkHits + t.linkMisses}`,
      t.compileSeconds.toFixed(1),
      t.wallSeconds.toFixed(1)
    ]),
    ''
  ]
  if (cache !== null) {
    lines.push(
      `Cache: restored ${cache.matchedKey === null ? 'nothing (cold)' : `\`${cache.matchedKey}\``} ` +
        `in ${cache.restoreSeconds.toFixed(1)} s (${megabytes(cache.restoredBytes)}); primary key \`${cache.primaryKey}\`.`,
      ''
    )
  }
  const chart = timeChart(report, cache)
  if (chart !== '') lines.push(chart, '')
  lines.push(
    row(['sketch', 'result', 'flash', 'RAM', 'unit hits', 'link']),
    row(['---', '---', '---', '---', '---', '---'])
  )
  for (const sketch of report.sketches) {
    lines.push(
      row([
        sketch.path,
        sketch.ok ? 'ok' : `failed: ${(sketch.error ?? '').split('\n')[0] ?? ''}`,
        sketch.sizes === null ? '' : sketch.sizes.flash,
        sketch.sizes === null ? '' : sketch.sizes.ram,
        `${sketch.units.hits}/${sketch.units.total - sketch.units.shared}`,
        sketch.link
      ])
    )
  }
  return `${lines.join('\n')}\n`
}

export function saveSummary(
  saved: { key: string; seconds: number; bytes: number } | { skipped: string }
): string {
  return 'skipped' in saved
    ? `Cache save skipped: ${saved.skipped}.\n`
    : `Cache saved as \`${saved.key}\` in ${saved.seconds.toFixed(1)} s (${megabytes(saved.bytes)}).\n`
}
