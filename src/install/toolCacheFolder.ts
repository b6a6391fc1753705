/**
 * Folders into the tool cache without the races of tc.cacheDir, which removes the folder first and
 * then copies into it: a second build installing the same tool at once could delete what the first
 * is compiling with, or read it half-copied. Here each install works in a private folder on the
 * tool cache's own file system, and the finished folder is renamed into place: rename is atomic,
 * and fails when another install got there first, whose folder (the same bytes, named by SHA-256)
 * is then used. The `.complete` marker tc.find also asks for is written before the rename, so a
 * folder is never seen without it. Nothing any install may be using is ever removed.
 *
 * The tool cache's folder is an argument (the caller reads RUNNER_TOOL_CACHE, or picks one for the
 * CLI): nothing here reads the environment. The layout is tc.find's, so either finds the other's tools.
 */
import { randomUUID } from 'node:crypto'
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import { orMissing, pathExists } from '../files.js'

/** A private, empty work folder inside the tool cache (same file system as the final folders). */
export async function privateWorkFolder(toolCache: string, kind: string): Promise<string> {
  const dir = path.join(toolCache, `.fbuild-${kind}-${randomUUID()}.tmp`)
  await mkdir(dir, { recursive: true })
  return dir
}

/** Where tc.find looks for a tool: `<tool cache>/<tool>/<clean version>/<arch>`. */
function toolCachePath(toolCache: string, tool: string, version: string, arch: string): string {
  return path.join(toolCache, tool, semver.clean(version) ?? version, arch)
}

/** tc.find for an explicit version, in the given tool cache: the tool's folder, or null. */
export async function findInToolCache(
  toolCache: string,
  tool: string,
  version: string,
  arch: string
): Promise<string | null> {
  const dir = toolCachePath(toolCache, tool, version, arch)
  return (await pathExists(dir)) && (await pathExists(`${dir}.complete`)) ? dir : null
}

/**
 * Moves the finished folder `staged` (inside a private work folder) to the tool cache, or leaves it
 * when another install placed the same tool first; the tool's folder either way.
 */
export async function placeInToolCache(
  toolCache: string,
  staged: string,
  tool: { name: string; version: string; arch: string }
): Promise<string> {
  const final = toolCachePath(toolCache, tool.name, tool.version, tool.arch)
  const marker = `${final}.complete`
  await mkdir(path.dirname(final), { recursive: true })
  // A folder without its marker was left by an interrupted tc.cacheDir: never used, so set aside
  // (gone already when another install set it aside first).
  if ((await orMissing(lstat(final), null)) !== null && !(await pathExists(marker))) {
    await orMissing(rename(final, `${staged}.abandoned`), undefined)
  }
  await writeFile(marker, '')
  try {
    await rename(staged, final)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
  }
  return final
}

/** Removes a private work folder (whatever an install left in it). */
export async function removeWorkFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}
