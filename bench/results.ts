/**
 * The shape of a benchmark run as stored in bench/results/*.json, and the pure arithmetic over it:
 * medians, spreads, ratios and targets (bench/report.ts turns them into text).
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
  /** A warm run only: the sketches that compiled or linked anything (each is a cache bug). */
  warmDefects?: WarmDefect[]
}

/** A sketch of a warm run that was not served entirely from the store, as the report says. */
export interface WarmDefect {
  sketch: string
  units: number
  hits: number
  misses: number
  shared: number
  uncacheable: number
  missReasons: Record<string, number | undefined>
  link: string
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
  /** Absent in results from before the SAMD corpus. */
  armGcc?: string
  arduinoBuilder: string
  ccache: string
  /** 1/5/15-minute load averages when the run started and when it ended. */
  loadBefore: number[]
  loadAfter: number[]
}

/** A goal on a ratio: met when the ratio's median is at most `limit`. */
export interface TargetResult {
  label: string
  numerator: string
  denominator: string
  limit: number
  median: number | null
  met: boolean
}

/** The run a suite was measured in (latest.json keeps each corpus's newest run: mergeLatest). */
export interface SuiteRun {
  date: string
  commit: string
  runs: number
  quick: boolean
  cli: string
  /** 1-minute load average before and after that run. */
  load: [number, number]
}

/** One corpus: its scenarios, ratios and targets. */
export interface SuiteResult {
  corpus: string
  /** The FQBN its sketches were built for, when not the run's (`arduino:samd:mkrzero`). */
  fqbn?: string
  /** Set in latest.json; absent in a run's own file and in results from before it existed. */
  measured?: SuiteRun
  title: string
  description: string
  facts: Record<string, number | string>
  scenarios: ScenarioResult[]
  ratios: RatioResult[]
  targets: TargetResult[]
}

export interface BenchResults {
  schema: 2
  date: string
  commit: string
  options: { runs: number; quick: boolean; fqbn: string; jobs: number; cli: string; corpora: string[] }
  machine: MachineFacts
  suites: SuiteResult[]
  /** Wall seconds of the whole benchmark, setup included. */
  totalSeconds: number
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? NaN
  const lower = sorted.length % 2 === 1 ? upper : (sorted[middle - 1] ?? NaN)
  return (lower + upper) / 2
}

/** Rounded to 1/1000 (seconds: more digits would be noise), or to `scale` for small ratios. */
export function spreadOf(values: readonly number[], scale = 1000): Spread {
  const round = (value: number): number => Math.round(value * scale) / scale
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
  return { numerator: numerator.name, denominator: denominator.name, ratio: spreadOf(ratios, 10000) }
}

/** Repetition `rep` runs the scenarios forwards when even and backwards when odd (ABBA...), to spread drift. */
export function orderFor<T>(items: readonly T[], rep: number): T[] {
  return rep % 2 === 0 ? [...items] : [...items].reverse()
}

/** A target as the issue states it: `numerator / denominator <= limit`, judged on the median ratio. */
export interface Target {
  label: string
  numerator: string
  denominator: string
  limit: number
}

export function judgeTargets(targets: readonly Target[], ratios: readonly RatioResult[]): TargetResult[] {
  return targets.map(target => {
    const ratio = ratios.find(r => r.numerator === target.numerator && r.denominator === target.denominator)
    const median = ratio?.ratio.median ?? null
    return { ...target, median, met: median !== null && median <= target.limit }
  })
}

export function suiteRunOf(results: BenchResults): SuiteRun {
  const { options, machine } = results
  return {
    date: results.date,
    commit: results.commit,
    runs: options.runs,
    quick: options.quick,
    cli: options.cli,
    load: [machine.loadBefore[0] ?? 0, machine.loadAfter[0] ?? 0]
  }
}

/**
 * latest.json after a run: the run, plus the corpora it did not measure as the previous latest.json
 * had them, each suite stamped with the run it comes from. So `--corpus samd` adds its figures to
 * the docs without dropping the AVR corpora's, and a full run replaces them all. Order: the previous
 * file's, new corpora last.
 */
export function mergeLatest(previous: BenchResults | null, current: BenchResults): BenchResults {
  const stamp = (suite: SuiteResult, from: BenchResults): SuiteResult => ({
    ...suite,
    measured: suite.measured ?? suiteRunOf(from)
  })
  const fresh = new Map(current.suites.map(suite => [suite.corpus, stamp(suite, current)]))
  const suites =
    previous === null ? [] : previous.suites.map(suite => fresh.get(suite.corpus) ?? stamp(suite, previous))
  const added = [...fresh.values()].filter(suite => !suites.some(kept => kept.corpus === suite.corpus))
  return { ...current, suites: [...suites, ...added] }
}
