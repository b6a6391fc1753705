/**
 * The commit a build is compared with (size deltas, new warnings), and its checkout: a detached
 * `git worktree` beside the workspace, so the workspace itself is never touched. A shallow clone
 * (actions/checkout's default) lacks the base commit: it is fetched, one commit deep.
 */
import { execFile } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { promisify } from 'node:util'
import { orMissing } from '../files.js'
import type { SizeDeltasSetting } from './inputs.js'

const run = promisify(execFile)

export interface GithubEvent {
  name: string
  /** The webhook payload (GITHUB_EVENT_PATH), or {} when there is none. */
  payload: { pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } } }
}

export interface BaseChoice {
  /** A revision git understands. */
  ref: string
  /** Said in the log: why this commit. */
  why: string
}

/** Which commit to compare with, or null: a pure decision on the input and the event. */
export function chooseBase(setting: SizeDeltasSetting, event: GithubEvent): BaseChoice | null {
  if (setting.mode === 'off') return null
  if (setting.mode === 'ref') return { ref: setting.ref, why: 'the size-deltas input' }
  const baseSha = event.payload.pull_request?.base?.sha
  if (baseSha !== undefined) return { ref: baseSha, why: "the pull request's base commit" }
  if (setting.mode === 'on') return { ref: 'HEAD^', why: 'the parent commit' }
  return null
}

/** The commit the report names as built: a pull request's head (not the merge), else GITHUB_SHA. */
export function headCommit(event: GithubEvent, githubSha: string | null): string | null {
  return event.payload.pull_request?.head?.sha ?? githubSha
}

export async function readEvent(env: NodeJS.ProcessEnv): Promise<GithubEvent> {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const file = env.GITHUB_EVENT_PATH
  if (file === undefined || file === '') return { name, payload: {} }
  const text = await orMissing(readFile(file, 'utf8'), '{}')
  try {
    return { name, payload: JSON.parse(text) as GithubEvent['payload'] }
  } catch {
    return { name, payload: {} }
  }
}

async function git(repo: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', repo, ...args], { maxBuffer: 16 * 1024 * 1024 })
  return stdout.trim()
}

/**
 * Whether git's failure means "no such commit here": `--verify --quiet` exits 1 for an unknown
 * revision, and git exits 128 outside a repository. Any other failure (no git at all) is an error.
 */
function isNoSuchCommit(error: unknown): boolean {
  const { code, stderr } = error as { code?: unknown; stderr?: unknown }
  return code === 1 || (code === 128 && /not a git repository/i.test(String(stderr)))
}

/** The full SHA of `ref` in the repository at `repo`; null when it has no such commit or is none. */
export async function revParse(repo: string, ref: string): Promise<string | null> {
  try {
    return await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  } catch (error) {
    if (isNoSuchCommit(error)) return null
    throw error
  }
}

/**
 * Checks `ref` out at `dir` (detached) and returns its SHA. Throws with git's message when the
 * commit cannot be had.
 */
export async function checkoutBase(repo: string, ref: string, dir: string): Promise<string> {
  let sha = await revParse(repo, ref)
  if (sha === null) {
    await git(repo, ['fetch', '--no-tags', '--depth=1', 'origin', ref])
    sha = (await revParse(repo, ref)) ?? (await revParse(repo, 'FETCH_HEAD'))
  }
  if (sha === null) throw new Error(`git cannot find ${ref}`)
  await removeBase(repo, dir)
  await git(repo, ['worktree', 'add', '--detach', '--force', dir, sha])
  return sha
}

/** Removes the checkout, if there is one: its folder, then git's record of it (prune forgets a gone folder). */
export async function removeBase(repo: string, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await git(repo, ['worktree', 'prune'])
}
