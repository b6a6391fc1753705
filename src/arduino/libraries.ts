/**
 * Arduino libraries on disk: loading one (1.5 "recursive" layout or legacy "flat" layout), scanning
 * `--library` folders, and listing what a library compiles, following arduino-cli
 * (internal/arduino/libraries/loader.go, builder/libraries.go, builder/compilation.go).
 */
import { existsSync, statSync, realpathSync } from 'node:fs'
import { readdir, readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { statOrNull } from '../files.js'
import { byBytes } from './byteOrder.js'
import { HEADER_EXTENSIONS, languageOf } from './fileKinds.js'
import { parseProperties, type Properties } from './properties.js'

/**
 * Where a library comes from; it decides priority when two libraries provide the same header.
 * - `sketch-owner`: the library whose examples/ hold the sketch being built (wins for its headers);
 * - `unmanaged`: one library named directly (arduino-cli `--library`);
 * - `user`: a library found in a folder of libraries (arduino-cli `--libraries`, the sketchbook);
 * - `platform` / `referenced-platform`: bundled with the board's platform / the core's platform.
 */
export type LibraryLocation = 'sketch-owner' | 'unmanaged' | 'user' | 'platform' | 'referenced-platform'

export interface Library {
  /** `name` from library.properties; the folder name for a legacy library. */
  name: string
  /** The folder's own name (arduino-cli `DirName`): matched against headers, names the build folder. */
  dirName: string
  /** Canonical (symlinks resolved) library folder. */
  dir: string
  sourceDir: string
  layout: 'recursive' | 'flat'
  utilityDir: string | null
  properties: Properties
  architectures: string[]
  /** File names of the headers at the top level of sourceDir: what `#include <X>` can find. */
  headers: string[]
  location: LibraryLocation
  version: string | null
  precompiled: boolean
}

// arduino-cli utils.sourceControlFolders: never compiled, never walked into.
const SOURCE_CONTROL_NAMES = new Set([
  'CVS',
  'RCS',
  '.git',
  '.github',
  '.svn',
  '.hg',
  '.bzr',
  '.vscode',
  '.settings',
  '.pioenvs',
  '.piolibdeps'
])
const EXAMPLES_FOLDERS = new Set(['examples', 'example'])

interface DirEntry {
  name: string
  isDir: boolean
}

/** Entries sorted by name (like Go's os.ReadDir), symlinks followed; dangling links are dropped. */
async function listDir(dir: string): Promise<DirEntry[]> {
  const names = (await readdir(dir)).sort(byBytes)
  const entries: DirEntry[] = []
  for (const name of names) {
    const info = await statOrNull(path.join(dir, name))
    if (info !== null) entries.push({ name, isDir: info.isDirectory() })
  }
  return entries
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  return extensions.some(ext => name.endsWith(ext))
}

function commaList(value: string): string[] {
  return value.split(',').map(item => item.trim())
}

function notALibrary(dir: string): UsageError {
  return new UsageError(`--library ${dir}: not an Arduino library (no library.properties, no headers)`)
}

async function headersIn(dir: string): Promise<string[]> {
  const entries = await listDir(dir)
  return entries.filter(entry => !entry.isDir && hasExtension(entry.name, HEADER_EXTENSIONS)).map(e => e.name)
}

async function utilityDirOf(dir: string): Promise<string | null> {
  const utility = path.join(dir, 'utility')
  return (await statOrNull(utility))?.isDirectory() ? utility : null
}

/** Loads the library in `dir`: library.properties makes it a 1.5 library, headers alone a legacy one. */
export async function loadLibrary(dir: string, location: LibraryLocation): Promise<Library> {
  const info = await statOrNull(dir)
  if (info === null) throw new UsageError(`--library ${dir}: no such folder`)
  if (!info.isDirectory()) throw new UsageError(`--library ${dir}: not a folder`)
  const canonical = await realpath(dir)
  const dirName = path.basename(path.resolve(dir))
  const propertiesFile = path.join(canonical, 'library.properties')
  if (existsSync(propertiesFile)) {
    return loadSpec15Library(canonical, dirName, await readFile(propertiesFile, 'utf8'), location)
  }
  const headers = await headersIn(canonical)
  if (headers.length === 0) throw notALibrary(dir)
  return {
    name: dirName,
    dirName,
    dir: canonical,
    sourceDir: canonical,
    layout: 'flat',
    utilityDir: await utilityDirOf(canonical),
    properties: new Map(),
    architectures: ['*'],
    headers,
    location,
    version: null,
    precompiled: false
  }
}

async function loadSpec15Library(
  dir: string,
  dirName: string,
  propertiesText: string,
  location: LibraryLocation
): Promise<Library> {
  const properties = parseProperties(propertiesText)
  // arduino-cli: a `src` entry (any kind) selects the recursive layout.
  const recursive = existsSync(path.join(dir, 'src'))
  const sourceDir = recursive ? path.join(dir, 'src') : dir
  const architectures = properties.get('architectures') ?? ''
  const version = (properties.get('version') ?? '').trim()
  const precompiled = properties.get('precompiled')
  return {
    // arduino-cli fills a missing mandatory property with "-".
    name: (properties.get('name') ?? '').trim() || '-',
    dirName,
    dir,
    sourceDir,
    layout: recursive ? 'recursive' : 'flat',
    utilityDir: recursive ? null : await utilityDirOf(dir),
    properties,
    architectures: architectures === '' ? ['*'] : commaList(architectures),
    headers: await headersIn(sourceDir),
    location,
    version: version === '' ? null : version,
    precompiled: precompiled === 'true' || precompiled === 'full'
  }
}

/** A folder is a library itself when it has library.properties or headers at its top level. */
async function isLibraryFolder(dir: string): Promise<boolean> {
  if (existsSync(path.join(dir, 'library.properties'))) return true
  return (await headersIn(dir)).length > 0
}

/** The libraries in a folder of libraries; subfolders that are no library are skipped (as arduino-cli does). */
async function librariesInFolder(dir: string, location: LibraryLocation): Promise<Library[]> {
  const libraries: Library[] = []
  for (const entry of await listDir(dir)) {
    if (!entry.isDir || entry.name.startsWith('.')) continue
    try {
      libraries.push(await loadLibrary(path.join(dir, entry.name), location))
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
    }
  }
  return libraries
}

/**
 * Loads each `--library DIR`: a library, or a folder of libraries. Like arduino-cli, a library named
 * directly is `unmanaged` when `location` is `user` (`--library` vs `--libraries`). Order: the
 * order of `dirs`, then by folder name; a folder seen twice is loaded once.
 */
export async function scanLibraries(dirs: string[], location: LibraryLocation): Promise<Library[]> {
  const found: Library[] = []
  for (const dir of dirs) {
    const info = await statOrNull(dir)
    if (info === null) throw new UsageError(`--library ${dir}: no such folder`)
    if (!info.isDirectory()) throw new UsageError(`--library ${dir}: not a folder`)
    if (await isLibraryFolder(dir)) {
      found.push(await loadLibrary(dir, location === 'user' ? 'unmanaged' : location))
      continue
    }
    const inside = await librariesInFolder(dir, location)
    if (inside.length === 0) throw notALibrary(dir)
    found.push(...inside)
  }
  const seen = new Set<string>()
  return found.filter(library => !seen.has(library.dir) && seen.add(library.dir))
}

/**
 * The library folder above the nearest `examples/` (or `example/`) folder holding the sketch, when
 * that folder is a library (it holds library.properties or a src/ folder); null otherwise. The path
 * is canonical, like `Library.dir`.
 */
export function libraryRootOfExamples(sketchPath: string): string | null {
  let folder = path.dirname(path.resolve(sketchPath))
  while (folder !== path.dirname(folder)) {
    const root = path.dirname(folder)
    if (EXAMPLES_FOLDERS.has(path.basename(folder).toLowerCase()) && isLibraryRoot(root))
      return realpathSync(root)
    folder = root
  }
  return null
}

function isLibraryRoot(dir: string): boolean {
  if (existsSync(path.join(dir, 'library.properties'))) return true
  try {
    return statSync(path.join(dir, 'src')).isDirectory()
  } catch {
    return false
  }
}

function isWalkable(name: string): boolean {
  return !name.startsWith('.') && !SOURCE_CONTROL_NAMES.has(name)
}

/** Source files under `dir` (recursively when asked), skipping hidden and source-control entries. */
async function findSources(dir: string, recurse: boolean, visited = new Set<string>()): Promise<string[]> {
  const canonical = await realpath(dir)
  if (visited.has(canonical)) return [] // a symlink loop: arduino-cli fails, we just stop
  visited.add(canonical)
  const sources: string[] = []
  for (const entry of await listDir(dir)) {
    if (!isWalkable(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDir) {
      if (recurse) sources.push(...(await findSources(full, recurse, visited)))
    } else if (languageOf(entry.name) !== null) {
      sources.push(full)
    }
  }
  visited.delete(canonical)
  return sources
}

/** Sorted as arduino-cli sorts the object files it links: by `<path relative to base>.o`, bytewise. */
function sortLikeObjects(sources: string[], base: string): string[] {
  const key = (source: string): string => `${path.relative(base, source)}.o`
  return [...sources].sort((a, b) => byBytes(key(a), key(b)))
}

/**
 * The source files a library compiles, in its link order: the recursive layout takes everything
 * under src/; the flat layout takes the top level, then utility/. The object of a file is
 * `<build>/libraries/<dirName>/<path relative to sourceDir>.o`.
 */
export async function librarySourceFiles(lib: Library): Promise<string[]> {
  if (lib.layout === 'recursive')
    return sortLikeObjects(await findSources(lib.sourceDir, true), lib.sourceDir)
  const top = sortLikeObjects(await findSources(lib.sourceDir, false), lib.sourceDir)
  if (lib.utilityDir === null) return top
  return [...top, ...sortLikeObjects(await findSources(lib.utilityDir, false), lib.utilityDir)]
}

/** The -I folder every translation unit of the build gets once the library is imported. */
export function libraryIncludeDirs(lib: Library): string[] {
  return [lib.sourceDir]
}

/** Extra -I folders for the library's own translation units only (arduino-cli: a flat layout's utility/). */
export function libraryOwnIncludeDirs(lib: Library): string[] {
  return lib.layout === 'flat' && lib.utilityDir !== null ? [lib.utilityDir] : []
}
