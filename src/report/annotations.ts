/**
 * Compiler messages read as a person would: gcc's `file:line:col: error: text` lines pointing at the
 * user's `.ino` (the merged sketch carries #line directives for exactly this), files relative to the
 * workspace; gcc's context lines ("In function ...", "In file included from ...") are not errors.
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

/** `file` relative to `workspace` when inside it, else as given. */
function workspacePath(file: string, workspace: string): string {
  const relative = path.relative(workspace, path.resolve(workspace, file))
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

/** Every error and warning in `messages`, files relative to the workspace. */
export function annotationsFrom(messages: string, workspace: string): Annotation[] {
  const found: Annotation[] = []
  for (const line of messages.split('\n')) {
    const match = GCC_MESSAGE.exec(line.trim())
    if (match === null) continue
    const [, file = '', lineNumber = '0', column, kind = 'error', text = ''] = match
    found.push({
      file: workspacePath(file, workspace),
      line: Number(lineNumber),
      column: column === undefined ? undefined : Number(column),
      severity: kind === 'warning' ? 'warning' : 'error',
      message: text
    })
  }
  return found
}

export function warningsFrom(messages: string, workspace: string): Annotation[] {
  return annotationsFrom(messages, workspace).filter(note => note.severity === 'warning')
}

/** Lines that say what failed when no gcc-style error line does (linker, size check, detection). */
const FAILURE_TEXT =
  /error|undefined reference|exceeds available space|too big|not enough memory|no such file/i

/**
 * The line a reader needs from a failed sketch's messages: the first compiler error as
 * `file:line:col: error: text` with a workspace-relative file, else the first line that names a
 * failure, else the first line; absolute workspace paths in it are made relative.
 */
export function firstErrorLine(messages: string, workspace: string): string {
  const error = annotationsFrom(messages, workspace).find(note => note.severity === 'error')
  if (error !== undefined) {
    const column = error.column === undefined ? '' : `${error.column}:`
    return `${error.file}:${error.line}:${column} error: ${error.message}`
  }
  const lines = messages
    .split('\n')
    .map(line => line.trim())
    .filter(line => line !== '')
  const chosen = lines.find(line => FAILURE_TEXT.test(line)) ?? lines[0] ?? 'failed'
  return chosen.split(`${workspace}${path.sep}`).join('')
}
