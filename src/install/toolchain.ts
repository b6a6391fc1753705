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
import { redactUrl } from '../redact.js'
import { locateToolchain } from '../toolchain/locate.js'
import { downloadInto } from './download.js'
import { extractArchive } from './extract.js'
import { PACKAGE_LIMITS, type ExtractLimits } from './safeTree.js'
import { placeInToolCache, privateWorkFolder, removeWorkFolder } from './toolCacheFolder.js'
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
    layout: '',
    limits: PACKAGE_LIMITS
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
  /** What the archive may inflate to (safeTree.ts). */
  limits: ExtractLimits
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

/** The index's size first (cheap, and says "truncated" plainly), then the SHA-256. */
async function verify(file: string, source: ArchiveSource, inputs: InputNames): Promise<void> {
  const size = (await stat(file)).size
  const url = redactUrl(source.url)
  if (source.size !== null && size !== source.size) {
    throw new UsageError(
      `${inputs.sha256}: size mismatch for ${url}: expected ${source.size} bytes, got ${size}`
    )
  }
  const actual = await sha256OfFile(file)
  if (actual !== source.sha256) {
    throw new UsageError(
      `${inputs.sha256}: checksum mismatch for ${url}: expected ${source.sha256}, got ${actual}`
    )
  }
}

/**
 * The verified bytes, in a file of this install's own (removed by the caller): a private copy of a
 * kept archive that verifies, else a download. What is extracted is what was verified, even when
 * another build rewrites the kept copy meanwhile; the kept copy is written whole or not at all.
 */
async function obtainArchive(
  source: ArchiveSource,
  opts: ArchiveInstallOptions,
  work: string
): Promise<{ file: string; source: InstallSource }> {
  const kept = opts.archiveDir === undefined ? null : path.join(opts.archiveDir, keptArchiveName(source))
  const copy = path.join(work, 'archive')
  if (kept !== null && (await pathExists(kept))) {
    await copyFile(kept, copy)
    if ((await sha256OfFile(copy)) === source.sha256) return { file: copy, source: 'archive' }
    await rm(kept, { force: true })
  }
  const file = await downloadInto(source.url, opts.inputs.url, work)
  await verify(file, source, opts.inputs)
  if (kept !== null) {
    await mkdir(path.dirname(kept), { recursive: true })
    const temp = `${kept}.${randomUUID()}.tmp`
    await copyFile(file, temp)
    await rename(temp, kept)
  }
  return { file, source: 'download' }
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

  const work = await privateWorkFolder(source.name)
  try {
    const archive = await obtainArchive(source, opts, work)
    await extractArchive(archive.file, source.format, path.join(work, 'x'), opts.inputs.url, opts.limits)
    const root = await archiveRoot(path.join(work, 'x'))
    if (!(await pathExists(path.join(root, opts.expect)))) {
      throw new UsageError(
        `${opts.inputs.url}: the archive from ${redactUrl(source.url)} has no ${opts.expect} in its top folder`
      )
    }
    const stage = path.join(work, 'stage')
    await mkdir(path.dirname(path.join(stage, opts.layout)), { recursive: true })
    await rename(root, opts.layout === '' ? stage : path.join(stage, opts.layout))
    const dir = await placeInToolCache(stage, source.name, version, opts.toolCacheArch)
    return { dir: path.join(dir, opts.layout), source: archive.source }
  } finally {
    await removeWorkFolder(work)
  }
}
