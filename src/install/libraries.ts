/**
 * Installs the libraries a build asks for: folders as they are; Library Manager names resolved from
 * the library index with their dependencies (libraryResolve.ts), each release downloaded, checked
 * (size, SHA-256, entry paths) and kept in the tool cache under arduino-cli's folder name; git and
 * .zip URLs (gitLibrary.ts). A failure leaves nothing half-installed: each archive is extracted in a
 * scratch folder and moved into the tool cache whole.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { libraryRootOfExamples, loadLibrary, scanLibraries, type Library } from '../arduino/libraries.js'
import { parseDepends, parseLibraryIndex, type LibraryIndex, type LibraryRelease } from './libraryIndex.js'
import {
  resolveLibraries,
  type ProvidedLibrary,
  type ResolvedRelease,
  type WantedLibrary
} from './libraryResolve.js'
import {
  libraryFolderName,
  parseLibrarySpec,
  type InstalledLibrary,
  type LibrarySpec
} from './librarySpec.js'
import { redactUrl } from '../redact.js'
import { insecureUrlWarning, present } from './download.js'
import { fetchIndex } from './indexFetch.js'
import { installGitLibrary, installZipLibrary } from './gitLibrary.js'
import { installArchive } from './archive.js'
import { UsageError } from '../errors.js'
import { archiveFormatOf, type ArchiveSource } from './sources.js'
import { toSemver } from './versions.js'
import { LIBRARY_LIMITS } from './safeTree.js'

export const DEFAULT_LIBRARY_INDEX = 'https://downloads.arduino.cc/libraries/library_index.json.gz'

export interface LibraryInstallRequest {
  /** `--library` / `libraries:` entries as given. */
  specs: string[]
  /** Where relative folders start. */
  cwd: string
  /** The sketches: a library whose examples they are counts as given. */
  sketchDirs: string[]
  indexUrl?: string
  /** The tool cache's folder. */
  toolCache: string
  /** Where verified archives are kept (and looked for first), for @actions/cache to carry. */
  archiveDir?: string
  /** Where the index is kept for a day (indexFetch.ts); absent: fetched every run. */
  indexDir?: string
  /** The input names errors use (`--library-index` or `library-index-url`). */
  indexInput?: string
}

export interface LibraryInstallResult {
  /** Every library folder the build gets: given folders first, then installed ones. */
  libraryDirs: string[]
  installed: InstalledLibrary[]
  /** The index consulted (null when no name was asked for), and whether this run downloaded it. */
  index: { url: string; downloaded: boolean } | null
  /** One line per plain-http index or archive URL (download.ts). */
  warnings: string[]
}

function isFolder(cwd: string): (dir: string) => boolean {
  return dir => existsSync(path.resolve(cwd, dir)) && statSync(path.resolve(cwd, dir)).isDirectory()
}

function providedBy(library: Library): ProvidedLibrary {
  return {
    name: library.name,
    version: library.version,
    dependencies: parseDepends(library.properties.get('depends') ?? '')
  }
}

/** The library whose examples a sketch is, or null when that folder is no usable library. */
async function ownerLibrary(root: string): Promise<Library | null> {
  try {
    return await loadLibrary(root, 'sketch-owner')
  } catch (error) {
    // Not a library (or a malformed one): the sketch just has no owner. An I/O error propagates.
    if (error instanceof UsageError) return null
    throw error
  }
}

async function ownerLibraries(sketchDirs: readonly string[]): Promise<Library[]> {
  const roots = new Set(sketchDirs.map(dir => libraryRootOfExamples(dir)).filter(root => root !== null))
  const owners = await Promise.all([...roots].map(ownerLibrary))
  return owners.filter(owner => owner !== null)
}

function archiveOf(release: LibraryRelease, label: string): ArchiveSource {
  let format: ArchiveSource['format']
  try {
    format = archiveFormatOf(release.url, label)
  } catch {
    format = archiveFormatOf(`file:///${release.archiveFileName}`, label)
  }
  return {
    name: `arduino-library-${libraryFolderName(release.name)}`,
    // tool-cache folders need a semver version: `1.2` is kept as 1.2.0.
    version: toSemver(release.version)?.version ?? '0.0.0',
    url: release.url,
    sha256: release.sha256,
    size: release.size,
    format
  }
}

/** Where installed libraries go: the tool cache, and the folder of kept archives (if any). */
export interface LibraryFolders {
  toolCache: string
  archiveDir?: string
}

async function installRelease(
  release: LibraryRelease,
  requiredBy: string | null,
  folders: LibraryFolders
): Promise<InstalledLibrary> {
  const label = `library "${release.name}@${release.version}"`
  const installed = await installArchive(archiveOf(release, label), {
    toolCache: folders.toolCache,
    inputs: { url: label, sha256: label },
    toolCacheArch: 'noarch',
    archiveDir: folders.archiveDir,
    expect: 'library.properties',
    layout: libraryFolderName(release.name),
    limits: LIBRARY_LIMITS
  })
  return {
    name: release.name,
    version: release.version,
    source: 'index',
    url: redactUrl(release.url),
    checksum: `SHA-256:${release.sha256}`,
    requiredBy,
    dir: installed.dir,
    from: installed.source
  }
}

async function loadIndex(
  url: string,
  input: string,
  indexDir: string | undefined
): Promise<{ index: LibraryIndex; downloaded: boolean }> {
  const fetched = await fetchIndex(url, input, {
    keepDir: indexDir ?? null,
    parse: text => parseLibraryIndex(text, input, redactUrl(url)),
    unreachableHint: ', or give the library as a folder'
  })
  return { index: fetched.index, downloaded: fetched.downloaded }
}

/** What a request comes to before any index release is downloaded: folders, URL installs, releases. */
export interface LibraryPlan {
  folders: string[]
  /** Git and .zip installs (done while planning: their own depends= count). */
  byUrl: InstalledLibrary[]
  releases: ResolvedRelease[]
  index: LibraryInstallResult['index']
  warnings: string[]
}

/** Whether a request names any library by name, i.e. needs the index. */
export function needsLibraryIndex(specs: readonly string[], cwd: string): boolean {
  return specs.some(text => parseLibrarySpec(text, isFolder(cwd)).kind === 'name')
}

export async function planLibraries(request: LibraryInstallRequest): Promise<LibraryPlan> {
  const specs: LibrarySpec[] = request.specs.map(text => parseLibrarySpec(text, isFolder(request.cwd)))
  const folders = specs.flatMap(spec => (spec.kind === 'folder' ? [path.resolve(request.cwd, spec.dir)] : []))
  const byUrl: InstalledLibrary[] = []
  for (const spec of specs) {
    if (spec.kind === 'git') byUrl.push(await installGitLibrary(spec.url, spec.ref, request.toolCache))
    if (spec.kind === 'zip') byUrl.push(await installZipLibrary(spec.url, spec.sha256, request.toolCache))
  }
  const wanted: WantedLibrary[] = specs.flatMap(spec =>
    spec.kind === 'name' ? [{ name: spec.name, version: spec.version }] : []
  )
  const urlWarnings = specs.flatMap(spec =>
    spec.kind === 'git' || spec.kind === 'zip' ? [insecureUrlWarning(spec.url, 'library')] : []
  )
  if (wanted.length === 0)
    return { folders, byUrl, releases: [], index: null, warnings: present(urlWarnings) }
  const given = [
    ...(folders.length > 0 ? await scanLibraries(folders, 'user') : []),
    ...(await ownerLibraries(request.sketchDirs)),
    ...(await Promise.all(byUrl.map(library => loadLibrary(library.dir, 'user'))))
  ]
  const url = request.indexUrl?.trim() || DEFAULT_LIBRARY_INDEX
  const loaded = await loadIndex(url, request.indexInput ?? '--library-index', request.indexDir)
  const resolution = resolveLibraries(wanted, loaded.index, given.map(providedBy))
  const warnings = [
    ...urlWarnings,
    insecureUrlWarning(url, request.indexInput ?? '--library-index'),
    ...resolution.install.map(({ release }) =>
      insecureUrlWarning(release.url, `library "${release.name}@${release.version}"`)
    )
  ]
  return {
    folders,
    byUrl,
    releases: resolution.install,
    index: { url: redactUrl(url), downloaded: loaded.downloaded },
    warnings: present(warnings)
  }
}

/** Installs a plan's releases (a kept archive, else a download, when the tool cache lacks one). */
export async function installPlannedLibraries(
  plan: LibraryPlan,
  folders: LibraryFolders
): Promise<LibraryInstallResult> {
  const installed = [...plan.byUrl]
  for (const { release, requiredBy } of plan.releases)
    installed.push(await installRelease(release, requiredBy, folders))
  return {
    libraryDirs: [...plan.folders, ...installed.map(library => library.dir)],
    installed,
    index: plan.index,
    warnings: plan.warnings
  }
}

export async function installLibraries(request: LibraryInstallRequest): Promise<LibraryInstallResult> {
  return installPlannedLibraries(await planLibraries(request), request)
}
