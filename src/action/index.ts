/**
 * Entry of the main step (bundled to dist/index.js). The same script restores the cache in a child
 * process when RESTORE_REQUEST_ENV is set (ciCache/restoreSave.ts starts it so).
 */
import * as core from '@actions/core'
import { RESTORE_REQUEST_ENV, runRestoreWorker } from '../ciCache/restoreWorker.js'
import { describeFault } from '../errors.js'
import { run } from './main.js'

const restoreRequest = process.env[RESTORE_REQUEST_ENV]
if (restoreRequest !== undefined) {
  await runRestoreWorker(restoreRequest)
} else {
  try {
    await run({ restoreWorker: process.argv[1] })
  } catch (error) {
    core.setFailed(describeFault(error))
  }
}
// An abandoned cache save may still hold a socket or a retry timer: the step ends with its work.
process.exit()
