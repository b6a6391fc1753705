/** A runner's tool cache and temp folder for install tests: tool-cache reads both on each call. */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

/** Empty folders under `root/name`, set as RUNNER_TOOL_CACHE and RUNNER_TEMP. */
export async function freshRunner(root: string, name: string): Promise<{ toolCache: string; temp: string }> {
  const toolCache = path.join(root, name, 'tool-cache')
  const temp = path.join(root, name, 'temp')
  await mkdir(toolCache, { recursive: true })
  await mkdir(temp, { recursive: true })
  process.env.RUNNER_TOOL_CACHE = toolCache
  process.env.RUNNER_TEMP = temp
  return { toolCache, temp }
}

/** tool-cache waits 10-20 s between its 3 attempts on a 5xx; these globals are its own test hooks. */
export function noDownloadRetryWaits(): void {
  Object.assign(globalThis, {
    TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS: 0,
    TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS: 0
  })
}
