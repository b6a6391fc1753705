/**
 * The CLI outside GitHub Actions: the @actions/* libraries it shares with the action (tool-cache
 * downloads, cache) write workflow commands (`::debug::...`) to stdout, which only a runner reads.
 * On a terminal or another CI those lines become plain text, or nothing for debug and bookkeeping.
 */

const SHOWN = new Map([
  ['error', 'error: '],
  ['warning', 'warning: '],
  ['notice', 'note: '],
  ['group', '']
])

/** One line of output as a person outside Actions should see it; null to drop it. */
export function plainLine(line: string): string | null {
  const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
  if (command === null) return line
  const prefix = SHOWN.get(command[1] ?? '')
  return prefix === undefined ? null : `${prefix}${command[2] ?? ''}`
}

/** Rewrites workflow-command lines written to `stream` (whole lines, as @actions/core writes them). */
export function plainWorkflowCommands(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== 'string' || !chunk.startsWith('::')) return write(chunk, ...rest)
    const lines = chunk
      .split('\n')
      .map(line => (line === '' ? line : plainLine(line)))
      .filter(line => line !== null)
    const text = lines.join('\n')
    return text.trim() === '' ? true : write(text, ...rest)
  }) as typeof stream.write
}
