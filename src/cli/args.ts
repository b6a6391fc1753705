/** The CLI's arguments (a public contract: USAGE below, README "CLI"), parsed and checked into a build request. */
import { createHash } from 'node:crypto'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { isWarningLevel, parseBuildProperty, WARNING_LEVELS, type WarningLevel } from '../arduino/board.js'
import { parseJobs } from '../engine/jobs.js'
import { UsageError } from '../errors.js'
import { isRunId } from '../store/usage.js'

export const USAGE = `usage:
  fbuild-action build [SKETCH|DIR|GLOB ...] [options]
    --fqbn FQBN                 board (default arduino:avr:uno)
    --core DIR                  an Arduino platform folder (repeatable; default: $FBUILD_CORE_DIR, else the installed AVR core)
    --toolchain DIR             folder whose bin/ holds the platform's compiler (compiler.c.cmd:
                                avr-gcc, arm-none-eabi-gcc, ...; default: the platform's
                                compiler.path when it resolves, else the compiler on PATH)
    --tools DIR                 a tools folder, scanned as arduino-builder's -tools does
                                (DIR/NAME/VERSION, or a Boards Manager packages folder): sets
                                runtime.tools.NAME.path and runtime.tools.NAME-VERSION.path (repeatable)
    --library DIR|NAME[@VER]|URL
                                a library folder or a folder of libraries, a Library Manager name
                                (with its dependencies), a git URL (#ref) or a .zip URL (repeatable)
    --library-index URL         the Library Manager index (default: Arduino's)
    --platform PACKAGER:ARCH[@VER]
                                a platform from a Boards Manager index, with its tools (repeatable);
                                with it, the FQBN's platform is installed too unless --core gives it
    --platform-index URL        a Boards Manager index (repeatable; Arduino's is searched last)
    --build-property KEY=VALUE  like arduino-cli (repeatable)
    --warnings LEVEL            none, default, more or all, as arduino-cli (default none)
    --store DIR                 cache root (default: $FBUILD_CACHE_DIR or ~/.cache/fbuild-action)
    --no-cache                  compile everything, touch no store
    --absolute-paths            compile with real paths, as arduino-cli (__FILE__ names the real
                                folder); by default paths are relative to named roots, so the
                                firmware and the cache do not depend on where the build runs
    --build-dir DIR             where outputs go (default: a folder under the system temp dir)
    --jobs N                    parallel compiles (default: CPU count)
    --report FILE               write the JSON report
    --fail-on-new-warnings REPORT
                                exit 1 when a sketch has a warning that the JSON report REPORT
                                (an earlier run's, e.g. of the base branch) does not have
    --verbose                   print each command the build runs
  fbuild-action explain [SKETCH|DIR|GLOB ...] [options]
                                the same build, printing for every unit and link hit or miss and,
                                for a miss, what differs from the nearest stored entry: a file, a
                                flag (and the build property it comes from), the toolchain
  fbuild-action stats [--store DIR] [--json]
  fbuild-action prune [--store DIR] --max-size SIZE      (SIZE: bytes, or 500M, 2G, ...)
  fbuild-action --help | --version`

export interface BuildArgs {
  sketches: string[]
  fqbn: string
  coreDirs: string[]
  toolchainDir: string | null
  /** `--tools` folders. */
  toolsDirs: string[]
  /** `--library` values as given: folders, names, URLs (install/librarySpec.ts tells them apart). */
  librarySpecs: string[]
  libraryIndex: string | null
  /** `--platform` values; with `--platform-index`, the FQBN's platform is installed too. */
  platforms: string[]
  platformIndexes: string[]
  buildProperties: [string, string][]
  warnings: WarningLevel
  buildDir: string
  jobs: number
  reportFile: string | null
  /** Print each command the build runs. */
  verbose: boolean
  /** `--fail-on-new-warnings REPORT`: a JSON report to compare warnings with (exit 1 on a new one). */
  baseReport: string | null
  /** null with --no-cache. */
  storeDir: string | null
  /** --absolute-paths: exact arduino-cli parity (engine/executionRoot.ts). */
  absolutePaths: boolean
}

/** --store, else $FBUILD_CACHE_DIR, else ~/.cache/fbuild-action (README "CLI"). */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.FBUILD_CACHE_DIR
  return fromEnv !== undefined && fromEnv !== ''
    ? path.resolve(fromEnv)
    : path.join(homedir(), '.cache', 'fbuild-action')
}

/** A build folder per working directory, so two checkouts never share outputs by accident. */
export function defaultBuildDir(cwd: string): string {
  const digest = createHash('sha256').update(cwd).digest('hex').slice(0, 12)
  return path.join(tmpdir(), 'fbuild-action', `build-${digest}`)
}

/** The known option closest to a mistyped one: one that starts like it, or differs by a letter or two. */
function closestOption(given: string, known: readonly string[]): string | null {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i)
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0] ?? 0
      row[0] = i
      for (let j = 1; j <= b.length; j++) {
        const above = row[j] ?? 0
        row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
        diagonal = above
      }
    }
    return row[b.length] ?? Infinity
  }
  const ranked = known
    .map(name => ({
      name,
      score: name.startsWith(given) || given.startsWith(name) ? 0 : distance(given, name)
    }))
    .filter(candidate => candidate.score <= 2)
    .sort((a, b) => a.score - b.score)
  return ranked[0]?.name ?? null
}

/**
 * parseArgs' own errors (unknown option, missing value) as one line in our words, naming the option
 * and what was expected; `known` (option names) lets an unknown option be matched to a known one.
 */
export function asUsageError<T>(parse: () => T, known: readonly string[] = []): T {
  try {
    return parse()
  } catch (error) {
    // Read structurally: parseArgs's TypeError may come from another realm (a test's VM context).
    const text = (error as { message?: unknown } | null)?.message
    const message = typeof text === 'string' ? text : String(error)
    const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(message)
    if (unknown !== null) {
      const near = closestOption(unknown[2] ?? '', known)
      throw new UsageError(
        `unknown option ${unknown[1]}${unknown[2]}${near === null ? '' : ` (did you mean --${near}?)`}; see --help`
      )
    }
    // parseArgs calls a value that looks like an option (`--fqbn --core`) "ambiguous".
    const missing = /^Option '([^' ]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(message)
    if (missing !== null) throw new UsageError(`${missing[1]} needs a value; see --help`)
    const flag = /^Option '([^' ]+)' does not take an argument/.exec(message)
    if (flag !== null) throw new UsageError(`${flag[1]} takes no value; see --help`)
    throw new UsageError(message.split('\n')[0] ?? '')
  }
}

/** Set by the action for the builds of its job (its post step keeps what they used). */
export function runIdFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const runId = env.FBUILD_RUN_ID
  if (runId === undefined || runId === '') return undefined
  if (!isRunId(runId)) {
    throw new UsageError(`FBUILD_RUN_ID "${runId}": expected up to 100 letters, digits, '.', '_' or '-'`)
  }
  return runId
}

const BUILD_OPTIONS = {
  fqbn: { type: 'string', default: 'arduino:avr:uno' },
  core: { type: 'string', multiple: true, default: [] },
  toolchain: { type: 'string' },
  tools: { type: 'string', multiple: true, default: [] },
  library: { type: 'string', multiple: true, default: [] },
  'library-index': { type: 'string' },
  platform: { type: 'string', multiple: true, default: [] },
  'platform-index': { type: 'string', multiple: true, default: [] },
  'build-property': { type: 'string', multiple: true, default: [] },
  warnings: { type: 'string', default: 'none' },
  store: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  'absolute-paths': { type: 'boolean', default: false },
  'build-dir': { type: 'string' },
  jobs: { type: 'string' },
  report: { type: 'string' },
  verbose: { type: 'boolean', default: false },
  'fail-on-new-warnings': { type: 'string' }
} satisfies NonNullable<ParseArgsConfig['options']>

/**
 * `--jobs -3` as `--jobs=-3`: parseArgs takes a value that starts with a dash for a forgotten
 * argument ("ambiguous"), but a negative number is never an option, so the option's own check
 * says what is wrong with it.
 */
function attachNegativeNumbers(argv: readonly string[]): string[] {
  const joined: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const next = argv[i + 1]
    const option: { type: string } | undefined = BUILD_OPTIONS[arg.slice(2) as keyof typeof BUILD_OPTIONS]
    if (arg.startsWith('--') && option?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`)
      i++
    } else {
      joined.push(arg)
    }
  }
  return joined
}

export function parseBuildArgs(argv: readonly string[], cwd: string): BuildArgs {
  const { values, positionals } = asUsageError(
    () =>
      parseArgs({
        args: attachNegativeNumbers(argv),
        allowPositionals: true,
        strict: true,
        options: BUILD_OPTIONS
      }),
    Object.keys(BUILD_OPTIONS)
  )
  const resolve = (dir: string): string => path.resolve(cwd, dir)
  const warnings = values.warnings
  if (!isWarningLevel(warnings))
    throw new UsageError(`--warnings "${warnings}": expected ${WARNING_LEVELS.join(', ')}`)
  return {
    sketches: positionals.length > 0 ? positionals : ['.'],
    fqbn: values.fqbn,
    coreDirs: values.core.map(resolve),
    toolchainDir: values.toolchain === undefined ? null : resolve(values.toolchain),
    toolsDirs: values.tools.map(resolve),
    librarySpecs: values.library,
    libraryIndex: values['library-index'] ?? null,
    platforms: values.platform,
    platformIndexes: values['platform-index'],
    buildProperties: values['build-property'].map(parseBuildProperty),
    warnings,
    buildDir: values['build-dir'] === undefined ? defaultBuildDir(cwd) : resolve(values['build-dir']),
    jobs: parseJobs(values.jobs, '--jobs'),
    reportFile: values.report === undefined ? null : resolve(values.report),
    verbose: values.verbose,
    baseReport: values['fail-on-new-warnings'] === undefined ? null : resolve(values['fail-on-new-warnings']),
    storeDir: values['no-cache']
      ? null
      : values.store === undefined
        ? defaultStoreDir()
        : resolve(values.store),
    absolutePaths: values['absolute-paths']
  }
}
