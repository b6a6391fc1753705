/**
 * The action's installs, with what they download kept by @actions/cache: hosted runners start with
 * an empty tool cache, so each verified archive (and each index, for a day) is saved under a key
 * that names its content, in a folder relative to the workspace so the key's path version is
 * stable. A warm job restores them and downloads nothing.
 */
import * as core from '@actions/core'
import os from 'node:os'
import path from 'node:path'
import { saveStore, type RestoreOutcome, type RestoreRequest } from '../ciCache/restoreSave.js'
import {
  DEFAULT_LIBRARY_INDEX,
  installPlannedLibraries,
  needsLibraryIndex,
  planLibraries,
  type LibraryInstallResult,
  type LibraryPlan
} from '../install/libraries.js'
import { archiveCacheKey, archiveSetCacheKey, indexCacheKey, type ArchiveSource } from '../install/sources.js'
import { hostOf } from '../install/hosts.js'
import { insecureUrlWarning, present } from '../install/download.js'
import { installPlatforms, PlatformIndexes, type PlatformInstallResult } from '../install/platforms.js'
import { parseFqbn } from '../arduino/fqbn.js'
import { coreArchive, installCore, type CoreRequest } from '../install/core.js'
import {
  installToolchain,
  toolchainArchive,
  type InstalledToolchain,
  type ToolchainRequest
} from '../install/toolchain.js'

const KEPT_ROOT = '.fbuild-archives'

export interface Keeping {
  cacheEnabled: boolean
  workspace: string
  /** The run's bounded restore (main.ts: a child process into a staging folder). */
  restore: (request: RestoreRequest) => Promise<RestoreOutcome>
  timeoutMs: number
}

/**
 * Restores `relativeDir` under `key`, runs `install` with the folder, and saves the folder when
 * `downloaded` says the install fetched something new (a key's content never changes).
 */
export async function withKeptFolder<T>(
  keeping: Keeping,
  relativeDir: string,
  key: string,
  install: (dir: string | undefined) => Promise<T>,
  downloaded: (result: T) => boolean
): Promise<T> {
  if (!keeping.cacheEnabled) return install(undefined)
  const restored = await keeping.restore({ paths: [relativeDir], primaryKey: key, restoreKeys: [] })
  if (restored.warning !== null) core.warning(restored.warning)
  const result = await install(path.join(keeping.workspace, relativeDir))
  if (downloaded(result)) {
    const saved = await saveStore([relativeDir], key, keeping.timeoutMs)
    if (saved.warning !== null) core.warning(saved.warning)
  }
  return result
}

/** One pinned or mirrored archive (the toolchain, the core), kept under its name, version and SHA-256. */
export async function withKeptArchive<T extends { source: string }>(
  archive: ArchiveSource | null,
  keeping: Keeping,
  install: (archiveDir: string | undefined) => Promise<T>
): Promise<T> {
  if (archive === null) return install(undefined)
  const key = archiveCacheKey(archive.name, archive.version, archive.sha256, process.platform, process.arch)
  const installed = await withKeptFolder(
    keeping,
    path.join(KEPT_ROOT, archive.name),
    key,
    install,
    result => result.source === 'download'
  )
  core.info(`${archive.name} ${archive.version}: from ${installed.source}`)
  return installed
}

export interface LibraryInputs {
  libraries: string[]
  libraryIndexUrl: string
}

/**
 * The `libraries` input: the index (kept for a day) and the resolution first, then the releases,
 * kept as one set keyed by their checksums.
 */
export async function installActionLibraries(
  inputs: LibraryInputs,
  sketchDirs: string[],
  keeping: Keeping
): Promise<LibraryInstallResult> {
  const request = {
    specs: inputs.libraries,
    cwd: keeping.workspace,
    sketchDirs,
    indexUrl: inputs.libraryIndexUrl,
    indexInput: 'input library-index-url'
  }
  const plan = needsLibraryIndex(request.specs, request.cwd)
    ? await withKeptFolder(
        keeping,
        path.join(KEPT_ROOT, 'indexes'),
        indexCacheKey(request.indexUrl || DEFAULT_LIBRARY_INDEX, new Date()),
        indexDir => planLibraries({ ...request, indexDir }),
        (planned: LibraryPlan) => planned.index?.downloaded === true
      )
    : await planLibraries(request)
  const result = await (plan.releases.length === 0
    ? installPlannedLibraries(plan, undefined)
    : withKeptFolder(
        keeping,
        path.join(KEPT_ROOT, 'libraries'),
        archiveSetCacheKey(
          'libraries',
          plan.releases.map(resolved => resolved.release.sha256)
        ),
        archiveDir => installPlannedLibraries(plan, archiveDir),
        installed =>
          installed.installed.some(library => library.source === 'index' && library.from === 'download')
      ))
  for (const library of result.installed) {
    const why = library.requiredBy === null ? '' : `, needed by ${library.requiredBy}`
    core.info(`library ${library.name} ${library.version} (${library.checksum}${why}): from ${library.from}`)
  }
  return result
}

export interface PlatformInputs {
  fqbn: string
  platforms: string[]
  platformIndexUrls: string[]
  /** The `core` input: '' (default) or a platform folder. */
  core: { core: string }
}

/**
 * Whether the platforms come from Boards Manager indexes: when named, when an index is given, or
 * when the board is not Arduino AVR (whose pinned core stays the default download). Pure.
 */
export function usesPlatformIndexes(inputs: PlatformInputs): boolean {
  const fqbn = parseFqbn(inputs.fqbn)
  const arduinoAvr = fqbn.packager === 'arduino' && fqbn.arch === 'avr'
  return inputs.platforms.length > 0 || inputs.platformIndexUrls.length > 0 || !arduinoAvr
}

/**
 * The `platforms` and `platform-index-urls` inputs: the indexes first (kept for a day), then the
 * platforms and tools they decide, kept as one set keyed by the indexes' content and the request.
 */
export async function installActionPlatforms(
  inputs: PlatformInputs,
  keeping: Keeping
): Promise<PlatformInstallResult> {
  const givenCore = inputs.core.core.trim()
  const request = {
    platforms: inputs.platforms,
    indexUrls: inputs.platformIndexUrls,
    fqbn: inputs.fqbn,
    givenCoreDirs:
      givenCore === '' || givenCore === 'default' ? [] : [path.resolve(keeping.workspace, givenCore)],
    host: hostOf(process.platform, os.arch()),
    inputs: { platform: 'input platforms', index: 'input platform-index-urls' }
  }
  const indexes = await withKeptFolder(
    keeping,
    path.join(KEPT_ROOT, 'indexes'),
    indexCacheKey(['platforms', ...request.indexUrls].join('\n'), new Date()),
    indexDir => PlatformIndexes.load({ ...request, indexDir }),
    loaded => loaded.downloaded
  )
  const key = archiveSetCacheKey('platforms', [
    indexes.digest(),
    request.host,
    request.fqbn,
    ...request.platforms,
    ...request.givenCoreDirs.map(dir => path.relative(keeping.workspace, dir))
  ])
  const result = await withKeptFolder(
    keeping,
    path.join(KEPT_ROOT, 'platforms'),
    key,
    archiveDir => installPlatforms({ ...request, archiveDir }, indexes),
    installed => installed.packages.some(item => item.from === 'download')
  )
  for (const item of result.packages)
    core.info(`${item.kind} ${item.id} ${item.version} (${item.checksum}): from ${item.from}`)
  return result
}

export interface BoardInputs extends PlatformInputs {
  toolchain: ToolchainRequest & { toolchain: string }
  core: CoreRequest & { core: string }
}

export interface InstalledBoard {
  toolchain: InstalledToolchain
  /** Platform folders for the build; the first is exported as FBUILD_CORE_DIR. */
  coreDirs: string[]
  /** Null on the pinned Arduino AVR path. */
  platforms: PlatformInstallResult | null
  /** A plain-http mirror, index or archive, one line each. */
  warnings: string[]
}

/**
 * The toolchain and platforms a build needs: the pinned (or mirrored, or given) avr-gcc and Arduino
 * AVR core by default; otherwise the platforms from indexes, whose avr-gcc tool is the toolchain
 * unless the `toolchain` inputs name another.
 */
export async function installBoard(inputs: BoardInputs, keeping: Keeping): Promise<InstalledBoard> {
  const mirrorWarnings = [
    insecureUrlWarning(inputs.toolchain.url ?? '', 'toolchain-url'),
    insecureUrlWarning(inputs.core.url ?? '', 'core-url')
  ]
  const pinnedToolchain = () =>
    withKeptArchive(toolchainArchive(inputs.toolchain), keeping, archiveDir =>
      installToolchain({ ...inputs.toolchain, archiveDir })
    )
  if (!usesPlatformIndexes(inputs)) {
    const toolchain = await pinnedToolchain()
    const installed = await withKeptArchive(coreArchive(inputs.core), keeping, archiveDir =>
      installCore({ ...inputs.core, archiveDir })
    )
    return { toolchain, coreDirs: [installed.dir], platforms: null, warnings: present(mirrorWarnings) }
  }
  const platforms = await installActionPlatforms(inputs, keeping)
  const choice = inputs.toolchain.toolchain.trim()
  const ownToolchain = (choice !== '' && choice !== 'default') || (inputs.toolchain.url ?? '').trim() !== ''
  const toolchain: InstalledToolchain =
    ownToolchain || platforms.toolchainDir === null
      ? await pinnedToolchain()
      : {
          dir: platforms.toolchainDir,
          binDir: path.join(platforms.toolchainDir, 'bin'),
          source: 'tool-cache',
          archiveSha256: platforms.toolchainSha256 ?? undefined
        }
  const given = inputs.core.core.trim()
  const givenDirs = given === '' || given === 'default' ? [] : [path.resolve(keeping.workspace, given)]
  return {
    toolchain,
    coreDirs: [...givenDirs, ...platforms.coreDirs],
    platforms,
    warnings: present([...mirrorWarnings, ...platforms.warnings])
  }
}
