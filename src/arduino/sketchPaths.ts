/**
 * Expands the CLI's SKETCH|DIR|GLOB arguments into sketch paths. A path that is not a sketch is
 * passed through unchanged, so the build reports it as that sketch's one-line error.
 *
 * Searching (a DIR, a GLOB) never follows a symbolic link to a folder: a link may lead out of the
 * tree, or around it in a loop, and the folder it names is found under its own path anyway. A link
 * the user names as an argument is used as named. Each sketch is built once, however it was named.
 */
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { UsageError } from '../errors.js'
import { orMissing } from '../files.js'
import { SKETCH_EXTENSIONS } from './fileKinds.js'

/** What a search skips: hidden folders (.git, the store's .fbuild-cache), node_modules, and `exclude`. */
export interface SketchSearch {
  /** Folders the build itself writes (its build folder and store), when they lie in the tree. */
  exclude?: readonly string[]
}

async function kindOf(file: string): Promise<'file' | 'dir' | null> {
  const info = await orMissing(stat(file), null)
  if (info === null) return null
  return info.isDirectory() ? 'dir' : 'file'
}

async function isSketchFolder(dir: string): Promise<boolean> {
  const name = path.basename(dir)
  for (const extension of SKETCH_EXTENSIONS) {
    if ((await kindOf(path.join(dir, name + extension))) === 'file') return true
  }
  return false
}

function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules'
}

/** Sketch folders at or below `dir`, sorted; a sketch's own subfolders are not searched. */
export async function findSketches(dir: string, search: SketchSearch = {}): Promise<string[]> {
  if (search.exclude?.includes(dir)) return []
  if (await isSketchFolder(dir)) return [dir]
  // Dirents of symbolic links are not directories: links are not followed.
  const entries = await orMissing(readdir(dir, { withFileTypes: true }), [])
  const found: string[] = []
  const subfolders = entries
    .filter(entry => entry.isDirectory() && !skipped(entry.name))
    .map(entry => entry.name)
    .sort()
  for (const name of subfolders) found.push(...(await findSketches(path.join(dir, name), search)))
  return found
}

async function expandGlob(pattern: string, cwd: string, search: SketchSearch): Promise<string[]> {
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: false,
    expandDirectories: false,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**']
  })
  const sketches = new Set<string>()
  // Folders come back with a trailing slash: resolve them so a folder and its .ino name one sketch.
  for (const match of matches.map(found => path.resolve(found)).sort()) {
    const matchKind = await kindOf(match)
    const folder = matchKind === 'file' ? path.dirname(match) : match
    if (search.exclude?.some(excluded => folder === excluded || folder.startsWith(excluded + path.sep)))
      continue
    if (matchKind === 'file' && SKETCH_EXTENSIONS.includes(path.extname(match))) {
      sketches.add(folder)
    } else if (matchKind === 'dir' && (await isSketchFolder(match))) {
      sketches.add(match)
    }
  }
  if (sketches.size === 0) throw new UsageError(`sketch pattern "${pattern}" matches no sketch`)
  return [...sketches]
}

async function expandOne(arg: string, cwd: string, search: SketchSearch): Promise<string[]> {
  const absolute = path.resolve(cwd, arg)
  const kind = await kindOf(absolute)
  if (kind === 'file') return [absolute]
  if (kind === 'dir') {
    const sketches = await findSketches(absolute, search)
    return sketches.length > 0 ? sketches : [absolute]
  }
  if (!isDynamicPattern(arg)) return [absolute]
  return expandGlob(arg, cwd, search)
}

/** The folder a sketch path stands for, by its real path, so two names of one sketch count once. */
async function identity(sketch: string): Promise<string> {
  const folder = SKETCH_EXTENSIONS.includes(path.extname(sketch)) ? path.dirname(sketch) : sketch
  return orMissing(realpath(folder), folder)
}

/** Every sketch the arguments name, once each, in argument order. */
export async function expandSketchArgs(
  args: readonly string[],
  cwd: string,
  search: SketchSearch = {}
): Promise<string[]> {
  const found = new Map<string, string>()
  for (const arg of args) {
    for (const sketch of await expandOne(arg, cwd, search)) {
      const id = await identity(sketch)
      if (!found.has(id)) found.set(id, sketch)
    }
  }
  return [...found.values()]
}

/**
 * A sketch argument that names nothing (not a file, not a folder, not a pattern) is a mistyped path:
 * a usage error (exit 2) before anything is built, not a failed sketch.
 */
export async function checkSketchArgsExist(
  args: readonly string[],
  cwd: string,
  input = 'sketch'
): Promise<void> {
  for (const arg of args) {
    if (isDynamicPattern(arg)) continue
    if ((await kindOf(path.resolve(cwd, arg))) === null)
      throw new UsageError(
        `${input} ${arg}: no such file or folder (expected a sketch folder, an .ino file or a glob)`
      )
  }
}
