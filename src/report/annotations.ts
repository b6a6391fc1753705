/**
 * Compiler messages as GitHub annotations: `file:line:col: error: text` from gcc, pointing at the
 * user's `.ino` (the merged sketch carries #line directives for exactly this).
 */
import path from 'node:path'

export interface Annotation {
  file: string
  line: number
  column: number | undefined
  severity: 'error' | 'warning'
  message: string
}

const GCC_MESSAGE = /^(.+?):(\d+):(?:(\d+):)? (fatal error|error|warning): (.*)$/

/** Annotations for the messages of one failed sketch, files relative to the workspace. */
export function annotationsFrom(messages: string, workspace: string): Annotation[] {
  const found: Annotation[] = []
  for (const line of messages.split('\n')) {
    const match = GCC_MESSAGE.exec(line.trim())
    if (match === null) continue
    const [, file = '', lineNumber = '0', column, kind = 'error', text = ''] = match
    const relative = path.relative(workspace, path.resolve(workspace, file))
    found.push({
      file: relative.startsWith('..') ? file : relative,
      line: Number(lineNumber),
      column: column === undefined ? undefined : Number(column),
      severity: kind === 'warning' ? 'warning' : 'error',
      message: text
    })
  }
  return found
}
