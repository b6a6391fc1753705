/**
 * The benchmark results as text: the summary printed at the end of a run and docs/BENCHMARKS.md.
 * Pure functions of a stored BenchResults.
 */
import {
  median,
  type BenchResults,
  type MachineFacts,
  type RatioResult,
  type ScenarioResult,
  type SuiteResult,
  type SuiteRun,
  type TargetResult
} from './results.js'
import { NAMES } from './scenarios.js'

const seconds = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} s`
const times = (value: number): string => `${value.toFixed(value < 0.1 ? 4 : 2)}x`
const ms = (value: number): string => `${(value * 1000).toFixed(1)} ms`

function builtOf(scenario: ScenarioResult): string {
  const total = Math.max(...scenario.runs.map(run => run.total))
  if (total === 0) return '-'
  return `${Math.min(...scenario.runs.map(run => run.built))}/${total}`
}

const summaryHeader = ['scenario', 'median', 'min', 'max', 'built']

function summaryRows(suite: SuiteResult): string[][] {
  return suite.scenarios.map(scenario => [
    scenario.name,
    seconds(scenario.seconds.median),
    seconds(scenario.seconds.min),
    seconds(scenario.seconds.max),
    builtOf(scenario)
  ])
}

function ratioLine(ratio: RatioResult): string {
  const { median: mid, min, max } = ratio.ratio
  return `${ratio.numerator} / ${ratio.denominator}: ${times(mid)} (min ${times(min)}, max ${times(max)})`
}

function targetLine(target: TargetResult): string {
  const reached = target.median === null ? 'not measured' : `${(target.median * 100).toFixed(1)}%`
  return `${target.met ? 'PASS' : 'FAIL'} ${target.label}: ${reached} (limit ${(target.limit * 100).toFixed(0)}%)`
}

/** Every cell padded to its column's width (at least 3, for a markdown delimiter row). */
function padColumns(rows: string[][]): string[][] {
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(3, ...rows.map(row => (row[column] ?? '').length))
  )
  return rows.map(row => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)))
}

/** Laid out as Prettier would, so `prettier --check` accepts the generated file. */
function markdownTable(header: string[], rows: string[][]): string {
  const [paddedHeader = [], ...paddedRows] = padColumns([header, ...rows])
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  const delimiter = paddedHeader.map(cell => '-'.repeat(cell.length))
  return [line(paddedHeader), line(delimiter), ...paddedRows.map(line)].join('\n')
}

/** The plain-text summary printed at the end of a run. */
export function textSummary(results: BenchResults): string {
  return results.suites
    .map(suite => {
      const table = padColumns([summaryHeader, ...summaryRows(suite)]).map(row => row.join('  ').trimEnd())
      return [
        `== ${suite.title}`,
        ...table,
        ...suite.ratios.map(ratioLine),
        ...suite.targets.map(targetLine),
        ...warmDefectLines(suite)
      ].join('\n')
    })
    .join('\n\n')
}

const find = (suite: SuiteResult, name: string): ScenarioResult | undefined =>
  suite.scenarios.find(scenario => scenario.name === name)

const medianDetail = (scenario: ScenarioResult, key: string): number =>
  median(scenario.runs.map(run => run.details[key] ?? 0))

/** The counters a scenario recorded, as medians over its repetitions. */
function detailRows(suite: SuiteResult): string[][] {
  return suite.scenarios.flatMap(scenario => {
    const keys = Object.keys(scenario.runs[0]?.details ?? {}).filter(key => !key.endsWith('Seconds'))
    if (keys.length === 0) return []
    return [[scenario.name, keys.map(key => `${key} ${medianDetail(scenario, key)}`).join(', ')]]
  })
}

/** Where the warm run's time goes: process floor, engine, and the per-sketch phases. */
function warmBreakdown(suite: SuiteResult): string[] {
  const warm = find(suite, NAMES.warm)
  const floor = find(suite, NAMES.nodeFloor)
  if (warm === undefined) return []
  const sketches = Math.max(1, ...warm.runs.map(run => run.built))
  const engine = medianDetail(warm, 'engineSeconds')
  const rows = [
    ['whole process (wall)', seconds(warm.seconds.median), ms(warm.seconds.median / sketches)],
    ...(floor === undefined
      ? []
      : [['node start + bundle load (`--help`)', seconds(floor.seconds.median), '-']]),
    ['engine (report wallSeconds)', seconds(engine), ms(engine / sketches)],
    ['rest: start, arguments, toolchain identity, report', seconds(warm.seconds.median - engine), '-'],
    ...(['prepare', 'detect', 'units', 'link'] as const).map(phase => {
      const sum = medianDetail(warm, `${phase}Seconds`)
      return [`phase ${phase} (sum over sketches)`, seconds(sum), ms(sum / sketches)]
    })
  ]
  return [
    `Where the warm-relocated time goes (medians; phases are summed over the sketches, which run ` +
      `${'in parallel'}, so their sum can exceed the wall time):`,
    markdownTable(['part', 'seconds', 'per sketch'], rows)
  ]
}

/** Both warm runs: each must start no compiler, preprocessor or linker. */
function warmDefectLines(suite: SuiteResult): string[] {
  return [NAMES.warmSame, NAMES.warm].flatMap(name => {
    const warm = find(suite, name)
    return warm === undefined ? [] : warmDefectLinesOf(warm)
  })
}

function warmDefectLinesOf(warm: ScenarioResult): string[] {
  const defects = warm.runs.flatMap((run, rep) =>
    (run.warmDefects ?? []).map(defect => ({ rep: rep + 1, ...defect }))
  )
  // The engine's own counters, and (bench/processCount.ts) the processes counted outside it.
  const processes = (run: (typeof warm.runs)[number]): number =>
    (run.details.compilerInvocations ?? 0) +
    (run.details.preprocessorInvocations ?? 0) +
    (run.details.linkerInvocations ?? 0) +
    (run.details.spawnedCompile ?? 0) +
    (run.details.spawnedPreprocess ?? 0) +
    (run.details.spawnedLink ?? 0) +
    (run.details.spawnedTools ?? 0)
  const spawned = (run: (typeof warm.runs)[number]): string =>
    run.details.spawnedCompile === undefined
      ? ''
      : `; counted outside the engine: compile ${run.details.spawnedCompile}, preprocess ` +
        `${run.details.spawnedPreprocess}, link ${run.details.spawnedLink}, ar/objcopy/size ${run.details.spawnedTools}`
  const counters = warm.runs.map(
    run =>
      `compiler ${run.details.compilerInvocations}, preprocessor ${run.details.preprocessorInvocations}, ` +
      `linker ${run.details.linkerInvocations}, link hits ${run.details.linkHits} (failed links included)` +
      spawned(run)
  )
  const noProcesses = warm.runs.every(run => processes(run) === 0)
  if (defects.length === 0 && noProcesses)
    return [
      `${warm.name}: fully warm: no compiler, preprocessor or linker process; every unit, link and failure ` +
        `(${[...new Set(warm.runs.map(run => run.failed.length))].join('/')} sketches that do not build ` +
        `on this board) served from the store (per run: ${counters.join('; ')}).`
    ]
  if (defects.length === 0)
    return [
      `${warm.name}: NOT FULLY WARM (a cache bug): no sketch compiled or linked, yet processes ran ` +
        `(${counters.join('; ')}).`
    ]
  return [
    `${warm.name}: compiled or linked: ${defects.length} sketch result(s), each a cache bug; per run: ` +
      `${counters.join('; ')}\n`,
    ...defects
      .slice(0, 40)
      .map(
        d =>
          `- run ${d.rep} ${d.sketch}: units ${d.hits}/${d.units} hits, ${d.misses} misses, ${d.shared} shared, ` +
          `${d.uncacheable} uncacheable, missReasons ${JSON.stringify(d.missReasons)}, link ${d.link}`
      ),
    ...(defects.length > 40 ? [`- ... and ${defects.length - 40} more (see the results JSON)`] : [])
  ]
}

function factsLine(suite: SuiteResult): string {
  return Object.entries(suite.facts)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ')
}

function runLine(run: SuiteRun): string {
  return (
    `${run.date.slice(0, 16).replace('T', ' ')} UTC, commit \`${run.commit}\`, ${run.runs} repetition(s)` +
    `${run.quick ? ' (quick mode: a sample of the corpus)' : ''}, our CLI from \`${run.cli}\`, ` +
    `load average ${run.load[0]} before, ${run.load[1]} after`
  )
}

function suiteSection(suite: SuiteResult, latest: BenchResults): string[] {
  const details = detailRows(suite)
  const earlier = suite.measured !== undefined && suite.measured.date !== latest.date
  return [
    `## ${suite.title}`,
    ...(earlier && suite.measured !== undefined
      ? [`Measured in an earlier run than the one above: ${runLine(suite.measured)}.`]
      : []),
    `${suite.description}${suite.fqbn === undefined ? '' : `, \`${suite.fqbn}\``}. Sizes: ${factsLine(suite)}.`,
    `### Targets`,
    suite.targets.map(target => `- ${targetLine(target)}`).join('\n'),
    markdownTable(summaryHeader, summaryRows(suite)),
    suite.ratios.map(ratio => `- ${ratioLine(ratio)}`).join('\n'),
    ...warmBreakdown(suite),
    warmDefectLines(suite).join('\n\n'),
    suite.scenarios.map(scenario => `- **${scenario.name}**: ${scenario.description}`).join('\n'),
    ...(details.length === 0 ? [] : [markdownTable(['scenario', 'counters (median)'], details)])
  ]
}

const intro = `# Benchmarks

How long fbuild-action takes to build three AVR corpora of sketches (and any library's examples, with
\`npm run bench -- --library DIR\`) cold, warm after its cache moved to another checkout path, and
with \`--no-cache\`, against ccache as the compiler launcher (configured
for relocation) and, on the Debian corpus, the Arduino IDE's own build engine (arduino-builder). All on
the same machine, toolchain (Debian avr-gcc 5.4) and platform (Debian Arduino AVR core 1.8.7), with the
same build properties, \`arduino:avr:uno\`. A fourth corpus, on request (\`--corpus samd\`, not in the
default set: it adds about 15 minutes), builds ARM sketches for \`arduino:samd:mkrzero\` with Arduino
SAMD Boards 1.8.14 and Debian's arm-none-eabi-gcc 12.2, against arduino-builder too.

Every run of our CLI goes through a toolchain folder of counting wrappers, so the compiler,
preprocessor and linker processes each scenario started are counted outside the engine (the
\`spawned*\` counters) beside the engine's own report.

Each repetition runs every scenario group once (a warm run follows the cold run that filled its
cache), in alternating order so that machine noise spreads over all of them. Times are wall-clock
seconds for the whole corpus: the median over the repetitions, with the fastest and slowest. A ratio is
the median of the per-repetition ratios; a target passes when that median is within its limit.

This file is generated by \`npm run bench\` (bench/run.ts) from bench/results/latest.json, which
keeps each corpus's newest run (a \`--corpus samd\` run replaces the SAMD section only); edit the
generator (bench/report.ts), not this file. See bench/README.md for how to run it.`

/** A 1-minute load average above the core count means other work competed with the benchmark. */
function busy(machine: MachineFacts): boolean {
  return Math.max(machine.loadBefore[0] ?? 0, machine.loadAfter[0] ?? 0) > machine.cores
}

const busyNote =
  '> The machine was busy during this run (load average above its core count, see Machine below): ' +
  'treat the times as rough and look at the spread.'

export function markdownReport(results: BenchResults, chartFile: string): string {
  const { machine, options } = results
  return [
    intro,
    `## Latest run`,
    `${results.date.slice(0, 16).replace('T', ' ')} UTC, commit \`${results.commit}\`, ${options.runs} repetition(s)` +
      `${options.quick ? ' (quick mode: a sample of each corpus)' : ''}, corpora ${options.corpora.join(', ')}, ` +
      `${options.jobs} parallel jobs, our CLI from \`${options.cli}\`; the whole benchmark took ` +
      `${Math.round(results.totalSeconds / 60)} min.`,
    ...(busy(machine) ? [busyNote] : []),
    `![benchmark chart](${chartFile})`,
    ...results.suites.flatMap(suite => suiteSection(suite, results)),
    `## Machine`,
    [
      `- CPU: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.os}`,
      `- Node ${machine.node}; ${machine.avrGcc}; ${machine.armGcc === undefined ? '' : `${machine.armGcc}; `}` +
        `${machine.arduinoBuilder}; ${machine.ccache}`,
      `- Load average (1/5/15 min): ${machine.loadBefore.join(' / ')} before, ${machine.loadAfter.join(' / ')} after`
    ].join('\n')
  ].join('\n\n')
}
