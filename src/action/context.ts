/**
 * What the runner tells a step through its environment, read once by the entry points (index.ts,
 * postIndex.ts) and passed down as arguments: nothing below them reads process.env for it, and a
 * test states each value instead of setting variables.
 */
import path from 'node:path'
import { runnerKeyParts, type CacheKeyParts } from '../ciCache/keys.js'
import { UsageError } from '../errors.js'
import { newRunId } from '../unitCache/open.js'
import { readEvent, type GithubEvent } from './baseCommit.js'

export interface StepContext {
  /** GITHUB_WORKSPACE: the checkout; the store and kept archives live in it. */
  workspace: string
  /** RUNNER_TEMP: build folders, reports, the base commit's checkout. */
  temp: string
  /** GITHUB_EVENT_NAME and the webhook payload. */
  event: GithubEvent
  /** GITHUB_SHA, or null. */
  sha: string | null
  /** GITHUB_REPOSITORY (owner/name), or ''. */
  repository: string
  /** GITHUB_SERVER_URL and GITHUB_API_URL (GitHub Enterprise Server has its own). */
  serverUrl: string
  apiUrl: string
  /** The runner's parts of the cache key: image, arch, and GitHub's run id and attempt. */
  runner: Pick<CacheKeyParts, 'image' | 'arch' | 'runId' | 'runAttempt'>
  /** The limit on each restore and save of the CI cache (FBUILD_CACHE_TIMEOUT_MS). */
  cacheTimeoutMs: number
}

export interface MainContext extends StepContext {
  /**
   * This run's id in the store: the entries it uses are marked with it, and the post step keeps
   * only those. The one place a run id is made for the action.
   */
  storeRunId: string
  /**
   * The main step's bundled entry (dist/index.js): it restores the cache in a child process, and
   * the CLI bundle lies beside it. Null when running from sources (local-action): no restore.
   */
  entryScript: string | null
}

const DEFAULT_CACHE_TIMEOUT_MS = 10 * 60 * 1000

/**
 * FBUILD_CACHE_TIMEOUT_MS, the limit on each restore and save of the store (and of the kept
 * toolchain and core archives), in milliseconds; unset or empty: 10 minutes. An environment
 * variable rather than an input, so a workflow can set it for every step of a job at once.
 */
export function cacheTimeoutMs(env: NodeJS.ProcessEnv): number {
  const text = (env.FBUILD_CACHE_TIMEOUT_MS ?? '').trim()
  if (text === '') return DEFAULT_CACHE_TIMEOUT_MS
  if (!/^[1-9][0-9]*$/.test(text)) {
    throw new UsageError(
      `FBUILD_CACHE_TIMEOUT_MS: "${text}" is not a positive whole number of milliseconds (e.g. 600000)`
    )
  }
  return Number(text)
}

/** The step's context from the runner's environment (the event payload read from its file). */
export async function readStepContext(env: NodeJS.ProcessEnv, cwd: string): Promise<StepContext> {
  const workspace = env.GITHUB_WORKSPACE || cwd
  return {
    workspace,
    temp: env.RUNNER_TEMP || path.join(workspace, '.fbuild-temp'),
    event: await readEvent(env),
    sha: env.GITHUB_SHA || null,
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runner: runnerKeyParts(env),
    cacheTimeoutMs: cacheTimeoutMs(env)
  }
}

/** The main step's context: the step's, a new store run id, and the entry script. */
export async function readMainContext(
  env: NodeJS.ProcessEnv,
  cwd: string,
  entryScript: string | null
): Promise<MainContext> {
  return { ...(await readStepContext(env, cwd)), storeRunId: newRunId(), entryScript }
}
