/**
 * Expands the CLI's SKETCH|DIR|GLOB arguments into sketch paths. A path that is not a sketch is
 * passed through unchanged, so the build reports it as that sketch's one-line error.
 */
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { UsageError } from '../errors.js'

const SKETCH_EXTENSIONS = ['.ino', '.pde']
const SKIPPED_FOLDERS = new Set(['node_modules', 'build'])

async function kindOf(file: string): Promise<'file' | 'dir' | null> {
  const info = await stat(file).catch(() => null)
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

/** Sketch folders at or below `dir`, sorted; a sketch's own subfolders are not searched. */
export async function findSketches(dir: string): Promise<string[]> {
  if (await isSketchFolder(dir)) return [dir]
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const found: string[] = []
  const subfolders = entries
    .filter(entry => entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name))
    .map(entry => entry.name)
    .sort()
  for (const name of subfolders) found.push(...(await findSketches(path.join(dir, name))))
  return found
}

async function expandOne(arg: string, cwd: string): Promise<string[]> {
  const absolute = path.resolve(cwd, arg)
  const kind = await kindOf(absolute)
  if (kind === 'file') return [absolute]
  if (kind === 'dir') {
    const sketches = await findSketches(absolute)
    return sketches.length > 0 ? sketches : [absolute]
  }
  if (!isDynamicPattern(arg)) return [absolute]
  const matches = await glob(arg, { cwd, absolute: true, onlyFiles: false, expandDirectories: false })
  const sketches = new Set<string>()
  // Folders come back with a trailing slash: resolve them so a folder and its .ino name one sketch.
  for (const match of matches.map(found => path.resolve(found)).sort()) {
    const matchKind = await kindOf(match)
    if (matchKind === 'file' && SKETCH_EXTENSIONS.includes(path.extname(match))) {
      sketches.add(path.dirname(match))
    } else if (matchKind === 'dir' && (await isSketchFolder(match))) {
      sketches.add(match)
    }
  }
  if (sketches.size === 0) throw new UsageError(`sketch pattern "${arg}" matches no sketch`)
  return [...sketches]
}

/** Every sketch the arguments name, once each, in argument order. */
export async function expandSketchArgs(args: readonly string[], cwd: string): Promise<string[]> {
  const result = new Set<string>()
  for (const arg of args) for (const sketch of await expandOne(arg, cwd)) result.add(sketch)
  return [...result]
}
