/**
 * The oracle: builds sketches with the Arduino IDE's own build engine (Debian arduino-builder) on the same
 * platform and toolchain we use, so tests can demand that our .hex equals its .hex.
 *
 * Findings this code relies on (arduino-builder 1.3.25):
 * - It loads platforms from a hardware folder that must hold its own platform.txt (tools.ctags.*) beside the
 *   `arduino` packager folder; we make that folder in outDir with a symlink to the installed platform.
 * - The platform's libraries (EEPROM, SPI, Wire, ...) are found through the hardware folder. Passing
 *   their folder again as -libraries or -built-in-libraries only adds a "Multiple libraries" note (same hex),
 *   so `libraries` is for other library folders.
 * - `runtime.ide.version` (the ARDUINO macro) defaults to 10600; `-core-api-version` sets it (and
 *   `ide_version`), so we pass 10607 like arduino-cli unless prefs name another value.
 * - It reuses a built core found in the build path, so each sketch gets its own, emptied first.
 * - Another platform (SAMD) comes as a hardware folder and a tools folder it scans for
 *   `runtime.tools.*` (`OraclePlatform`), with its own default prefs.
 */
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { copyFile, mkdir, readFile, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import pLimit from 'p-limit'
import { platformDir, repoDir } from './corpus.js'

/** A platform other than Debian's AVR core, laid out as arduino-builder loads it. */
export interface OraclePlatform {
  /** Holds `<packager>/<arch>/[<version>/]platform.txt`. */
  hardwareDir: string
  /** Scanned by arduino-builder's -tools. */
  toolsDir: string
  /** The compiler whose version names the oracle's results (`arm-none-eabi-gcc`). */
  compiler: string
  /** Instead of ORACLE_DEFAULT_PREFS. */
  prefs: Record<string, string>
}

export interface OracleOptions {
  /** Default: Debian's AVR platform and avr-gcc. */
  platform?: OraclePlatform
  /** Sketch folders (each holds `<folder name>.ino`). */
  sketches: string[]
  fqbn: string
  /** Scratch space: the hardware folder and one build path per sketch. */
  outDir: string
  /** Build properties on top of ORACLE_DEFAULT_PREFS. */
  prefs?: Record<string, string>
  /** Extra library folders (-libraries), searched before the platform's own libraries. */
  libraries?: string[]
  /** Parallel arduino-builder runs (default 2). */
  jobs?: number
  /** Per-sketch limit (default 180 s); a sketch over it fails and is not cached. */
  timeoutMs?: number
  /** Result cache folder; null builds every sketch for real (benchmarks). Default: FBUILD_ORACLE_CACHE. */
  resultCache?: string | null
}

export interface OracleResult {
  ok: boolean
  hex: Buffer | null
  /** The `.bin` (platforms whose recipes make one), else null. */
  bin: Buffer | null
  elfPath: string | null
  /** arduino-builder's verbose output: the command lines, then the compiler's messages. */
  log: string
  seconds: number
  /** Killed at timeoutMs (never cached). */
  timedOut: boolean
  cached: boolean
}

/** What the oracle builds with unless prefs say otherwise; compare against a build using the same values. */
export const ORACLE_DEFAULT_PREFS: Readonly<Record<string, string>> = {
  // avr-gcc 5.4's float.h lacks DECIMAL_DIG, which the core's WString.cpp needs.
  'compiler.cpp.extra_flags': '-DDECIMAL_DIG=9',
  'runtime.ide.version': '10607'
}

const builderPlatformTxt = '/usr/share/arduino-builder/platform.txt'
const defaultTimeoutMs = 180_000

export function defaultResultCache(): string {
  return process.env.FBUILD_ORACLE_CACHE ?? path.join(repoDir, '.corpus', 'oracle')
}

/** Builds every sketch (N at a time) and returns its result under the path it was given as. */
export async function buildWithArduinoBuilder(opts: OracleOptions): Promise<Map<string, OracleResult>> {
  const prefs = { ...(opts.platform?.prefs ?? ORACLE_DEFAULT_PREFS), ...opts.prefs }
  const libraries = (opts.libraries ?? []).map(dir => path.resolve(dir))
  const cacheDir = opts.resultCache === undefined ? defaultResultCache() : opts.resultCache
  const { hardwareDirs, toolsDir } = await builderFolders(opts)
  // As the IDE does: the core is built once per call and reused by the other sketches.
  const coreCacheDir = path.join(path.resolve(opts.outDir), 'core-cache')
  await mkdir(coreCacheDir, { recursive: true })
  const limit = pLimit(opts.jobs ?? 2)
  const build = async (sketch: string): Promise<[string, OracleResult]> => {
    const dir = path.resolve(sketch)
    const buildPath = path.join(path.resolve(opts.outDir), 'builds', buildFolderName(dir))
    const argv = builderArgv({
      hardwareDirs,
      toolsDir,
      coreCacheDir,
      fqbn: opts.fqbn,
      buildPath,
      prefs,
      libraries,
      sketchDir: dir
    })
    const run = (): Promise<OracleResult> => runBuilder(argv, buildPath, dir, opts.timeoutMs)
    if (cacheDir === null) return [sketch, await run()]
    const key = await resultKey({
      fqbn: opts.fqbn,
      prefs,
      libraries,
      sketchDir: dir,
      platform: opts.platform
    })
    return [sketch, await cachedResult(path.join(cacheDir, key), run)]
  }
  return new Map(await Promise.all(opts.sketches.map(sketch => limit(() => build(sketch)))))
}

interface BuilderInputs {
  hardwareDirs: string[]
  toolsDir: string
  coreCacheDir: string
  fqbn: string
  buildPath: string
  prefs: Record<string, string>
  libraries: string[]
  sketchDir: string
}

/** Debian's platform in folders made under outDir, or another platform's folders as given. */
async function builderFolders(opts: OracleOptions): Promise<{ hardwareDirs: string[]; toolsDir: string }> {
  if (opts.platform === undefined) {
    const debian = await debianBuilderFolders(path.resolve(opts.outDir))
    return { hardwareDirs: [debian.hardwareDir], toolsDir: debian.toolsDir }
  }
  return {
    hardwareDirs: [path.dirname(builderPlatformTxt), path.resolve(opts.platform.hardwareDir)],
    toolsDir: path.resolve(opts.platform.toolsDir)
  }
}

/** The arduino-builder command line for one sketch. */
function builderArgv(inputs: BuilderInputs): string[] {
  const { 'runtime.ide.version': coreApiVersion, ...otherPrefs } = inputs.prefs
  return [
    'arduino-builder',
    '-compile',
    '-verbose',
    ...inputs.hardwareDirs.flatMap(dir => ['-hardware', dir]),
    ...['-tools', inputs.toolsDir, '-build-cache', inputs.coreCacheDir],
    ...['-fqbn', inputs.fqbn, '-build-path', inputs.buildPath],
    ...(coreApiVersion === undefined ? [] : ['-core-api-version', coreApiVersion]),
    ...Object.entries(otherPrefs).flatMap(([key, value]) => ['-prefs', `${key}=${value}`]),
    ...inputs.libraries.flatMap(dir => ['-libraries', dir]),
    path.join(inputs.sketchDir, `${path.basename(inputs.sketchDir)}.ino`)
  ]
}

/**
 * arduino-builder's -hardware and -tools folders for Debian's platform: `<outDir>/hardware`, where
 * arduino-builder's platform.txt sits beside `arduino` -> the installed platform's packager, and
 * `<outDir>/tools`, empty: the platform.txt names every tool by its absolute path. Not /usr/bin as
 * -tools: arduino-builder walks it and follows /usr/bin/X11 -> /usr/bin, about 48,000 stats per
 * sketch (0.3 CPU-s, more than compiling Blink), the firmware the same either way.
 */
export async function debianBuilderFolders(
  outDir: string
): Promise<{ hardwareDir: string; toolsDir: string }> {
  const hardwareDir = path.join(outDir, 'hardware')
  const toolsDir = path.join(outDir, 'tools')
  await mkdir(hardwareDir, { recursive: true })
  await mkdir(toolsDir, { recursive: true })
  await copyFile(builderPlatformTxt, path.join(hardwareDir, 'platform.txt'))
  const link = path.join(hardwareDir, 'arduino')
  // Always the same target, so a link made by an earlier (or a concurrent) run is fine as it is.
  await symlink(path.dirname(platformDir), link).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  return { hardwareDir, toolsDir }
}

/** Distinct per sketch location, readable in a listing. */
function buildFolderName(sketchDir: string): string {
  return `${path.basename(sketchDir)}-${sha256(sketchDir).slice(0, 8)}`
}

async function runBuilder(
  argv: string[],
  buildPath: string,
  sketchDir: string,
  timeoutMs = defaultTimeoutMs
): Promise<OracleResult> {
  await rm(buildPath, { recursive: true, force: true })
  await mkdir(buildPath, { recursive: true })
  const started = performance.now()
  // C locale: the same plain-ASCII compiler messages on every machine.
  const result = await runCommand(argv, { timeoutMs, env: { ...process.env, LC_ALL: 'C' } })
  const seconds = (performance.now() - started) / 1000
  const log = result.timedOut
    ? `${result.stdout}${result.stderr}\narduino-builder timed out after ${timeoutMs} ms`
    : `${result.stdout}${result.stderr}`
  const base = path.join(buildPath, `${path.basename(sketchDir)}.ino`)
  const hex = result.code === 0 ? await readFile(`${base}.hex`).catch(() => null) : null
  const bin = hex === null ? null : await readFile(`${base}.bin`).catch(() => null)
  const elfPath = hex === null ? null : `${base}.elf`
  return { ok: hex !== null, hex, bin, elfPath, log, seconds, timedOut: result.timedOut, cached: false }
}

export interface CommandResult {
  code: number
  stdout: string
  stderr: string
  timedOut: boolean
}

/** Runs a program to completion; past timeoutMs its whole process group is killed (code 124). */
export function runCommand(
  argv: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}
): Promise<CommandResult> {
  const [command, ...args] = argv
  if (command === undefined) return Promise.reject(new Error('empty command line'))
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout also stops the compilers it started.
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let timedOut = false
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
          }, options.timeoutMs)
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', code => {
      clearTimeout(timer)
      resolve({
        code: timedOut ? 124 : (code ?? 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut
      })
    })
  })
}

// ---- result cache ----

interface StoredResult {
  ok: boolean
  log: string
  seconds: number
}

/** A hit reads the stored result; a miss builds and stores it, unless the build timed out. */
async function cachedResult(entryDir: string, build: () => Promise<OracleResult>): Promise<OracleResult> {
  const hit = await readEntry(entryDir)
  if (hit !== null) return hit
  const result = await build()
  if (!result.timedOut) await writeEntry(entryDir, result)
  return result
}

async function readEntry(entryDir: string): Promise<OracleResult | null> {
  const json = await readFile(path.join(entryDir, 'result.json'), 'utf8').catch(() => null)
  if (json === null) return null
  const stored = JSON.parse(json) as StoredResult
  const hex = stored.ok ? await readFile(path.join(entryDir, 'firmware.hex')) : null
  const bin = stored.ok ? await readFile(path.join(entryDir, 'firmware.bin')).catch(() => null) : null
  const elfPath = stored.ok ? path.join(entryDir, 'firmware.elf') : null
  return { ...stored, hex, bin, elfPath, timedOut: false, cached: true }
}

/** Written in a temp folder then renamed, so a reader never sees half an entry. */
async function writeEntry(entryDir: string, result: OracleResult): Promise<void> {
  const temp = `${entryDir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  await mkdir(temp, { recursive: true })
  const stored: StoredResult = { ok: result.ok, log: result.log, seconds: result.seconds }
  await writeFile(path.join(temp, 'result.json'), JSON.stringify(stored))
  if (result.hex !== null) await writeFile(path.join(temp, 'firmware.hex'), result.hex)
  if (result.bin !== null) await writeFile(path.join(temp, 'firmware.bin'), result.bin)
  if (result.elfPath !== null) await copyFile(result.elfPath, path.join(temp, 'firmware.elf'))
  // Another process may have stored the same entry meanwhile: keep theirs.
  await rename(temp, entryDir).catch(() => rm(temp, { recursive: true, force: true }))
}

interface KeyInputs {
  fqbn: string
  prefs: Record<string, string>
  libraries: string[]
  sketchDir: string
  platform: OraclePlatform | undefined
}

/** Everything that can change the oracle's answer: tools, platform, board, properties, sources. */
async function resultKey(inputs: KeyInputs): Promise<string> {
  const [environment, sketch, ...libraries] = await Promise.all([
    environmentFingerprint(inputs.platform),
    hashTree(inputs.sketchDir),
    ...inputs.libraries.map(hashTree)
  ])
  const prefs = Object.entries(inputs.prefs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return sha256(JSON.stringify({ schema: 1, environment, fqbn: inputs.fqbn, prefs, sketch, libraries }))
}

const environmentMemo = new Map<string, Promise<string>>()

/**
 * The builder and compiler versions, the builder's platform.txt and the platform (Debian's AVR
 * core, or the given hardware and tools folders), once per process and platform.
 */
function environmentFingerprint(platform: OraclePlatform | undefined): Promise<string> {
  const memoKey = platform === undefined ? '' : JSON.stringify(platform)
  let memo = environmentMemo.get(memoKey)
  if (memo === undefined) {
    memo = (async () => {
      const versions = await Promise.all([
        runCommand(['arduino-builder', '-version']),
        runCommand([platform?.compiler ?? 'avr-gcc', '--version'])
      ])
      const folders =
        platform === undefined
          ? ['platform.txt', 'boards.txt', 'cores', 'variants', 'libraries'].map(name =>
              path.join(platformDir, name)
            )
          : [platform.hardwareDir, platform.toolsDir]
      const trees = await Promise.all(folders.map(hashTree))
      const builderPlatform = sha256(await readFile(builderPlatformTxt))
      return sha256(JSON.stringify({ versions: versions.map(v => v.stdout), builderPlatform, trees }))
    })()
    environmentMemo.set(memoKey, memo)
  }
  return memo
}

/** SHA-256 over the relative paths and contents of a file or of every file under a folder. */
async function hashTree(root: string): Promise<string> {
  const hash = createHash('sha256')
  const visit = async (relative: string): Promise<void> => {
    const full = path.join(root, relative)
    const entries = await readdir(full, { withFileTypes: true }).catch(() => null)
    if (entries === null) {
      hash
        .update(`${relative}\0`)
        .update(await readFile(full))
        .update('\0')
      return
    }
    const names = entries.map(entry => entry.name).sort()
    for (const name of names) await visit(path.join(relative, name))
  }
  await visit('')
  return hash.digest('hex')
}

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex')
}
