/**
 * Runs the CLI as users do: a real process (the sources, bundled once per jest run by
 * setup/globalSetup.js), with its exit code and output. `startCli` also hands back the child, for
 * tests that kill it mid-build.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Report } from '../../src/report/report.js'
import { cliBundle, testRunDir } from './testRun.js'

const exec = promisify(execFile)

export interface CliRun {
  code: number
  /** The signal that ended the process, when one did (e.g. SIGKILL). */
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface RunningCli {
  child: ChildProcess
  done: Promise<CliRun>
}

/** `ownGroup`: the CLI leads a process group, so `process.kill(-child.pid)` reaches its compilers too. */
export function startCli(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
  ownGroup = false
): RunningCli {
  const child = spawn(process.execPath, [cliBundle(), ...args], {
    cwd,
    // The default store comes from FBUILD_CACHE_DIR: keep tests out of the user's own cache (and
    // out of other runs': the folder of this jest run goes with it).
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      FBUILD_CACHE_DIR: path.join(testRunDir(), 'default-store'),
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: ownGroup
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }))
  })
  return { child, done }
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return startCli(args, cwd, env).done
}

export const DECIMAL_DIG = 'compiler.cpp.extra_flags=-DDECIMAL_DIG=9'

export interface BuildRun {
  sketches: string[]
  cwd: string
  /** Omitted: no --core (the build installs or locates its platform). */
  core?: string
  buildDir: string
  /** null: `--no-cache`. */
  store: string | null
  toolchain?: string
  libraries?: string[]
  /** Added after DECIMAL_DIG (gcc 5.4's <float.h> lacks it, the Debian examples need it). */
  properties?: string[]
  /** Any other options, as given. */
  options?: string[]
  env?: NodeJS.ProcessEnv
}

export function buildArgs(build: BuildRun, reportFile: string): string[] {
  return [
    'build',
    ...build.sketches,
    ...(build.core === undefined ? [] : ['--core', build.core]),
    ...(build.toolchain === undefined ? [] : ['--toolchain', build.toolchain]),
    ...(build.libraries ?? []).flatMap(dir => ['--library', dir]),
    ...[DECIMAL_DIG, ...(build.properties ?? [])].flatMap(property => ['--build-property', property]),
    ...(build.options ?? []),
    ...(build.store === null ? ['--no-cache'] : ['--store', build.store]),
    '--build-dir',
    build.buildDir,
    '--jobs',
    '2',
    '--report',
    reportFile
  ]
}

/** `build` as a process; the report is read back (null when the run wrote none). */
export async function runBuild(build: BuildRun): Promise<{ run: CliRun; report: Report | null }> {
  const reportFile = `${build.buildDir}.report.json`
  const run = await runCli(buildArgs(build, reportFile), build.cwd, build.env)
  const text = await readFile(reportFile, 'utf8').catch(() => null)
  return { run, report: text === null ? null : (JSON.parse(text) as Report) }
}

export interface FinishedBuild {
  report: Report
  /** The folder the report's relative paths start from. */
  cwd: string
}

/**
 * The sketches (by folder name) whose .hex, or .elf without debug sections, differ between two
 * builds, or that one of them did not produce. The debug sections name folders and gcc's LTO
 * temporary files, so they differ even between two uncached links (see relocation.test.ts).
 */
export async function firmwareMismatches(
  objcopy: string,
  left: FinishedBuild,
  right: FinishedBuild
): Promise<string[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'fbuild-firmware-'))
  const mismatches: string[] = []
  try {
    for (const [i, sketch] of left.report.sketches.entries()) {
      const name = path.basename(sketch.path)
      const other = right.report.sketches.find(candidate => path.basename(candidate.path) === name)
      if (sketch.hex === null || sketch.elf === null || !other?.hex || !other.elf) {
        mismatches.push(name)
        continue
      }
      const [leftHex, rightHex] = await Promise.all([
        readFile(path.resolve(left.cwd, sketch.hex)),
        readFile(path.resolve(right.cwd, other.hex))
      ])
      const strip = async (elf: string, out: string): Promise<Buffer> => {
        await exec(objcopy, ['--strip-debug', elf, out])
        return readFile(out)
      }
      const [leftElf, rightElf] = await Promise.all([
        strip(path.resolve(left.cwd, sketch.elf), path.join(scratch, `${i}-left.elf`)),
        strip(path.resolve(right.cwd, other.elf), path.join(scratch, `${i}-right.elf`))
      ])
      if (!leftHex.equals(rightHex) || !leftElf.equals(rightElf)) mismatches.push(name)
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  return mismatches
}
