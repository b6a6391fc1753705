/** Entry of the post step (bundled to dist/post.js). It never fails the job: caching is an optimisation. */
import * as core from '@actions/core'
import { runPost } from './post.js'

try {
  await runPost()
} catch (error) {
  core.warning(`fbuild-action post step: ${error instanceof Error ? error.message : String(error)}`)
}
// A timed-out upload may still hold a socket open; the job must not wait for it.
process.exit(0)
