/** How many compiles run at once: the CLI's `--jobs` and the action's `jobs` input. */
import { availableParallelism } from 'node:os'
import { UsageError } from '../errors.js'

/** A positive whole number; absent or empty: the CPU count. `name` is the option or input, for the error. */
export function parseJobs(text: string | undefined, name: string): number {
  if (text === undefined || text === '') return availableParallelism()
  if (!/^[1-9][0-9]*$/.test(text)) throw new UsageError(`${name}: "${text}" is not a positive whole number`)
  return Number(text)
}
