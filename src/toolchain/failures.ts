/**
 * Which failures are results and which the environment caused.
 *
 * A failure that depends only on the inputs (a compile error, `#error`, an undefined reference, a
 * region overflow, a size over the board's limit, a header no library provides) is a result: the
 * cache stores it under the key its success would have had and replays it exactly.
 *
 * A failure the environment caused says nothing about the inputs and is NEVER stored: the process
 * ended by a signal (killed, the kernel's out-of-memory killer, a timeout's kill: the engine sets
 * no time limit of its own, so a timeout reaches it as a signal), a tool missing or not executable
 * (gcc cannot exec cc1plus, as or ld; a program that cannot be spawned at all throws and never
 * reaches a store), the disk full (ENOSPC) or failing (EIO), memory exhausted, or the compiler
 * crashing (an internal compiler error is gcc's report of a crash or a kill).
 */
export interface FinishedProcess {
  code: number
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

const ENVIRONMENT_MESSAGES: [RegExp, string][] = [
  [/No space left on device/, 'the disk is full (ENOSPC)'],
  [/Input\/output error/, 'an I/O error (EIO)'],
  [/out of memory|virtual memory exhausted|Cannot allocate memory/i, 'memory ran out'],
  [
    /error trying to exec|execvp: |cannot find '(ld|as)'|Permission denied$/m,
    'a program of the toolchain is missing or not executable'
  ],
  [
    /internal compiler error|terminated program|not reproducible, so it is likely a hardware or OS problem/,
    'the compiler crashed or was killed'
  ]
]

/** Why the environment, not the inputs, made this process fail; null for a success or a real result. */
export function environmentFailure(result: FinishedProcess): string | null {
  if (result.signal !== null) return `killed by ${result.signal}`
  if (result.code === 0) return null
  const output = `${result.stdout}\n${result.stderr}`
  return ENVIRONMENT_MESSAGES.find(([pattern]) => pattern.test(output))?.[1] ?? null
}
