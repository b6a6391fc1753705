/**
 * The action's two steps in this process, as the runner runs them in one job: mainStep() with a
 * recording runtime and a stated context, then postStep() with the state main saved. The compiler,
 * the store, the file system and the @actions/cache client are the real ones; what stands in for
 * GitHub is the runtime (memoryRuntime.ts) and the services on 127.0.0.1 (actionServices.ts).
 *
 * The libraries the action uses read the runner's environment themselves (@actions/cache: the
 * service's URL and token, GITHUB_WORKSPACE and the working folder it globs from; @actions/tool-cache:
 * RUNNER_TOOL_CACHE, RUNNER_TEMP), so each step sets those in process.env and restores them after.
 */
import { mkdir, readFile } from 'node:fs/promises'
import type { MainContext } from '../../src/action/context.js'
import { mainStep } from '../../src/action/main.js'
import { postStep, type PostContext } from '../../src/action/post.js'
import { newRunId } from '../../src/unitCache/open.js'
import type { Report } from '../../src/report/report.js'
import type { RunnerFolders } from './actionRunner.js'
import { memoryRuntime, type MemoryRuntime } from './memoryRuntime.js'
import { actionBundle } from './testRun.js'

/** A step's runtime and what it wrote to stdout (the libraries' own workflow commands). */
export interface StepRecord {
  runtime: MemoryRuntime
  stdout: string
}

/** The context a push run in `folders` has: override what a test is about. */
export function contextFor(folders: RunnerFolders, overrides: Partial<MainContext> = {}): MainContext {
  return {
    workspace: folders.workspace,
    temp: folders.temp,
    event: { name: 'push', payload: {} },
    sha: null,
    repository: 'octo/blinky',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runner: { image: 'ubuntu24', arch: 'X64', runId: '1', runAttempt: '1' },
    cacheTimeoutMs: 60_000,
    storeRunId: newRunId(),
    // The main step bundled from src/: the restore runs in a child process of it, as on GitHub.
    entryScript: actionBundle('main'),
    ...overrides
  }
}

/** Runs `step` with the runner's environment for the libraries, and stdout recorded. */
async function asStep(
  folders: RunnerFolders,
  env: Record<string, string>,
  step: () => Promise<void>
): Promise<string> {
  const savedEnv = { ...process.env }
  const savedCwd = process.cwd()
  Object.assign(process.env, env, {
    GITHUB_WORKSPACE: folders.workspace,
    RUNNER_TEMP: folders.temp,
    RUNNER_TOOL_CACHE: folders.toolCache
  })
  process.chdir(folders.workspace)
  let stdout = ''
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  }) as typeof process.stdout.write
  try {
    await step()
    return stdout
  } finally {
    process.stdout.write = write
    process.chdir(savedCwd)
    process.env = savedEnv
  }
}

export async function mainInProcess(
  folders: RunnerFolders,
  inputs: Record<string, string>,
  context: MainContext,
  env: Record<string, string> = {}
): Promise<StepRecord> {
  await mkdir(folders.workspace, { recursive: true })
  await mkdir(folders.temp, { recursive: true })
  await mkdir(folders.toolCache, { recursive: true })
  const runtime = memoryRuntime(inputs)
  const stdout = await asStep(folders, env, () => mainStep(runtime, async () => context))
  return { runtime, stdout }
}

/** The post step with the state a main step saved. */
export async function postInProcess(
  folders: RunnerFolders,
  state: Record<string, string>,
  context: PostContext,
  env: Record<string, string> = {}
): Promise<StepRecord> {
  const runtime = memoryRuntime({}, state)
  const stdout = await asStep(folders, env, () => postStep(runtime, async () => context))
  return { runtime, stdout }
}

/** A main step, then its post step with main's state and the same context, as one job. */
export async function jobInProcess(
  folders: RunnerFolders,
  inputs: Record<string, string>,
  context: MainContext,
  env: Record<string, string> = {}
): Promise<{ main: StepRecord; post: StepRecord; report: Report | null }> {
  const main = await mainInProcess(folders, inputs, context, env)
  const post = await postInProcess(folders, main.runtime.state, context, env)
  const reportPath = main.runtime.outputs['report-path']
  const report = reportPath === undefined ? null : (JSON.parse(await readFile(reportPath, 'utf8')) as Report)
  return { main, post, report }
}
