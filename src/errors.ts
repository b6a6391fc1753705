import { redactText } from './redact.js'

/** A problem with what the user asked for (arguments, inputs, setup): reported as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/**
 * A fault in fbuild-action itself (a broken invariant), never the user's: the sketch it hits fails
 * (exit code 1) with a line asking for a bug report, instead of passing for a usage error.
 */
export class InternalError extends Error {
  override name = 'InternalError'
}

/** An error the operating system raised (ENOSPC, EACCES, EIO...): the machine's fault, not ours. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  // By shape, not instanceof: errors from Node's own modules may come from another realm (a VM context).
  const candidate = error as Partial<NodeJS.ErrnoException> | null
  return typeof candidate?.code === 'string' && typeof candidate.syscall === 'string'
}

/**
 * One line for an error met while building: the user's and the machine's errors say what they are;
 * anything else is a bug of ours (an InternalError, a TypeError...) and asks to be reported.
 */
export function describeFault(error: unknown): string {
  const text = isSystemError(error) || error instanceof Error ? error.message : String(error)
  // A URL in an error may carry credentials or a signed query: never shown.
  const message = redactText(text.split('\n')[0] ?? '')
  if (error instanceof UsageError || isSystemError(error)) return message
  return `internal error: ${message} (a bug in fbuild-action: please report it with this line)`
}
