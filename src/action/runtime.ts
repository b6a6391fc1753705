/**
 * What a step asks of GitHub's runner, behind one small interface (as actions/cache's
 * StateProvider): inputs, outputs, state for the post step, the environment of later steps, and
 * the log. The runner's own is @actions/core (coreRuntime); the tests hand run() and runPost() one
 * that records, so the code under test runs in-process with the real compiler, store and cache
 * client.
 */
import * as core from '@actions/core'

/** Where an annotation points, as @actions/core takes it. */
export interface AnnotationPlace {
  file?: string
  startLine?: number
  startColumn?: number
  title?: string
}

export interface ActionRuntime {
  /** The input's value, trimmed; '' when not set. */
  input(name: string): string
  setOutput(name: string, value: string): void
  /** Masks the text in every later log line. */
  setSecret(secret: string): void
  saveState(name: string, value: string): void
  /** What the main step saved under `name`; '' when nothing. */
  getState(name: string): string
  /** A variable for the job's later steps. */
  exportVariable(name: string, value: string): void
  /** A folder in front of PATH for the job's later steps. */
  addPath(dir: string): void
  info(message: string): void
  warning(message: string, place?: AnnotationPlace): void
  error(message: string, place?: AnnotationPlace): void
  /** The step fails when it ends (what follows still runs: outputs, summary). */
  setFailed(message: string): void
  /** A collapsible group of the log around `work`. */
  group<T>(title: string, work: () => Promise<T>): Promise<T>
  /** Markdown for the job summary (a local run without one: the log). */
  summary(markdown: string): Promise<void>
}

/**
 * The runner's runtime. `hasSummary`: the runner offers a job summary file (GITHUB_STEP_SUMMARY);
 * local runs may not, and then the summary goes to the log.
 */
export function coreRuntime(options: { hasSummary: boolean }): ActionRuntime {
  return {
    input: name => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: secret => core.setSecret(secret),
    saveState: (name, value) => core.saveState(name, value),
    getState: name => core.getState(name),
    exportVariable: (name, value) => core.exportVariable(name, value),
    addPath: dir => core.addPath(dir),
    info: message => core.info(message),
    warning: (message, place) => core.warning(message, place),
    error: (message, place) => core.error(message, place),
    setFailed: message => core.setFailed(message),
    group: (title, work) => core.group(title, work),
    summary: async markdown => {
      if (!options.hasSummary) core.info(markdown)
      else await core.summary.addRaw(markdown).write()
    }
  }
}

/** Outputs as the runner keeps them: text. */
export function setOutputs(runtime: ActionRuntime, values: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(values)) runtime.setOutput(name, String(value))
}
