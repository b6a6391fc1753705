/**
 * Entry of the main step (bundled to dist/index.js): reads the runner's environment once and runs
 * main with it. The same script restores the cache in a child process when RESTORE_REQUEST_ENV is
 * set (ciCache/restoreSave.ts starts it so).
 */
import { RESTORE_REQUEST_ENV, runRestoreWorker } from '../ciCache/restoreWorker.js'
import { readMainContext } from './context.js'
import { mainStep } from './main.js'
import { coreRuntime } from './runtime.js'

const restoreRequest = process.env[RESTORE_REQUEST_ENV]
if (restoreRequest !== undefined) {
  await runRestoreWorker(restoreRequest)
} else {
  await mainStep(coreRuntime({ hasSummary: (process.env.GITHUB_STEP_SUMMARY ?? '') !== '' }), () =>
    readMainContext(process.env, process.cwd(), process.argv[1] ?? null)
  )
}
// An abandoned cache save may still hold a socket or a retry timer: the step ends with its work.
process.exit()
