/**
 * The archive pipeline every installer shares (toolchain, core, platforms and their tools, library
 * releases): find the tool in the tool cache, else take a kept archive or download one, verify it
 * (size, SHA-256) before anything is extracted, extract it by safeTree.ts's rules, and move it into
 * the tool cache whole. A failure leaves nothing extracted or cached.
 */
import { createHash, randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { pathExists } from '../files.js'
import { redactUrl } from '../redact.js'
import { downloadInto } from './download.js'
import { extractArchive } from './extract.js'
import type { ExtractLimits } from './safeTree.js'
import type { ArchiveSource } from './sources.js'
import { findInToolCache, placeInToolCache, privateWorkFolder, removeWorkFolder } from './toolCacheFolder.js'

/** Where an installed archive came from this time. */
export type InstallSource = 'tool-cache' | 'download' | 'archive'

/** The inputs (or labels) errors name: where the URL came from, where the checksum came from. */
export interface InputNames {
  url: string
  sha256: string
}

export interface ArchiveInstallOptions {
  /** The tool cache's folder (RUNNER_TOOL_CACHE on a runner; the CLI picks its own). */
  toolCache: string
  inputs: InputNames
  toolCacheArch: string
  /** A folder where verified archives are kept (and looked for first), for @actions/cache to carry. */
  archiveDir?: string
  /** A file the archive's top folder must hold (`bin/avr-gcc`, `boards.txt`). */
  expect: string
  /** Where the top folder goes inside the cached folder ('' = it is the cached folder). */
  layout: string
  /** What the archive may inflate to (safeTree.ts). */
  limits: ExtractLimits
}

/**
 * The tool-cache version: the release plus the archive's SHA-256, so a mirror's different archive of
 * the same release never shares a folder. Stays valid semver (tc.find needs an explicit version).
 * Applied here only: an ArchiveSource's version is always the release's own.
 */
export function toolCacheVersion(version: string, sha256: string): string {
  const tag = `sha256-${sha256.slice(0, 16)}`
  return version.includes('-') ? `${version}.${tag}` : `${version}-${tag}`
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

/** Keeps a verified archive in `archiveDir`, written whole or not at all. */
async function keepArchive(file: string, archiveDir: string, source: ArchiveSource): Promise<void> {
  const kept = path.join(archiveDir, keptArchiveName(source))
  await mkdir(archiveDir, { recursive: true })
  const temp = `${kept}.${randomUUID()}.tmp`
  await copyFile(file, temp)
  await rename(temp, kept)
}

/**
 * The verified bytes, in a file of this install's own (removed by the caller): a private copy of a
 * kept archive that verifies, else a download. What is extracted is what was verified, even when
 * another build rewrites the kept copy meanwhile.
 */
async function obtainArchive(
  source: ArchiveSource,
  opts: ArchiveInstallOptions,
  work: string
): Promise<{ file: string; source: InstallSource }> {
  const kept = opts.archiveDir === undefined ? null : path.join(opts.archiveDir, keptArchiveName(source))
  if (kept !== null && (await pathExists(kept))) {
    const copy = path.join(work, 'kept')
    await copyFile(kept, copy)
    if ((await sha256OfFile(copy)) === source.sha256) return { file: copy, source: 'archive' }
    await rm(kept, { force: true })
    await rm(copy, { force: true })
  }
  const file = await downloadInto(source.url, opts.inputs.url, work)
  await verify(file, source, opts.inputs)
  if (opts.archiveDir !== undefined) await keepArchive(file, opts.archiveDir, source)
  return { file, source: 'download' }
}

/** Arduino's archives hold one top folder; strip it, as arduino-cli does, whatever its name. */
export async function archiveRoot(extracted: string): Promise<string> {
  const entries = await readdir(extracted, { withFileTypes: true })
  const only = entries.length === 1 ? entries[0] : undefined
  return only?.isDirectory() ? path.join(extracted, only.name) : extracted
}

/** Extracts the verified archive in `work` and stages its top folder at `layout`; the staged folder. */
async function extractAndStage(
  file: string,
  source: ArchiveSource,
  opts: ArchiveInstallOptions,
  work: string
): Promise<string> {
  await extractArchive(file, source.format, path.join(work, 'x'), opts.inputs.url, opts.limits)
  const root = await archiveRoot(path.join(work, 'x'))
  if (!(await pathExists(path.join(root, opts.expect)))) {
    throw new UsageError(
      `${opts.inputs.url}: the archive from ${redactUrl(source.url)} has no ${opts.expect} in its top folder`
    )
  }
  const stage = path.join(work, 'stage')
  await mkdir(path.dirname(path.join(stage, opts.layout)), { recursive: true })
  await rename(root, opts.layout === '' ? stage : path.join(stage, opts.layout))
  return stage
}

/**
 * The tool-cache folder for a verified archive (the `layout` subfolder of it), installing it when the
 * tool cache lacks it. A failure leaves nothing extracted or cached.
 */
export async function installArchive(
  source: ArchiveSource,
  opts: ArchiveInstallOptions
): Promise<{ dir: string; source: InstallSource }> {
  const tool = {
    name: source.name,
    version: toolCacheVersion(source.version, source.sha256),
    arch: opts.toolCacheArch
  }
  const cached = await findInToolCache(opts.toolCache, tool.name, tool.version, tool.arch)
  if (cached !== null) return { dir: path.join(cached, opts.layout), source: 'tool-cache' }

  const work = await privateWorkFolder(opts.toolCache, source.name)
  try {
    const archive = await obtainArchive(source, opts, work)
    const stage = await extractAndStage(archive.file, source, opts, work)
    const dir = await placeInToolCache(opts.toolCache, stage, tool)
    return { dir: path.join(dir, opts.layout), source: archive.source }
  } finally {
    await removeWorkFolder(work)
  }
}
