/**
 * The peers fbuild-action is measured against: arduino-builder over a corpus, and any command line timed
 * as a whole (e.g. a ccache-wrapped build).
 */
import {
  buildWithArduinoBuilder,
  runCommand,
  type OraclePlatform,
  type OracleResult
} from '../__tests__/helpers/arduinoBuilder.js'

/** Builds every sketch with arduino-builder, `jobs` at a time, with no result cache: real work only. */
export async function runArduinoBuilderCorpus(
  sketches: string[],
  fqbn: string,
  outDir: string,
  jobs: number,
  platform?: OraclePlatform
): Promise<{ wallSeconds: number; results: Map<string, OracleResult> }> {
  const started = performance.now()
  const results = await buildWithArduinoBuilder({ sketches, fqbn, outDir, jobs, platform, resultCache: null })
  return { wallSeconds: (performance.now() - started) / 1000, results }
}

/**
 * Runs argv to completion (env replaces the environment when given; cwd is the working folder) and
 * says how long it took.
 */
export async function timeCommand(
  argv: readonly string[],
  env?: NodeJS.ProcessEnv,
  cwd?: string
): Promise<{ seconds: number; code: number; stdout: string; stderr: string }> {
  const started = performance.now()
  const { code, stdout, stderr } = await runCommand(argv, { env, cwd })
  return { seconds: (performance.now() - started) / 1000, code, stdout, stderr }
}
