/**
 * A stand-in for GitHub's runner (not for the code under test): the ActionRuntime that run() and
 * runPost() get in-process, holding inputs as the runner gives them (action.yml's defaults for
 * the rest) and recording outputs, state, exported variables, PATH additions, the log and the
 * summary for the test to read.
 */
import type { ActionRuntime, AnnotationPlace } from '../../src/action/runtime.js'
import { inputGetter } from './actionDefaults.js'

export interface LogLine {
  level: 'info' | 'warning' | 'error' | 'group'
  message: string
  place?: AnnotationPlace
}

export interface MemoryRuntime extends ActionRuntime {
  outputs: Record<string, string>
  state: Record<string, string>
  exported: Record<string, string>
  /** addPath() arguments, in order. */
  paths: string[]
  secrets: string[]
  log: LogLine[]
  /** setFailed() messages. */
  failed: string[]
  /** The job summary's markdown, in order. */
  summaries: string[]
  /** The messages of one level. */
  lines(level: LogLine['level']): string[]
}

/** `inputs` as a workflow sets them; `state` as the main step saved it (for a post step). */
export function memoryRuntime(
  inputs: Record<string, string> = {},
  state: Record<string, string> = {}
): MemoryRuntime {
  const get = inputGetter(inputs)
  const runtime: MemoryRuntime = {
    outputs: {},
    state: { ...state },
    exported: {},
    paths: [],
    secrets: [],
    log: [],
    failed: [],
    summaries: [],
    lines: level => runtime.log.filter(line => line.level === level).map(line => line.message),
    // The runner trims inputs (core.getInput's default).
    input: name => get(name).trim(),
    setOutput: (name, value) => void (runtime.outputs[name] = value),
    setSecret: secret => void runtime.secrets.push(secret),
    saveState: (name, value) => void (runtime.state[name] = value),
    getState: name => runtime.state[name] ?? '',
    exportVariable: (name, value) => void (runtime.exported[name] = value),
    addPath: dir => void runtime.paths.push(dir),
    info: message => void runtime.log.push({ level: 'info', message }),
    warning: (message, place) => void runtime.log.push({ level: 'warning', message, place }),
    error: (message, place) => void runtime.log.push({ level: 'error', message, place }),
    setFailed: message => void runtime.failed.push(message),
    group: async (title, work) => {
      runtime.log.push({ level: 'group', message: title })
      return work()
    },
    summary: async markdown => void runtime.summaries.push(markdown)
  }
  return runtime
}
