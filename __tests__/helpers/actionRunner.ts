/**
 * Runs the bundled action as the GitHub runner does: `node dist/index.js`, then `node dist/post.js`
 * (bundled from src/ for this test run: testRun.ts) with the state main saved, inputs as INPUT_* variables, and the runner's file commands
 * (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_PATH, GITHUB_STEP_SUMMARY) read back.
 */
import { spawn } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Report } from '../../src/report/report.js'
import { actionBundle } from './testRun.js'

export interface RunnerFolders {
  workspace: string
  temp: string
  toolCache: string
}

/** One job's folders under `root/name`: its checkout (by default `workspace` there), RUNNER_TEMP, tool cache. */
export function runnerFolders(
  root: string,
  name: string,
  workspace = path.join(root, name, 'workspace')
): RunnerFolders {
  return { workspace, temp: path.join(root, name, 'temp'), toolCache: path.join(root, name, 'tool-cache') }
}

export interface StepResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  exported: Record<string, string>
  state: Record<string, string>
  /** GITHUB_PATH additions, newest first (as the runner puts them in front of PATH). */
  paths: string[]
  summary: string
  /** Wall time from spawn to exit. */
  seconds: number
  /** When each line of stdout arrived, in seconds from spawn: times measured outside the action. */
  timeline: { seconds: number; line: string }[]
}

/** The arrival time of the first line matching `pattern` (throws when none does). */
export function secondsAt(step: StepResult, pattern: RegExp): number {
  const found = step.timeline.find(entry => pattern.test(entry.line))
  if (found === undefined) throw new Error(`no line matches ${pattern}:\n${step.stdout}`)
  return found.seconds
}

/** The JSON report a main step wrote (its `report-path` output), or null when it wrote none. */
async function reportOf(step: StepResult): Promise<Report | null> {
  const reportPath = step.outputs['report-path']
  return reportPath === undefined ? null : (JSON.parse(await readFile(reportPath, 'utf8')) as Report)
}

/** The runner's `name<<DELIMITER ... DELIMITER` file-command format. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (match === null) continue
    const [, name = '', delimiter = ''] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
    values[name] = value.join('\n')
  }
  return values
}

async function readCommands(file: string): Promise<Record<string, string>> {
  return parseFileCommands(await readFile(file, 'utf8'))
}

/** INPUT_<NAME> as the runner sets it: upper case, spaces to underscores, dashes kept. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])
  )
}

export async function runStep(
  step: 'main' | 'post',
  folders: RunnerFolders,
  inputs: Record<string, string>,
  env: Record<string, string>,
  state: Record<string, string> = {}
): Promise<StepResult> {
  const files = path.join(folders.temp, `_runner_files_${step}`)
  await mkdir(files, { recursive: true })
  const commandFiles = {
    GITHUB_OUTPUT: path.join(files, 'output'),
    GITHUB_ENV: path.join(files, 'env'),
    GITHUB_STATE: path.join(files, 'state'),
    GITHUB_PATH: path.join(files, 'path'),
    GITHUB_STEP_SUMMARY: path.join(files, 'summary')
  }
  for (const file of Object.values(commandFiles)) await writeFile(file, '')
  const stateEnv = Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]))
  const startedAt = performance.now()
  const child = spawn(process.execPath, [actionBundle(step)], {
    cwd: folders.workspace,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: 'C.UTF-8',
      GITHUB_WORKSPACE: folders.workspace,
      RUNNER_TEMP: folders.temp,
      RUNNER_TOOL_CACHE: folders.toolCache,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      ImageOS: 'ubuntu24',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_EVENT_NAME: 'push',
      ...commandFiles,
      ...stateEnv,
      ...inputEnv(inputs),
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  const timeline: StepResult['timeline'] = []
  child.stdout.on('data', (chunk: Buffer) => {
    const seconds = (performance.now() - startedAt) / 1000
    const lines = (stdout.slice(stdout.lastIndexOf('\n') + 1) + chunk.toString()).split('\n')
    for (const line of lines.slice(0, -1)) timeline.push({ seconds, line })
    stdout += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', exitCode => resolve(exitCode ?? -1))
  })
  const seconds = (performance.now() - startedAt) / 1000
  return {
    seconds,
    timeline,
    code,
    stdout,
    stderr,
    outputs: await readCommands(commandFiles.GITHUB_OUTPUT),
    exported: await readCommands(commandFiles.GITHUB_ENV),
    state: await readCommands(commandFiles.GITHUB_STATE),
    paths: (await readFile(commandFiles.GITHUB_PATH, 'utf8'))
      .split('\n')
      .filter(line => line !== '')
      .reverse(),
    summary: await readFile(commandFiles.GITHUB_STEP_SUMMARY, 'utf8')
  }
}

/** A main step, then its post step with main's state, as one job; with the report main wrote. */
export async function runJob(
  folders: RunnerFolders,
  inputs: Record<string, string>,
  env: Record<string, string>
): Promise<{ main: StepResult; post: StepResult; report: Report | null }> {
  await mkdir(folders.temp, { recursive: true })
  await mkdir(folders.toolCache, { recursive: true })
  const main = await runStep('main', folders, inputs, env)
  const post = await runStep('post', folders, inputs, env, main.state)
  return { main, post, report: await reportOf(main) }
}
