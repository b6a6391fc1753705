/**
 * Restore and save through the real @actions/cache client, bounded in time. The cache service
 * failing or hanging never fails the job: the caller gets a warning text instead.
 *
 * A restore runs in a child process (restoreWorker.ts) that extracts into a staging folder; at the
 * time limit the child and its tar are killed, and only a restore that finished within the limit is
 * moved into place. So a restore that timed out can never land in the store later, while the build
 * runs or the post step saves. A save runs in this process: abandoning it harms nothing (the service
 * only keeps an entry that was finalized), and the step's entry exits once its work is done.
 */
import * as cache from '@actions/cache'
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { InternalError } from '../errors.js'
import { orMissing, pathExists } from '../files.js'
import { RESTORE_REQUEST_ENV, type WorkerRequest, type WorkerResult } from './restoreWorker.js'

export interface RestoreOutcome {
  matchedKey: string | null
  seconds: number
  warning: string | null
}

export interface SaveOutcome {
  saved: boolean
  seconds: number
  warning: string | null
}

export interface RestoreRequest {
  /** Folders relative to the workspace, as they were saved (the cache version hashes these strings). */
  paths: string[]
  primaryKey: string
  restoreKeys: string[]
}

export interface RestoreBounds {
  workspace: string
  timeoutMs: number
  /** The script that runs restoreWorker.ts when RESTORE_REQUEST_ENV is set (the main step's entry). */
  worker: string
}

const TIMED_OUT = Symbol('timed out')

/** Resolves with the promise's value, or TIMED_OUT after `ms` (the caller then stops the operation). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<typeof TIMED_OUT>(resolve => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function stopwatch(): () => number {
  const startedAt = performance.now()
  return () => (performance.now() - startedAt) / 1000
}

interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

/** Starts the worker in its own process group, so killing the group stops its tar too. */
function startWorker(
  bounds: RestoreBounds,
  staging: string,
  request: WorkerRequest
): {
  exited: Promise<Exit>
  kill: () => void
} {
  const child = spawn(process.execPath, [bounds.worker], {
    cwd: staging,
    // The client extracts relative paths into GITHUB_WORKSPACE: here, the staging folder.
    env: { ...process.env, GITHUB_WORKSPACE: staging, [RESTORE_REQUEST_ENV]: JSON.stringify(request) },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true
  })
  const exited = new Promise<Exit>(resolve => {
    child.on('error', () => resolve({ code: null, signal: null }))
    child.on('close', (code, signal) => resolve({ code, signal }))
  })
  const kill = (): void => {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
  }
  return { exited, kill }
}

/** Replaces each restored folder in the workspace with its complete copy from the staging folder. */
async function moveIntoPlace(staging: string, workspace: string, paths: readonly string[]): Promise<void> {
  for (const relative of paths) {
    const from = path.join(staging, relative)
    if (!(await pathExists(from))) continue
    const to = path.join(workspace, relative)
    await rm(to, { recursive: true, force: true })
    await mkdir(path.dirname(to), { recursive: true })
    await rename(from, to)
  }
}

async function readResult(file: string): Promise<WorkerResult | null> {
  // No result file: the worker died before writing one (the caller says how it ended).
  const text = await orMissing(readFile(file, 'utf8'), null)
  return text === null ? null : (JSON.parse(text) as WorkerResult)
}

export async function restoreStore(request: RestoreRequest, bounds: RestoreBounds): Promise<RestoreOutcome> {
  if (request.paths.some(relative => path.isAbsolute(relative))) {
    // Absolute paths extract where they name, past any staging folder.
    throw new InternalError(`cache paths must be relative to the workspace: ${request.paths.join(', ')}`)
  }
  const seconds = stopwatch()
  const outcome = (matchedKey: string | null, warning: string | null): RestoreOutcome => ({
    matchedKey,
    seconds: seconds(),
    warning
  })
  // In the workspace, so moving into place is a rename on one file system.
  let staging: string
  try {
    staging = await mkdtemp(path.join(bounds.workspace, '.fbuild-restore-'))
  } catch (error) {
    return outcome(null, `cache restore failed (${message(error)}); building cold`)
  }
  try {
    const resultFile = path.join(staging, 'result.json')
    const worker = startWorker(bounds, staging, { ...request, timeoutMs: bounds.timeoutMs, resultFile })
    const exit = await within(worker.exited, bounds.timeoutMs)
    if (exit === TIMED_OUT) {
      worker.kill()
      await worker.exited
      return outcome(null, `cache restore timed out after ${bounds.timeoutMs / 1000} s; building cold`)
    }
    const result = await readResult(resultFile)
    if (result === null) {
      const how = exit.signal ?? `exit code ${exit.code ?? 'unknown'}`
      return outcome(null, `cache restore failed (its process ended with ${how}); building cold`)
    }
    if ('error' in result) return outcome(null, `cache restore failed (${result.error}); building cold`)
    if (result.matchedKey !== null) await moveIntoPlace(staging, bounds.workspace, request.paths)
    return outcome(result.matchedKey, null)
  } catch (error) {
    return outcome(null, `cache restore failed (${message(error)}); building cold`)
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

export async function saveStore(paths: string[], key: string, timeoutMs: number): Promise<SaveOutcome> {
  const seconds = stopwatch()
  try {
    const id = await within(cache.saveCache(paths, key), timeoutMs)
    if (id === TIMED_OUT) {
      return {
        saved: false,
        seconds: seconds(),
        warning: `cache save timed out after ${timeoutMs / 1000} s; not saved`
      }
    }
    // The client reports most service failures as -1 after logging them itself.
    if (id === -1)
      return {
        saved: false,
        seconds: seconds(),
        warning: 'cache save failed (see the message above); not saved'
      }
    return { saved: true, seconds: seconds(), warning: null }
  } catch (error) {
    return { saved: false, seconds: seconds(), warning: `cache save failed (${message(error)}); not saved` }
  }
}
