/**
 * The restore itself, run by the main step's bundle in a child process (restoreSave.ts starts it):
 * @actions/cache extracts into GITHUB_WORKSPACE, which the parent points at a staging folder, and a
 * process can be stopped at its time limit together with its tar, where an abandoned promise cannot.
 */
import * as cache from '@actions/cache'
import { writeFile } from 'node:fs/promises'

/** Set in the child's environment; the main step's entry runs the worker when it is. */
export const RESTORE_REQUEST_ENV = 'FBUILD_RESTORE_REQUEST'

export interface WorkerRequest {
  paths: string[]
  primaryKey: string
  restoreKeys: string[]
  timeoutMs: number
  /** Where the worker writes its WorkerResult when the restore has settled. */
  resultFile: string
}

export type WorkerResult = { matchedKey: string | null } | { error: string }

/** The client's default per-request timeout; a shorter limit shortens it too. */
const CLIENT_REQUEST_TIMEOUT_MS = 30_000

export async function runRestoreWorker(requestText: string): Promise<void> {
  const request = JSON.parse(requestText) as WorkerRequest
  let result: WorkerResult
  try {
    const matched = await cache.restoreCache(request.paths, request.primaryKey, request.restoreKeys, {
      // The client's own limits, so a stuck download gives up by itself; the parent stops the rest.
      timeoutInMs: Math.min(request.timeoutMs, CLIENT_REQUEST_TIMEOUT_MS),
      segmentTimeoutInMs: request.timeoutMs
    })
    result = { matchedKey: matched ?? null }
  } catch (error) {
    // The client reports service failures itself (a warning, then no key); it throws on bad keys.
    result = { error: error instanceof Error ? error.message : String(error) }
  }
  await writeFile(request.resultFile, JSON.stringify(result))
}
