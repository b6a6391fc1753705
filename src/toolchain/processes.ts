/**
 * Runs the toolchain's programs with a shared concurrency limit (`--jobs`) and counts every spawn,
 * so the report says how much real compiler work a run did.
 */
import { spawn } from 'node:child_process'
import pLimit, { type LimitFunction } from 'p-limit'
import { toolchainEnvironment } from './environment.js'

export interface ProcessResult {
  code: number
  /** The signal that ended the process (killed, out of memory, timed out), else null. */
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Time the process itself ran, without the wait for a free job slot. */
  seconds: number
}

export type ProcessKind = 'compile' | 'preprocess' | 'archive' | 'link' | 'objcopy' | 'size' | 'hook'

export class ProcessRunner {
  readonly counts: Record<ProcessKind, number> = {
    compile: 0,
    preprocess: 0,
    archive: 0,
    link: 0,
    objcopy: 0,
    size: 0,
    hook: 0
  }
  private readonly limit: LimitFunction

  /** `onSpawn` hears each command as it starts (the `verbose` log). */
  constructor(
    jobs: number,
    private readonly onSpawn?: (kind: ProcessKind, argv: readonly string[]) => void
  ) {
    this.limit = pLimit(jobs)
  }

  run(kind: ProcessKind, argv: readonly string[], cwd?: string): Promise<ProcessResult> {
    return this.limit(async () => {
      this.counts[kind]++
      this.onSpawn?.(kind, argv)
      const startedAt = performance.now()
      const result = await runProcess(argv, cwd)
      return { ...result, seconds: (performance.now() - startedAt) / 1000 }
    })
  }
}

/** Runs a toolchain program in the toolchain's environment (environment.ts), capturing its output. */
export function runProcess(
  argv: readonly string[],
  cwd?: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<Omit<ProcessResult, 'seconds'>> {
  const [command, ...args] = argv
  if (command === undefined) return Promise.reject(new Error('empty command line'))
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: toolchainEnvironment(env),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? 1,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8')
      })
    )
  })
}
