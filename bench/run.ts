/**
 * `npm run bench [-- --runs N] [--quick] [--corpus debian,large,libraries,samd] [--library DIR ...]
 * [--cli dist|src] [--docs-only]`: runs
 * the benchmark suites (one per corpus), writes bench/results/<date>-<commit>.json and latest.json,
 * regenerates docs/BENCHMARKS.md and docs/benchmarks.svg from latest.json, and prints a summary.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ccacheVersion } from './ccache.js'
import { renderChart } from './chart.js'
import {
  debianCorpus,
  largeCorpus,
  samdBenchCorpus,
  realLibrariesCorpus,
  userLibrariesCorpus,
  type Corpus
} from './corpora.js'
import { markdownReport, textSummary } from './report.js'
import {
  judgeTargets,
  mergeLatest,
  orderFor,
  ratioOf,
  summarizeScenario,
  type BenchResults,
  type MachineFacts,
  type Measurement,
  type SuiteResult
} from './results.js'
import { cacheSuite, type BenchContext, type Scenario } from './scenarios.js'
import { repoDir } from '../__tests__/helpers/corpus.js'

const resultsDir = path.join(repoDir, 'bench', 'results')
const workRoot = path.join(resultsDir, 'tmp')
const docsDir = path.join(repoDir, 'docs')
const fqbn = 'arduino:avr:uno'
const jobs = 2
const CORPORA = ['debian', 'large', 'libraries', 'samd']
/**
 * Without --corpus: the AVR corpora. samd is on request (`--corpus samd`, about 15 more minutes on 2
 * cores): it measures another platform, not the cache at another scale, and latest.json keeps its
 * figures beside the default run's (results.ts mergeLatest).
 */
const DEFAULT_CORPORA = ['debian', 'large', 'libraries']

interface Options {
  runs: number
  quick: boolean
  corpora: string[]
  /** `--library DIR` (repeatable): those libraries' examples, as the only corpus unless --corpus is given too. */
  libraries: string[]
  cli: 'dist' | 'src'
  docsOnly: boolean
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '3' },
      quick: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      library: { type: 'string', multiple: true, default: [] },
      cli: { type: 'string', default: 'dist' },
      'docs-only': { type: 'boolean', default: false }
    }
  })
  const runs = Number(values.runs)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs "${values.runs}": expected a positive whole number`)
  if (values.cli !== 'dist' && values.cli !== 'src')
    throw new Error(`--cli "${values.cli}": expected dist or src`)
  const libraries = values.library
  for (const dir of libraries) {
    if (!existsSync(path.join(dir, 'examples')))
      throw new Error(`--library "${dir}": expected a library folder with an examples/ folder`)
  }
  const corpusList = values.corpus ?? (libraries.length > 0 ? '' : DEFAULT_CORPORA.join(','))
  const corpora = corpusList.split(',').filter(name => name !== '')
  const unknown = corpora.find(name => !CORPORA.includes(name))
  if (unknown !== undefined || corpora.length + libraries.length === 0)
    throw new Error(`--corpus "${corpusList}": expected a comma-separated list of ${CORPORA.join(', ')}`)
  return { runs, quick: values.quick, corpora, libraries, cli: values.cli, docsOnly: values['docs-only'] }
}

/** The argv that starts our CLI: the bundle as published (checked to be newer than src/), or the sources via tsx. */
async function cliCommand(kind: 'dist' | 'src'): Promise<string[]> {
  if (kind === 'src')
    return [process.execPath, '--import', 'tsx', path.join(repoDir, 'src', 'cli', 'index.ts')]
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

async function machineFacts(loadBefore: number[]): Promise<MachineFacts> {
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    avrGcc: firstLine(['avr-gcc', '--version']),
    armGcc: firstLine(['arm-none-eabi-gcc', '--version']),
    arduinoBuilder: firstLine(['arduino-builder', '-version']),
    ccache: await ccacheVersion().catch(() => 'ccache: unknown'),
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

async function loadCorpus(name: string, quick: boolean): Promise<Corpus> {
  if (name === 'debian') return debianCorpus(quick)
  if (name === 'libraries') return realLibrariesCorpus(quick)
  if (name === 'samd') return samdBenchCorpus(quick)
  return largeCorpus(path.join(workRoot, 'corpus-large'), quick)
}

/** One corpus: every group once per repetition, groups in alternating order, scenarios in order. */
async function runSuite(options: Options, ctx: BenchContext): Promise<SuiteResult> {
  const suite = cacheSuite(ctx)
  const runs = new Map<Scenario, Measurement[]>()
  for (let rep = 0; rep < options.runs; rep++) {
    for (const [index, group] of orderFor(suite.groups, rep).entries()) {
      const workDir = path.join(workRoot, `${ctx.corpus.id}-${index}`)
      await rm(workDir, { recursive: true, force: true })
      await mkdir(workDir, { recursive: true })
      for (const scenario of group.scenarios) {
        await scenario.prepare(workDir)
        const measurement = await scenario.run(workDir)
        runs.set(scenario, [...(runs.get(scenario) ?? []), measurement])
        process.stderr.write(
          `[${ctx.corpus.id} ${rep + 1}/${options.runs}] ${scenario.name}: ${describe(measurement)}\n`
        )
      }
      await rm(workDir, { recursive: true, force: true })
    }
  }
  const scenarios = suite.groups
    .flatMap(group => group.scenarios)
    .map(scenario => summarizeScenario(scenario.name, scenario.description, runs.get(scenario) ?? []))
  const ratios = suite.ratios.map(({ numerator, denominator }) => ratioOf(scenarios, numerator, denominator))
  return {
    corpus: ctx.corpus.id,
    ...(ctx.corpus.board === undefined ? {} : { fqbn: ctx.corpus.board.fqbn }),
    title: ctx.corpus.title,
    description: ctx.corpus.description,
    facts: ctx.corpus.facts,
    scenarios,
    ratios,
    targets: judgeTargets(suite.targets, ratios)
  }
}

async function runBench(options: Options): Promise<BenchResults> {
  const started = performance.now()
  const loadBefore = loadAverage()
  const date = new Date().toISOString()
  const cli = await cliCommand(options.cli)
  const suites: SuiteResult[] = []
  const corpora = await Promise.all(options.corpora.map(name => loadCorpus(name, options.quick)))
  if (options.libraries.length > 0) corpora.push(userLibrariesCorpus(options.libraries, options.quick))
  for (const corpus of corpora) suites.push(await runSuite(options, { corpus, fqbn, jobs, cli }))
  return {
    schema: 2,
    date,
    commit: commitLabel(),
    options: {
      runs: options.runs,
      quick: options.quick,
      fqbn,
      jobs,
      cli: options.cli,
      corpora: corpora.map(corpus => corpus.id)
    },
    machine: await machineFacts(loadBefore),
    suites,
    totalSeconds: Math.round((performance.now() - started) / 1000)
  }
}

const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** The run in a file of its own; latest.json gets its corpora, keeping the others (mergeLatest). */
async function saveResults(results: BenchResults): Promise<void> {
  await mkdir(resultsDir, { recursive: true })
  const stamp = results.date.slice(0, 16).replace(/:/g, '')
  await writeFile(path.join(resultsDir, `${stamp}-${results.commit}.json`), toJson(results))
  const latestFile = path.join(resultsDir, 'latest.json')
  const previous = existsSync(latestFile)
    ? (JSON.parse(await readFile(latestFile, 'utf8')) as BenchResults)
    : null
  await writeFile(latestFile, toJson(mergeLatest(previous?.schema === 2 ? previous : null, results)))
}

/** docs/BENCHMARKS.md and docs/benchmarks.svg, always from latest.json so the docs match a stored run. */
async function writeDocs(): Promise<BenchResults> {
  const results = JSON.parse(await readFile(path.join(resultsDir, 'latest.json'), 'utf8')) as BenchResults
  const panels = results.suites.map(suite => ({
    title:
      `${suite.title}: ${suite.scenarios.find(s => s.runs[0]?.total)?.runs[0]?.total ?? 0} sketches, ` +
      `${suite.fqbn ?? results.options.fqbn}, ${suite.measured?.runs ?? results.options.runs} run(s)`,
    scenarios: suite.scenarios
  }))
  await mkdir(docsDir, { recursive: true })
  await writeFile(path.join(docsDir, 'benchmarks.svg'), renderChart(panels))
  await writeFile(path.join(docsDir, 'BENCHMARKS.md'), `${markdownReport(results, 'benchmarks.svg')}\n`)
  return results
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  if (!options.docsOnly) await saveResults(await runBench(options))
  process.stdout.write(`${textSummary(await writeDocs())}\n`)
}

await main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
