/**
 * The main step from sources, for `npx local-action run . src/action/localAction.ts .env`, which
 * calls an exported run() with @actions/core stubbed: the same main as the bundle, without a
 * restore (only the bundle restores, in a child process of its own).
 */
import { readMainContext } from './context.js'
import { run as runMain } from './main.js'
import { coreRuntime } from './runtime.js'

export async function run(): Promise<void> {
  const runtime = coreRuntime({ hasSummary: (process.env.GITHUB_STEP_SUMMARY ?? '') !== '' })
  await runMain(runtime, await readMainContext(process.env, process.cwd(), null))
}
