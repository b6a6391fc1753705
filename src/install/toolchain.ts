/**
 * Installs avr-gcc through @actions/tool-cache: found in the tool cache, or downloaded (or taken from a
 * kept archive), verified by SHA-256 before anything is extracted, extracted, and cached under
 * name/version+sha/arch. Or the toolchain the user names: `system` (PATH) or a folder.
 */
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import * as tc from '@actions/tool-cache'
import { UsageError } from '../errors.js'
import { pathExists } from '../files.js'
import { locateToolchain } from '../toolchain/locate.js'
import { extractZip } from './zip.js'
import {
  pinnedToolchain,
  resolveSource,
  toolCacheVersion,
  TOOLCHAIN_NAME,
  TOOLCHAIN_VERSION,
  type ArchiveSource
} from './sources.js'

export type InstallSource = 'tool-cache' | 'download' | 'archive'

export interface InstalledToolchain {
  /** The toolchain root: its `bin/` holds avr-gcc. */
  dir: string
  binDir: string
  source: InstallSource | 'system' | 'folder'
  /** The verified archive's SHA-256 (absent for system and folder): usable as the toolchain's identity. */
  archiveSha256?: string
}

export interface ToolchainRequest {
  /** The `toolchain` input: '' or 'default' (pinned), 'system' (PATH), or a folder. */
  toolchain?: string
  /** `toolchain-url`: a mirror of the archive (needs `sha256`). */
  url?: string
  /** `toolchain-sha256`: the mirror's SHA-256, or a replacement for the pinned one. */
  sha256?: string
  /** A folder where verified archives are kept (and looked for first), for @actions/cache to carry. */
  archiveDir?: string
  platform?: string
  arch?: string
  searchPath?: string
}

export interface InputNames {
  url: string
  sha256: string
}

const TOOLCHAIN_INPUTS: InputNames = { url: 'toolchain-url', sha256: 'toolchain-sha256' }
const MIRROR_BASE: ArchiveSource = {
  name: TOOLCHAIN_NAME,
  version: TOOLCHAIN_VERSION,
  url: '',
  sha256: '',
  size: null,
  format: 'tar.bz2'
}

function isDefault(choice: string | undefined): boolean {
  const value = choice?.trim() ?? ''
  return value === '' || value === 'default'
}

/** Mirror inputs with a user's own toolchain or core make no sense: say so rather than ignore them. */
export function rejectOverrides(
  choice: string,
  override: { url?: string; sha256?: string },
  inputs: InputNames
) {
  const given = [override.url && inputs.url, override.sha256 && inputs.sha256].filter(Boolean)
  if (given.length > 0) {
    throw new UsageError(`${given.join(' and ')}: only used with the default download, not with '${choice}'`)
  }
}

/** The archive a request downloads, or null when it names a toolchain (`system`, a folder). Pure. */
export function toolchainArchive(request: ToolchainRequest): ArchiveSource | null {
  if (!isDefault(request.toolchain)) {
    rejectOverrides(request.toolchain ?? '', request, TOOLCHAIN_INPUTS)
    return null
  }
  // A mirror serves any host, pinned or not: only the release's name and version are kept.
  const base = request.url?.trim()
    ? { ...MIRROR_BASE }
    : pinnedToolchain(request.platform ?? process.platform, request.arch ?? os.arch())
  return resolveSource(base, request, TOOLCHAIN_INPUTS)
}

export async function installToolchain(request: ToolchainRequest = {}): Promise<InstalledToolchain> {
  const choice = request.toolchain?.trim() ?? ''
  const archive = toolchainArchive(request)
  if (archive === null) {
    const found = await locateToolchain(choice === 'system' ? null : choice, request.searchPath)
    return { ...found, source: choice === 'system' ? 'system' : 'folder' }
  }
  const installed = await installArchive(archive, {
    inputs: TOOLCHAIN_INPUTS,
    toolCacheArch: request.arch ?? os.arch(),
    archiveDir: request.archiveDir,
    expect: path.join('bin', 'avr-gcc'),
    layout: ''
  })
  return {
    dir: installed.dir,
    binDir: path.join(installed.dir, 'bin'),
    source: installed.source,
    archiveSha256: archive.sha256
  }
}

// ---- the archive pipeline, shared with installCore.ts ----

export interface ArchiveInstallOptions {
  inputs: InputNames
  toolCacheArch: string
  archiveDir?: string
  /** A file the archive's top folder must hold (`bin/avr-gcc`, `boards.txt`). */
  expect: string
  /** Where the top folder goes inside the cached folder ('' = it is the cached folder). */
  layout: string
}

export function requireRunnerFolders(): void {
  const missing = ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP'].filter(name => !process.env[name])
  if (missing.length > 0) {
    throw new UsageError(
      `${missing.join(' and ')} must be set to install into the tool cache (runners set them)`
    )
  }
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Where a verified archive is kept in `archiveDir`: named by content, so a stale file never passes. */
export function keptArchiveName(source: ArchiveSource): string {
  return `${source.name}-${source.version}-${source.sha256}.${source.format}`
}

async function download(source: ArchiveSource, inputs: InputNames): Promise<string> {
  try {
    return await tc.downloadTool(source.url)
  } catch (error) {
    const status = error instanceof tc.HTTPError ? `HTTP ${error.httpStatusCode}` : (error as Error).message
    throw new Error(`${inputs.url}: cannot download ${source.url}: ${status}`, { cause: error })
  }
}

/** The index's size first (cheap, and says "truncated" plainly), then the SHA-256. */
async function verify(file: string, source: ArchiveSource, inputs: InputNames): Promise<void> {
  const size = (await stat(file)).size
  if (source.size !== null && size !== source.size) {
    await rm(file, { force: true })
    throw new UsageError(
      `${inputs.sha256}: size mismatch for ${source.url}: expected ${source.size} bytes, got ${size}`
    )
  }
  const actual = await sha256OfFile(file)
  if (actual !== source.sha256) {
    await rm(file, { force: true })
    throw new UsageError(
      `${inputs.sha256}: checksum mismatch for ${source.url}: expected ${source.sha256}, got ${actual}`
    )
  }
}

/** A kept archive if one verifies, else a download, verified; kept for next time when `archiveDir` is set. */
async function obtainArchive(
  source: ArchiveSource,
  opts: ArchiveInstallOptions
): Promise<{ file: string; source: InstallSource; temporary: boolean }> {
  const kept = opts.archiveDir === undefined ? null : path.join(opts.archiveDir, keptArchiveName(source))
  if (kept !== null && (await pathExists(kept))) {
    if ((await sha256OfFile(kept)) === source.sha256)
      return { file: kept, source: 'archive', temporary: false }
    await rm(kept, { force: true })
  }
  const file = await download(source, opts.inputs)
  await verify(file, source, opts.inputs)
  if (kept === null) return { file, source: 'download', temporary: true }
  await mkdir(path.dirname(kept), { recursive: true })
  await copyFile(file, kept)
  await rm(file, { force: true })
  return { file: kept, source: 'download', temporary: false }
}

const TAR_FLAGS: Record<Exclude<ArchiveSource['format'], 'zip'>, string> = {
  'tar.bz2': 'xj',
  'tar.gz': 'xz',
  'tar.xz': 'xJ'
}

/** GNU tar refuses members with `..` itself (exit 2); zip entries are checked by extractZip. */
async function extract(source: ArchiveSource, file: string, dest: string, input: string): Promise<void> {
  if (source.format === 'zip') return extractZip(file, dest, input)
  try {
    await tc.extractTar(file, dest, TAR_FLAGS[source.format])
  } catch (error) {
    const why = (error as Error).message.split('\n')[0]
    throw new UsageError(`${input}: cannot extract the archive from ${source.url} (${why})`)
  }
}

/** Arduino's archives hold one top folder; strip it, as arduino-cli does, whatever its name. */
export async function archiveRoot(extracted: string): Promise<string> {
  const entries = await readdir(extracted, { withFileTypes: true })
  const only = entries.length === 1 ? entries[0] : undefined
  return only?.isDirectory() ? path.join(extracted, only.name) : extracted
}

/**
 * The tool-cache folder for a verified archive (the `layout` subfolder of it), installing it when the
 * tool cache lacks it. A failure leaves nothing extracted or cached.
 */
export async function installArchive(
  source: ArchiveSource,
  opts: ArchiveInstallOptions
): Promise<{ dir: string; source: InstallSource }> {
  requireRunnerFolders()
  const version = toolCacheVersion(source.version, source.sha256)
  const cached = tc.find(source.name, version, opts.toolCacheArch)
  if (cached !== '') return { dir: path.join(cached, opts.layout), source: 'tool-cache' }

  const archive = await obtainArchive(source, opts)
  const work = path.join(process.env.RUNNER_TEMP ?? '', `fbuild-${source.name}-${randomUUID()}`)
  try {
    await extract(source, archive.file, path.join(work, 'x'), opts.inputs.url)
    const root = await archiveRoot(path.join(work, 'x'))
    if (!(await pathExists(path.join(root, opts.expect)))) {
      throw new UsageError(
        `${opts.inputs.url}: the archive from ${source.url} has no ${opts.expect} in its top folder`
      )
    }
    let toCache = root
    if (opts.layout !== '') {
      toCache = path.join(work, 'stage')
      await mkdir(path.dirname(path.join(toCache, opts.layout)), { recursive: true })
      await rename(root, path.join(toCache, opts.layout))
    }
    const dir = await tc.cacheDir(toCache, source.name, version, opts.toolCacheArch)
    return { dir: path.join(dir, opts.layout), source: archive.source }
  } finally {
    await rm(work, { recursive: true, force: true })
    if (archive.temporary) await rm(archive.file, { force: true })
  }
}
