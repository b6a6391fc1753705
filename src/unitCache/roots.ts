/**
 * Named roots: the folders a build reads from or writes to (toolchain, core, each library, the
 * sketch, the build folder, home, workspace). Keys hold paths relative to them, so the same build at
 * another location, on another runner, has the same keys. A path under no root stays absolute.
 */
import path from 'node:path'

export interface NamedRoot {
  /** Stable across locations: `core`, `lib/Wire`, `sketch`, ... */
  name: string
  dir: string
}

/** Longest folder first, so the most specific root wins; duplicate folders keep their first name. */
export function orderRoots(roots: readonly NamedRoot[]): NamedRoot[] {
  const seen = new Set<string>()
  const unique = roots
    .map(root => ({ name: root.name, dir: path.resolve(root.dir) }))
    .filter(root => root.dir !== path.parse(root.dir).root && !seen.has(root.dir) && seen.add(root.dir))
  return unique.sort((a, b) => b.dir.length - a.dir.length)
}

// Characters that end a path inside an argument or a line (`-DX=/a/b`, `"/a/b"`, `/a/b:12`).
const PATH_END = /[\s"'=,:;]/

function endsPath(text: string, index: number): boolean {
  const next = text[index]
  return next === undefined || next === '/' || next === '\\' || PATH_END.test(next)
}

/** A root only matches where a path starts: `/tmp/x/usr/lib` does not hold the root `/usr`. */
function startsPath(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const previous = text[i] ?? ''
    if (previous === '/' || previous === '\\') return false
    if (PATH_END.test(previous)) return true
  }
  return true
}

/**
 * Replaces every occurrence of a root folder in `text` (a path, an argument, a source line) by
 * `{name}` (or what `mark` makes of the name). Only whole path prefixes match: `/a/core2` is not
 * under `/a/core`.
 */
export function normalizeText(
  text: string,
  orderedRoots: readonly NamedRoot[],
  mark: (name: string) => string = name => `{${name}}`
): string {
  let result = text
  for (const root of orderedRoots) {
    if (!result.includes(root.dir)) continue
    let out = ''
    let from = 0
    for (let at = result.indexOf(root.dir); at >= 0; at = result.indexOf(root.dir, at + 1)) {
      if (at < from || !startsPath(result, at) || !endsPath(result, at + root.dir.length)) continue
      out += `${result.slice(from, at)}${mark(root.name)}`
      from = at + root.dir.length
    }
    result = out + result.slice(from)
  }
  return result
}

/** The root a normalized path is under (`{name}/rel` -> `name`); null for a path under none. Pure. */
export function rootNameOf(normalized: string): string | null {
  return /^\{([^}]+)\}/.exec(normalized)?.[1] ?? null
}

/** The inverse for one path: `{name}/rel` back to an absolute path at this location. */
export function resolveNormalized(normalized: string, orderedRoots: readonly NamedRoot[]): string | null {
  const match = /^\{([^}]+)\}(.*)$/.exec(normalized)
  if (match === null) return path.isAbsolute(normalized) ? normalized : null
  const root = orderedRoots.find(candidate => candidate.name === match[1])
  return root === undefined ? null : root.dir + (match[2] ?? '')
}

/** A compile or link command as a key sees it: roots named, the output path left out. */
export function normalizeArgv(argv: readonly string[], orderedRoots: readonly NamedRoot[]): string[] {
  const result: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '-o') {
      i++
      continue
    }
    result.push(normalizeText(arg, orderedRoots))
  }
  return result
}

// Compiler output never holds a NUL, so a marked root cannot be confused with text the compiler printed.
const MARK = '\u0000'

/** Text to keep across locations (compiler messages): every root folder marked by name. */
export function portableText(text: string, orderedRoots: readonly NamedRoot[]): string {
  return normalizeText(text, orderedRoots, name => `${MARK}${name}${MARK}`)
}

/** `portableText` at this location: each root back to its folder; null when a root is unknown here. */
export function placeText(portable: string, orderedRoots: readonly NamedRoot[]): string | null {
  // Split on the marks, odd pieces are root names.
  const pieces = portable.split(MARK)
  let placed = ''
  for (const [i, piece] of pieces.entries()) {
    if (i % 2 === 0) {
      placed += piece
      continue
    }
    const root = orderedRoots.find(candidate => candidate.name === piece)
    if (root === undefined) return null
    placed += root.dir
  }
  return placed
}

/**
 * Where compiles see their files (DESIGN.md §4, "outputs independent of location by construction"):
 * `relative` runs the toolchain in a per-run folder holding one link per root, with every path
 * under a root given relative to it (`lib/user/Tally/src/Tally.cpp`), so `__FILE__` expands to the
 * same text at every location; `absolute` gives real paths, as arduino-cli does (exact parity).
 */
export type PathMode = 'relative' | 'absolute'

/** A path under a root as the toolchain sees it in `relative` mode: `name/rest`; others unchanged. */
export function relativeName(file: string, orderedRoots: readonly NamedRoot[]): string {
  return normalizeText(file, orderedRoots, name => name)
}

// A macro's value keeps its meaning: `-DDATA="/abs/x"` stays what the user wrote.
const KEEPS_VALUE = /^-[DU]/

/**
 * A command for the execution root: every root folder in its arguments (`-I/a/lib/src`,
 * `/a/build/x.o`, `-Wl,-Map,/a/build/x.map`) named relative to it; the program and macro
 * definitions stay as they are.
 */
export function relativeArgv(argv: readonly string[], orderedRoots: readonly NamedRoot[]): string[] {
  return argv.map((arg, i) => (i === 0 || KEEPS_VALUE.test(arg) ? arg : relativeName(arg, orderedRoots)))
}

/** Roots by name, longest name first, so `sketch/Blink-2` is tried before `sketch/Blink`. */
function byNameLength(orderedRoots: readonly NamedRoot[]): NamedRoot[] {
  return [...orderedRoots].sort((a, b) => b.name.length - a.name.length)
}

/** A path the toolchain printed in `relative` mode, at this location; an absolute one as it is. */
export function placeRelativePath(file: string, orderedRoots: readonly NamedRoot[]): string | null {
  if (path.isAbsolute(file)) return file
  const root = byNameLength(orderedRoots).find(
    candidate => file === candidate.name || file.startsWith(`${candidate.name}/`)
  )
  return root === undefined ? null : root.dir + file.slice(root.name.length)
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The toolchain's messages in `relative` mode (`sketch/Blink/Blink.ino:6:3: error: ...`, `In file
 * included from lib/user/Tally/src/Tally.h:2`) with each root-relative path placed at this location,
 * as a compile with real paths would have printed them. A name matches only where a path starts and
 * ends (`build/x.o`, not `rebuild/x.o` or `buildings`).
 */
export function placeRelativeText(text: string, orderedRoots: readonly NamedRoot[]): string {
  const roots = byNameLength(orderedRoots)
  if (roots.length === 0) return text
  const names = roots.map(root => escapeRegExp(root.name)).join('|')
  const pattern = new RegExp(`(^|[\\s"'(<=,\`])(${names})(?=[/\\s"'=,:;)>\`]|$)`, 'gm')
  const dirs = new Map(roots.map(root => [root.name, root.dir]))
  return text.replace(pattern, (_match, before: string, name: string) => `${before}${dirs.get(name) ?? name}`)
}
