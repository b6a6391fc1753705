/** A problem with what the user asked for (arguments, inputs, setup): reported as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
