/**
 * Libraries named by URL: a git repository at a ref (branch, tag or commit; the git CLI does the
 * talking), or a .zip archive. Both land in the tool cache like index releases, named by what they
 * hold (the commit, the archive's SHA-256), so a known commit or archive is never extracted twice.
 * A .zip URL says nothing about its content before it is downloaded, so it is downloaded every run,
 * unless it is pinned (`#sha256=<hex>`, checked before extraction).
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { loadLibrary } from '../arduino/libraries.js'
import { UsageError } from '../errors.js'
import { redactText, redactUrl } from '../redact.js'
import { runProcess } from '../toolchain/processes.js'
import { libraryFolderName, type InstalledLibrary } from './librarySpec.js'
import { archiveRoot, sha256OfFile } from './archive.js'
import { extractZip } from './zip.js'
import { downloadInto } from './download.js'
import { LIBRARY_LIMITS } from './safeTree.js'
import { findInToolCache, placeInToolCache, privateWorkFolder, removeWorkFolder } from './toolCacheFolder.js'

const GIT_TOOL = 'arduino-library-git'
const ZIP_TOOL = 'arduino-library-zip'
const FULL_COMMIT = /^[0-9a-f]{40}$/
const SHORT_COMMIT = /^[0-9a-f]{7,39}$/

async function git(args: string[], label: string, cwd?: string): Promise<string> {
  const result = await runProcess(['git', ...args], cwd).catch((error: Error) => {
    throw new UsageError(`${label}: cannot run git (${redactText(error.message)})`)
  })
  if (result.code !== 0) {
    // git names the URL in its messages, credentials and all.
    const why = redactText(result.stderr.trim().split('\n').pop() ?? '')
    throw new UsageError(`${label}: git ${args[0]} failed: ${why}`)
  }
  return result.stdout
}

/** `git ls-remote` output for one ref: a tag's peeled commit (`^{}`) wins over the tag object. Pure. */
export function commitOfRef(lsRemote: string): string | null {
  const lines = lsRemote
    .split('\n')
    .map(line => line.split('\t'))
    .filter(([sha]) => sha !== undefined && FULL_COMMIT.test(sha))
  const peeled = lines.find(([, ref]) => ref?.endsWith('^{}'))
  return (peeled ?? lines[0])?.[0] ?? null
}

/** The library folder inside the cached folder (staged as `<cached>/<library folder name>`). */
async function onlyFolder(dir: string): Promise<string> {
  const [name] = await readdir(dir)
  return path.join(dir, name ?? '')
}

/** Where a library goes in the tool cache: `<tool>/<version>/noarch/<folder name>`. */
interface CacheSlot {
  toolCache: string
  name: string
  version: string
}

/** The library at `root`, read as a library; a folder that is none is the user's error, named. */
async function loadFetchedLibrary(root: string, label: string) {
  try {
    return await loadLibrary(root, 'user')
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    throw new UsageError(`${label}: not an Arduino library (no library.properties, no headers)`)
  }
}

/** Moves the library at `root` into the tool cache slot. */
async function cacheLibrary(root: string, work: string, slot: CacheSlot, label: string) {
  const library = await loadFetchedLibrary(root, label)
  const stage = path.join(work, 'stage', libraryFolderName(library.name))
  await mkdir(path.dirname(stage), { recursive: true })
  await rename(root, stage)
  const cached = await placeInToolCache(slot.toolCache, path.dirname(stage), { ...slot, arch: 'noarch' })
  return loadLibrary(await onlyFolder(cached), 'user')
}

/** What the report says of the library installed at `dir`. */
async function installedAt(
  dir: string,
  facts: Pick<InstalledLibrary, 'source' | 'url' | 'checksum' | 'from'>
): Promise<InstalledLibrary> {
  const library = await loadLibrary(dir, 'user')
  return { name: library.name, version: library.version ?? '', requiredBy: null, dir, ...facts }
}

export async function installGitLibrary(
  url: string,
  ref: string | null,
  toolCache: string
): Promise<InstalledLibrary> {
  const shown = redactUrl(ref === null ? url : `${url}#${ref}`)
  const label = `library "${shown}"`
  let commit: string | null = ref !== null && FULL_COMMIT.test(ref) ? ref : null
  if (commit === null && (ref === null || !SHORT_COMMIT.test(ref))) {
    commit = commitOfRef(await git(['ls-remote', url, ref ?? 'HEAD'], label))
    if (commit === null) throw new UsageError(`${label}: no branch or tag '${ref}' in ${redactUrl(url)}`)
  }
  const cached =
    commit === null ? null : await findInToolCache(toolCache, GIT_TOOL, `0.0.0-${commit}`, 'noarch')
  let dir: string
  let from: InstalledLibrary['from'] = 'tool-cache'
  if (cached !== null) {
    dir = await onlyFolder(cached)
  } else {
    const work = await privateWorkFolder(toolCache, 'git')
    try {
      const checkout = path.join(work, 'checkout')
      await git(['clone', '--quiet', '--no-checkout', url, checkout], label)
      await git(['checkout', '--quiet', commit ?? ref ?? 'HEAD'], label, checkout)
      commit = (await git(['rev-parse', 'HEAD'], label, checkout)).trim()
      await rm(path.join(checkout, '.git'), { recursive: true, force: true })
      const slot = { toolCache, name: GIT_TOOL, version: `0.0.0-${commit}` }
      dir = (await cacheLibrary(checkout, work, slot, label)).dir
      from = 'download'
    } finally {
      await removeWorkFolder(work)
    }
  }
  return installedAt(dir, { source: 'git', url: shown, checksum: `git:${commit}`, from })
}

/**
 * A .zip URL: downloaded, checked against `sha256` (its `#sha256=` pin) before anything is
 * extracted, and kept in the tool cache by its SHA-256; a pinned archive already there is not
 * downloaded again.
 */
export async function installZipLibrary(
  url: string,
  sha256: string | null,
  toolCache: string
): Promise<InstalledLibrary> {
  const shown = redactUrl(sha256 === null ? url : `${url}#sha256=${sha256}`)
  const label = `library "${shown}"`
  const versionOf = (digest: string) => `0.0.0-sha256-${digest}`
  let digest = sha256
  const find = (hex: string) => findInToolCache(toolCache, ZIP_TOOL, versionOf(hex), 'noarch')
  let cached = digest === null ? null : await find(digest)
  let from: InstalledLibrary['from'] = 'tool-cache'
  let dir: string
  if (cached !== null) {
    dir = await onlyFolder(cached)
  } else {
    const work = await privateWorkFolder(toolCache, 'zip')
    try {
      const file = await downloadInto(url, label, work)
      const actual = await sha256OfFile(file)
      if (digest !== null && actual !== digest)
        throw new UsageError(
          `${label}: checksum mismatch for ${redactUrl(url)}: expected ${digest}, got ${actual}`
        )
      digest = actual
      from = 'download'
      cached = await find(digest)
      if (cached !== null) {
        dir = await onlyFolder(cached)
      } else {
        await extractZip(file, path.join(work, 'x'), label, LIBRARY_LIMITS)
        const root = await archiveRoot(path.join(work, 'x'))
        const slot = { toolCache, name: ZIP_TOOL, version: versionOf(digest) }
        dir = (await cacheLibrary(root, work, slot, label)).dir
      }
    } finally {
      await removeWorkFolder(work)
    }
  }
  return installedAt(dir, { source: 'zip', url: shown, checksum: `SHA-256:${digest}`, from })
}
