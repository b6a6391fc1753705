/** The CLI's `main` run inside the test's process (its own file: it loads all of src/cli). */
import { main } from '../../src/cli/main.js'
import type { CliRun } from './cliRunner.js'

/**
 * The CLI's `main` in this process, as `index.ts` calls it: its exit code and what it wrote. For
 * cases that end before any compiler runs (usage errors), where a process would cost most of the time.
 */
export async function runCliInProcess(args: string[], cwd: string): Promise<CliRun> {
  const written = { stdout: '', stderr: '' }
  const originals = { stdout: process.stdout.write, stderr: process.stderr.write }
  for (const name of ['stdout', 'stderr'] as const) {
    process[name].write = ((chunk: string | Uint8Array) => {
      written[name] += chunk.toString()
      return true
    }) as typeof process.stdout.write
  }
  try {
    const code = await main(args, cwd)
    return { code, signal: null, ...written }
  } finally {
    process.stdout.write = originals.stdout
    process.stderr.write = originals.stderr
  }
}
