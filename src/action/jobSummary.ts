/** Writes to the job summary when the runner offers one (local runs may not), else to the log. */
import * as core from '@actions/core'

export async function writeSummary(markdown: string): Promise<void> {
  if (process.env.GITHUB_STEP_SUMMARY === undefined || process.env.GITHUB_STEP_SUMMARY === '') {
    core.info(markdown)
    return
  }
  await core.summary.addRaw(markdown).write()
}
