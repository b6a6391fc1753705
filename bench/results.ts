/**
 * The shape of a benchmark run as stored in bench/results/*.json, and the pure arithmetic over it:
 * medians, spreads, ratios and the summary tables printed to stdout and written to docs/BENCHMARKS.md.
 */

/** What one scenario produced in one repetition. */
export interface Measurement {
  /** Wall time of the timed part only (prepare() is not counted). */
  seconds: number
  /** Sketches that produced a .hex, out of `total`. */
  built: number
  total: number
  /** The sketches that did not build, as the scenario names them. */
  failed: string[]
  /** Scenario-specific counters, e.g. our report's totals (units, compiled, shared, compilerInvocations). */
  details: Record<string, number>
}

export interface Spread {
  median: number
  min: number
  max: number
}

export interface ScenarioResult {
  name: string
  description: string
  runs: Measurement[]
  seconds: Spread
}

/** `numerator` seconds / `denominator` seconds: the median of the per-repetition ratios, and their range. */
export interface RatioResult {
  numerator: string
  denominator: string
  ratio: Spread
}

export interface MachineFacts {
  cpuModel: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  avrGcc: string
  arduinoBuilder: string
  /** 1/5/15-minute load averages when the run started and when it ended. */
  loadBefore: number[]
  loadAfter: number[]
}

export interface BenchResults {
  schema: 1
  date: string
  commit: string
  options: { runs: number; quick: boolean; fqbn: string; jobs: number; sketches: number; cli: string }
  machine: MachineFacts
  scenarios: ScenarioResult[]
  ratios: RatioResult[]
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? NaN
  const lower = sorted.length % 2 === 1 ? upper : (sorted[middle - 1] ?? NaN)
  return (lower + upper) / 2
}

/** Rounded to 1/1000: more digits would be noise. */
export function spreadOf(values: readonly number[]): Spread {
  const round = (value: number): number => Math.round(value * 1000) / 1000
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) }
}

export function summarizeScenario(name: string, description: string, runs: Measurement[]): ScenarioResult {
  return { name, description, runs, seconds: spreadOf(runs.map(run => run.seconds)) }
}

/** Ratios pair repetition i of one scenario with repetition i of the other, so both saw the same noise. */
export function ratioOf(
  scenarios: readonly ScenarioResult[],
  numeratorName: string,
  denominatorName: string
): RatioResult {
  const find = (name: string): ScenarioResult => {
    const found = scenarios.find(scenario => scenario.name === name)
    if (found === undefined) throw new Error(`ratio names an unknown scenario "${name}"`)
    return found
  }
  const numerator = find(numeratorName)
  const denominator = find(denominatorName)
  const ratios = numerator.runs.map((run, i) => {
    const other = denominator.runs[i]
    if (other === undefined) throw new Error(`${denominator.name} has no repetition ${i + 1}`)
    return run.seconds / other.seconds
  })
  return { numerator: numerator.name, denominator: denominator.name, ratio: spreadOf(ratios) }
}

/** Repetition `rep` runs the scenarios forwards when even and backwards when odd (ABBA...), to spread drift. */
export function orderFor<T>(items: readonly T[], rep: number): T[] {
  return rep % 2 === 0 ? [...items] : [...items].reverse()
}

const seconds = (value: number): string => `${value.toFixed(1)} s`
const times = (value: number): string => `${value.toFixed(2)}x`

function builtOf(scenario: ScenarioResult): string {
  const built = Math.min(...scenario.runs.map(run => run.built))
  const total = Math.max(...scenario.runs.map(run => run.total))
  return `${built}/${total}`
}

/** Rows of the summary: scenario, median, min, max, sketches built (worst repetition). */
export function summaryRows(results: BenchResults): string[][] {
  return results.scenarios.map(scenario => [
    scenario.name,
    seconds(scenario.seconds.median),
    seconds(scenario.seconds.min),
    seconds(scenario.seconds.max),
    builtOf(scenario)
  ])
}

const summaryHeader = ['scenario', 'median', 'min', 'max', 'built']

function ratioLine(ratio: RatioResult): string {
  const { median, min, max } = ratio.ratio
  return `${ratio.numerator} / ${ratio.denominator}: ${times(median)} (min ${times(min)}, max ${times(max)})`
}

/** The plain-text table printed at the end of a run. */
export function textSummary(results: BenchResults): string {
  const lines = padColumns([summaryHeader, ...summaryRows(results)]).map(row => row.join('  ').trimEnd())
  return [...lines, ...results.ratios.map(ratioLine)].join('\n')
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

/** The counters a scenario recorded, as medians over its repetitions. */
function detailRows(results: BenchResults): string[][] {
  return results.scenarios.flatMap(scenario => {
    const keys = Object.keys(scenario.runs[0]?.details ?? {})
    if (keys.length === 0) return []
    const values = keys.map(key => `${key} ${median(scenario.runs.map(run => run.details[key] ?? 0))}`)
    return [[scenario.name, values.join(', ')]]
  })
}

const intro = `# Benchmarks

How long fbuild-action takes to build a corpus of real sketches, measured against the Arduino IDE's own
build engine (arduino-builder) on the same machine, toolchain (Debian avr-gcc 5.4) and platform (Debian
Arduino AVR core 1.8.7), with the same build properties.

Each repetition runs every scenario once, in alternating order (forwards, then backwards, ...) so that
machine noise spreads over all of them. Times are wall-clock seconds for the whole corpus: the median over
the repetitions, with the fastest and slowest. A ratio is the median of the per-repetition ratios.

This file is generated by \`npm run bench\` (bench/run.ts) from bench/results/latest.json; edit the
generator, not this file. See bench/README.md for how to run it and what each scenario does.`

/** A 1-minute load average above the core count means other work competed with the benchmark. */
function busy(machine: MachineFacts): boolean {
  return Math.max(machine.loadBefore[0] ?? 0, machine.loadAfter[0] ?? 0) > machine.cores
}

const busyNote =
  '> The machine was busy during this run (load average above its core count, see Machine below): ' +
  'treat the times as rough and look at the spread.'

export function markdownReport(results: BenchResults, chartFile: string): string {
  const { machine, options } = results
  const scenarios = results.scenarios.map(scenario => `- **${scenario.name}**: ${scenario.description}`)
  const details = detailRows(results)
  return [
    intro,
    `## Latest run`,
    `${results.date.slice(0, 16).replace('T', ' ')} UTC, commit \`${results.commit}\`, ${options.runs} repetition(s)` +
      `${options.quick ? ' (quick mode: a sample of the corpus)' : ''}, ${options.sketches} sketches, ` +
      `\`${options.fqbn}\`, ${options.jobs} parallel jobs per side, our CLI from \`${options.cli}\`.`,
    ...(busy(machine) ? [busyNote] : []),
    `![benchmark chart](${chartFile})`,
    markdownTable(summaryHeader, summaryRows(results)),
    results.ratios.map(ratio => `- ${ratioLine(ratio)}`).join('\n'),
    scenarios.join('\n'),
    ...(details.length === 0 ? [] : [markdownTable(['scenario', 'counters (median)'], details)]),
    `## Machine`,
    [
      `- CPU: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB RAM, ${machine.os}`,
      `- Node ${machine.node}; ${machine.avrGcc}; ${machine.arduinoBuilder}`,
      `- Load average (1/5/15 min): ${machine.loadBefore.join(' / ')} before, ${machine.loadAfter.join(' / ')} after`
    ].join('\n')
  ].join('\n\n')
}
