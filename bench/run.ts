/**
 * `npm run bench [-- --runs N] [--quick] [--cli dist|src] [--docs-only]`: runs the benchmark suite,
 * writes bench/results/<date>-<commit>.json and latest.json, regenerates docs/BENCHMARKS.md and
 * docs/benchmarks.svg from latest.json, and prints a summary.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { renderChart } from './chart.js'
import {
  markdownReport,
  orderFor,
  ratioOf,
  summarizeScenario,
  textSummary,
  type BenchResults,
  type MachineFacts,
  type Measurement
} from './results.js'
import { coldCorpusSuite, type BenchContext } from './scenarios.js'
import { ORACLE_DEFAULT_PREFS } from '../__tests__/helpers/arduinoBuilder.js'
import {
  corpusExamplesDir,
  listSketches,
  platformLibraryExamples,
  repoDir
} from '../__tests__/helpers/corpus.js'

const resultsDir = path.join(repoDir, 'bench', 'results')
const workRoot = path.join(resultsDir, 'tmp')
const docsDir = path.join(repoDir, 'docs')
const fqbn = 'arduino:avr:uno'
const jobs = 2
/** Quick mode builds every tenth sketch: about ten, spread over the folders and the library examples. */
const quickStride = 10

interface Options {
  runs: number
  quick: boolean
  cli: 'dist' | 'src'
  docsOnly: boolean
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '3' },
      quick: { type: 'boolean', default: false },
      cli: { type: 'string', default: 'dist' },
      'docs-only': { type: 'boolean', default: false }
    }
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs "${values.runs}": expected a positive whole number`)
  if (values.cli !== 'dist' && values.cli !== 'src')
    throw new Error(`--cli "${values.cli}": expected dist or src`)
  return { runs, quick: values.quick, cli: values.cli, docsOnly: values['docs-only'] }
}

/** The argv that starts our CLI: the bundle as published (checked to be newer than src/), or the sources via tsx. */
async function cliCommand(kind: 'dist' | 'src'): Promise<string[]> {
  if (kind === 'src') return [process.execPath, '--import', 'tsx', path.join(repoDir, 'src', 'cli.ts')]
  const bundle = path.join(repoDir, 'dist', 'cli', 'index.js')
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing: run \`npm run package\` first (or pass --cli src)`)
  const sources = await readdir(path.join(repoDir, 'src'), { recursive: true })
  const newest = Math.max(...sources.map(file => statSync(path.join(repoDir, 'src', file)).mtimeMs))
  if (newest > (await stat(bundle)).mtimeMs) {
    process.stderr.write(
      'warning: src/ is newer than dist/cli/index.js; run `npm run package` to bench the current code\n'
    )
  }
  return [process.execPath, path.join(repoDir, 'bin', 'fbuild-action.js')]
}

function corpusSketches(quick: boolean): string[] {
  const all = [...listSketches(corpusExamplesDir()), ...platformLibraryExamples()]
  return quick ? all.filter((_, i) => i % quickStride === 0) : all
}

function firstLine(argv: string[]): string {
  try {
    const [command = '', ...args] = argv
    return execFileSync(command, args, { encoding: 'utf8' }).split('\n')[0]?.trim() ?? ''
  } catch {
    return 'unknown'
  }
}

function loadAverage(): number[] {
  return os.loadavg().map(load => Math.round(load * 100) / 100)
}

function machineFacts(loadBefore: number[]): MachineFacts {
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    avrGcc: firstLine(['avr-gcc', '--version']),
    arduinoBuilder: firstLine(['arduino-builder', '-version']),
    loadBefore,
    loadAfter: loadAverage()
  }
}

/** Short commit, `-dirty` when the tree has changes; `uncommitted` before the first commit. */
function commitLabel(): string {
  const sha = firstLine(['git', '-C', repoDir, 'rev-parse', '--short', 'HEAD'])
  if (sha === 'unknown') return 'uncommitted'
  return firstLine(['git', '-C', repoDir, 'status', '--porcelain']) === '' ? sha : `${sha}-dirty`
}

function describe(measurement: Measurement): string {
  const failed =
    measurement.failed.length === 0 ? '' : `, failed: ${measurement.failed.slice(0, 5).join(' ')}`
  return `${measurement.seconds.toFixed(1)} s, ${measurement.built}/${measurement.total} built${failed}`
}

async function runSuite(options: Options): Promise<BenchResults> {
  const loadBefore = loadAverage()
  const date = new Date().toISOString()
  const ctx: BenchContext = {
    sketches: corpusSketches(options.quick),
    fqbn,
    jobs,
    buildProperties: ORACLE_DEFAULT_PREFS,
    cli: await cliCommand(options.cli)
  }
  const suite = coldCorpusSuite(ctx)
  const measured = suite.scenarios.map(scenario => ({ scenario, runs: [] as Measurement[] }))
  for (let rep = 0; rep < options.runs; rep++) {
    for (const { scenario, runs } of orderFor(measured, rep)) {
      const workDir = path.join(workRoot, scenario.name.replace(/[^a-z0-9]+/gi, '-'))
      await rm(workDir, { recursive: true, force: true })
      await mkdir(workDir, { recursive: true })
      await scenario.prepare(workDir)
      const measurement = await scenario.run(workDir)
      await rm(workDir, { recursive: true, force: true })
      runs.push(measurement)
      process.stderr.write(`[${rep + 1}/${options.runs}] ${scenario.name}: ${describe(measurement)}\n`)
    }
  }
  const scenarios = measured.map(({ scenario, runs }) =>
    summarizeScenario(scenario.name, scenario.description, runs)
  )
  return {
    schema: 1,
    date,
    commit: commitLabel(),
    options: {
      runs: options.runs,
      quick: options.quick,
      fqbn,
      jobs,
      sketches: ctx.sketches.length,
      cli: options.cli
    },
    machine: machineFacts(loadBefore),
    scenarios,
    ratios: suite.ratios.map(({ numerator, denominator }) => ratioOf(scenarios, numerator, denominator))
  }
}

async function saveResults(results: BenchResults): Promise<void> {
  await mkdir(resultsDir, { recursive: true })
  const stamp = results.date.slice(0, 16).replace(/:/g, '')
  const json = `${JSON.stringify(results, null, 2)}\n`
  await writeFile(path.join(resultsDir, `${stamp}-${results.commit}.json`), json)
  await writeFile(path.join(resultsDir, 'latest.json'), json)
}

/** docs/BENCHMARKS.md and docs/benchmarks.svg, always from latest.json so the docs match a stored run. */
async function writeDocs(): Promise<BenchResults> {
  const results = JSON.parse(await readFile(path.join(resultsDir, 'latest.json'), 'utf8')) as BenchResults
  const title = `${results.options.sketches} sketches, ${results.options.fqbn}, ${results.options.runs} run(s)`
  await mkdir(docsDir, { recursive: true })
  await writeFile(path.join(docsDir, 'benchmarks.svg'), renderChart(results.scenarios, title))
  await writeFile(path.join(docsDir, 'BENCHMARKS.md'), `${markdownReport(results, 'benchmarks.svg')}\n`)
  return results
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  if (!options.docsOnly) await saveResults(await runSuite(options))
  process.stdout.write(`${textSummary(await writeDocs())}\n`)
}

await main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
