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
import {
  archiveCacheKey,
  indexCacheKey,
  librariesCacheKey,
  platformIndexesCacheKey,
  platformsCacheKey
} from '../ciCache/keys.js'
import { UsageError } from '../errors.js'
import type { ArchiveSource } from '../install/sources.js'
import { hostOf } from '../install/hosts.js'
import { insecureUrlWarning, present } from '../install/download.js'
import { installPlatforms, PlatformIndexes, type PlatformInstallResult } from '../install/platforms.js'
import { installCore } from '../install/core.js'
import { installToolchain, type InstalledToolchain } from '../install/toolchain.js'
import {
  ACTION_INPUT_NAMES,
  resolveSources,
  type CoreSource,
  type Sources,
  type ToolchainSource
} from '../install/resolveSources.js'

const KEPT_ROOT = '.fbuild-archives'

export interface Keeping {
  cacheEnabled: boolean
  workspace: string
  /** The tool cache's folder (context.ts runnerToolCache). */
  toolCache: string
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
  archive: ArchiveSource,
  keeping: Keeping,
  install: (archiveDir: string | undefined) => Promise<T>
): Promise<T> {
  const key = archiveCacheKey(archive, process.platform, process.arch)
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
    toolCache: keeping.toolCache,
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
    ? installPlannedLibraries(plan, { toolCache: keeping.toolCache })
    : withKeptFolder(
        keeping,
        path.join(KEPT_ROOT, 'libraries'),
        librariesCacheKey(plan.releases.map(resolved => resolved.release.sha256)),
        archiveDir => installPlannedLibraries(plan, { toolCache: keeping.toolCache, archiveDir }),
        installed =>
          installed.installed.some(library => library.source === 'index' && library.from === 'download')
      ))
  for (const library of result.installed) {
    const why = library.requiredBy === null ? '' : `, needed by ${library.requiredBy}`
    core.info(`library ${library.name} ${library.version} (${library.checksum}${why}): from ${library.from}`)
  }
  return result
}

/**
 * The platforms and tools Boards Manager indexes bring: the indexes first (kept for a day), then the
 * platforms and tools they decide, kept as one set keyed by the indexes' content and the request.
 */
export async function installActionPlatforms(
  inputs: { fqbn: string },
  indexes: NonNullable<Sources['indexes']>,
  givenCoreDirs: string[],
  keeping: Keeping
): Promise<PlatformInstallResult> {
  const request = {
    platforms: indexes.platforms,
    indexUrls: indexes.indexUrls,
    fqbn: inputs.fqbn,
    givenCoreDirs,
    host: hostOf(process.platform, os.arch()),
    toolCache: keeping.toolCache,
    inputs: { platform: 'input platforms', index: 'input platform-index-urls' }
  }
  const loaded = await withKeptFolder(
    keeping,
    path.join(KEPT_ROOT, 'indexes'),
    platformIndexesCacheKey(request.indexUrls, new Date()),
    indexDir => PlatformIndexes.load({ ...request, indexDir }),
    result => result.downloaded
  )
  const key = platformsCacheKey({
    indexDigest: loaded.digest(),
    host: request.host,
    fqbn: request.fqbn,
    platforms: request.platforms,
    givenCoreDirs: request.givenCoreDirs.map(dir => path.relative(keeping.workspace, dir))
  })
  const result = await withKeptFolder(
    keeping,
    path.join(KEPT_ROOT, 'platforms'),
    key,
    archiveDir => installPlatforms({ ...request, archiveDir }, loaded),
    installed => installed.packages.some(item => item.from === 'download')
  )
  for (const item of result.packages)
    core.info(`${item.kind} ${item.id} ${item.version} (${item.checksum}): from ${item.from}`)
  return result
}

export interface BoardInputs {
  fqbn: string
  platforms: string[]
  platformIndexUrls: string[]
  /** `toolchain`, `toolchain-url`, `toolchain-sha256` as given. */
  toolchain: { toolchain: string; url: string; sha256: string }
  /** `core`, `core-url`, `core-sha256` as given. */
  core: { core: string; url: string; sha256: string }
}

export interface InstalledBoard {
  toolchain: InstalledToolchain
  /** Platform folders for the build; the first is exported as FBUILD_CORE_DIR. */
  coreDirs: string[]
  /** Null when no index is used. */
  platforms: PlatformInstallResult | null
  /** A plain-http mirror, index or archive, one line each. */
  warnings: string[]
}

/** The action's sources: the pinned downloads by default (resolveSources.ts). Pure. */
export function actionSources(
  inputs: BoardInputs,
  workspace: string,
  host = process.platform,
  arch = os.arch()
) {
  return resolveSources({
    fqbn: inputs.fqbn,
    toolchain: {
      choice: inputs.toolchain.toolchain,
      url: inputs.toolchain.url,
      sha256: inputs.toolchain.sha256
    },
    core: { dirs: [inputs.core.core], url: inputs.core.url, sha256: inputs.core.sha256 },
    platforms: inputs.platforms,
    platformIndexUrls: inputs.platformIndexUrls,
    host: { platform: host, arch },
    cwd: workspace,
    defaults: 'pinned',
    names: ACTION_INPUT_NAMES
  })
}

/** The core's platform folders: downloaded (kept by @actions/cache), given, or none (an index brings it). */
async function installActionCore(source: CoreSource, keeping: Keeping): Promise<string[]> {
  if (source.kind === 'folder') {
    const checked = source.dirs.map(dir =>
      installCore({ kind: 'folder', dir }, { toolCache: keeping.toolCache })
    )
    return (await Promise.all(checked)).map(installed => installed.dir)
  }
  if (source.kind !== 'pinned' && source.kind !== 'mirror') return []
  const installed = await withKeptArchive(source.archive, keeping, archiveDir =>
    installCore(source, { toolCache: keeping.toolCache, archiveDir })
  )
  return [installed.dir]
}

/** The toolchain: the index's compiler when the platforms brought one, else downloaded or given. */
async function installActionToolchain(
  source: ToolchainSource,
  platforms: PlatformInstallResult | null,
  keeping: Keeping
): Promise<InstalledToolchain> {
  if (source.kind === 'index' && platforms?.toolchainDir != null) {
    return {
      dir: platforms.toolchainDir,
      binDir: path.join(platforms.toolchainDir, 'bin'),
      source: 'tool-cache',
      archiveSha256: platforms.toolchainSha256 ?? undefined
    }
  }
  const direct = source.kind === 'index' ? source.otherwise : source
  if (direct.kind === 'none') throw new UsageError(direct.why)
  const options = { toolCache: keeping.toolCache, arch: os.arch() }
  if (direct.kind === 'system' || direct.kind === 'folder') return installToolchain(direct, options)
  return withKeptArchive(direct.archive, keeping, archiveDir =>
    installToolchain(direct, { ...options, archiveDir })
  )
}

/**
 * The toolchain and platforms a build needs: the pinned (or mirrored, or given) avr-gcc and Arduino
 * AVR core by default; otherwise the platforms from indexes, whose compiler tool is the toolchain
 * unless the `toolchain` inputs name another.
 */
export async function installBoard(inputs: BoardInputs, keeping: Keeping): Promise<InstalledBoard> {
  const sources = actionSources(inputs, keeping.workspace)
  const mirrorWarnings = [
    insecureUrlWarning(inputs.toolchain.url, 'toolchain-url'),
    insecureUrlWarning(inputs.core.url, 'core-url')
  ]
  // The toolchain first unless the platforms bring it: a bad toolchain input then caches nothing.
  const given =
    sources.toolchain.kind === 'index' ? null : await installActionToolchain(sources.toolchain, null, keeping)
  const coreDirs = await installActionCore(sources.core, keeping)
  const platforms =
    sources.indexes === null ? null : await installActionPlatforms(inputs, sources.indexes, coreDirs, keeping)
  const toolchain = given ?? (await installActionToolchain(sources.toolchain, platforms, keeping))
  return {
    toolchain,
    coreDirs: [...coreDirs, ...(platforms?.coreDirs ?? [])],
    platforms,
    warnings: present([...mirrorWarnings, ...(platforms?.warnings ?? [])])
  }
}
