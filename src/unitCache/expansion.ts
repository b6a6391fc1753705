/**
 * Expansion, not text: whether a unit's output depends on where its files are (`__FILE__`) or on
 * when it was compiled (`__DATE__`, `__TIME__`, `__TIMESTAMP__`). A mention in a comment, under
 * `#if 0` or in a macro that is never expanded changes nothing, so text only says when to look;
 * the answer comes from the unit's own preprocessor run (as ccache's preprocessor mode does), on a
 * miss, with each macro redefined to a sentinel no source holds: a sentinel in the output is an
 * expansion. Line markers name files, never sentinels, so they cannot be mistaken for one.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'

/** Macros (and gcc's builtin) whose expansion is the location of a file. */
const LOCATION_NAMES = ['__FILE__', '__BASE_FILE__']
/** `__builtin_FILE()` is no macro: it survives preprocessing as itself and names the file at compile time. */
const LOCATION_BUILTIN = '__builtin_FILE'
/** Macros whose expansion is a time: the object differs at every compile (`__TIMESTAMP__`: the source's mtime). */
const TIME_NAMES = ['__DATE__', '__TIME__', '__TIMESTAMP__']
const MENTION = new RegExp([...LOCATION_NAMES, LOCATION_BUILTIN, ...TIME_NAMES].join('|'))

/** Whether a file's bytes mention any of them (anywhere: comments too). The cheap first test. */
export function mentionsExpansionMacro(content: Buffer | string): boolean {
  // One pass of one pattern over the text (latin1: one character per byte, any file decodes).
  return MENTION.test(typeof content === 'string' ? content : content.toString('latin1'))
}

const INCLUDE = /^[ \t]*#[ \t]*include(?:_next)?(?:[ \t]*[<"]([^>"\n]+)[>"]|[ \t]+([A-Za-z_]))/gm

/**
 * The base names of the headers a file's `#include` (and `#include_next`) lines name; `*` for a
 * computed include (`#include MACRO`), which could name any header.
 */
export function includedNames(text: string): string[] {
  const names: string[] = []
  for (const match of text.matchAll(INCLUDE)) {
    const [, header, computed] = match
    if (header !== undefined) names.push(header.slice(header.lastIndexOf('/') + 1))
    else if (computed !== undefined) names.push('*')
  }
  return names
}

/** What the preprocessor showed: the unit's output names a location, or a time. */
export interface ExpansionVerdict {
  location: boolean
  time: boolean
}

/** One unit's check: the argv to run, and how to read its standard output. */
export interface ExpansionCheck {
  argv: string[]
  verdict(preprocessed: string): ExpansionVerdict
}

// Flags of the compile that write files or pick the output kind; the check writes to stdout only.
const DROPPED_FLAGS = new Set(['-c', '-S', '-MMD', '-MD', '-MP'])
const DROPPED_WITH_VALUE = new Set(['-o', '-MF', '-MT', '-MQ'])

/**
 * The check for a compile command: the same command preprocessing only (`-E`, output on stdout,
 * no dependency file), warnings off (redefining a builtin warns), and every macro above defined as
 * a sentinel that carries a fresh random tag, so no source can hold it by chance.
 */
export function expansionCheck(
  compileArgv: readonly string[],
  tag = randomBytes(6).toString('hex')
): ExpansionCheck {
  const sentinel = (name: string): string => `__fbuild_${tag}_${name.replace(/_/g, '')}`
  const argv: string[] = []
  for (let i = 0; i < compileArgv.length; i++) {
    const arg = compileArgv[i] ?? ''
    if (DROPPED_WITH_VALUE.has(arg)) i++
    else if (!DROPPED_FLAGS.has(arg)) argv.push(arg)
  }
  argv.push('-E', '-w', ...[...LOCATION_NAMES, ...TIME_NAMES].map(name => `-D${name}=${sentinel(name)}`))
  const locationMarks = [...LOCATION_NAMES.map(sentinel), LOCATION_BUILTIN]
  return {
    argv,
    verdict: preprocessed => ({
      location: filesNamed(preprocessed).some(
        ({ name, text }) => path.isAbsolute(name) && locationMarks.some(mark => text.includes(mark))
      ),
      time: TIME_NAMES.some(name => preprocessed.includes(sentinel(name)))
    })
  }
}

// A line marker of preprocessed output: `# 12 "lib/user/Tally/src/Tally.h" 2`.
const LINE_MARKER = /^# \d+ "((?:[^"\\]|\\.)*)".*$/gm

/**
 * The preprocessed output cut at its line markers: each piece with the name of the file it comes
 * from, as the compiler knows it. `__FILE__` expands to the name of the file where it is expanded,
 * so an expansion names a location only inside a piece whose name is absolute: with the execution
 * root (engine/executionRoot.ts), only a header the compiler found by its own absolute path.
 */
export function filesNamed(preprocessed: string): { name: string; text: string }[] {
  const pieces: { name: string; text: string }[] = []
  let name = ''
  let from = 0
  for (const marker of preprocessed.matchAll(LINE_MARKER)) {
    pieces.push({ name, text: preprocessed.slice(from, marker.index) })
    name = (marker[1] ?? '').replace(/\\(.)/g, '$1')
    from = marker.index + marker[0].length
  }
  pieces.push({ name, text: preprocessed.slice(from) })
  return pieces
}
