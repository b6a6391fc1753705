/** Entry of the post step (bundled to dist/post.js): reads the runner's environment once. */
import { readStepContext } from './context.js'
import { postStep } from './post.js'
import { coreRuntime } from './runtime.js'

await postStep(coreRuntime({ hasSummary: (process.env.GITHUB_STEP_SUMMARY ?? '') !== '' }), () =>
  readStepContext(process.env, process.cwd())
)
// A timed-out upload may still hold a socket open; the job must not wait for it.
process.exit(0)
