/**
 * Libraries named by URL: a git repository at a ref (branch, tag or commit; the git CLI does the
 * talking), or a .zip archive. Both land in the tool cache like index releases, named by what they
 * hold (the commit, the archive's SHA-256), so a known commit or archive is never extracted twice.
 * A .zip URL says nothing about its content before it is downloaded, so it is downloaded every run.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import * as tc from '@actions/tool-cache'
import { loadLibrary } from '../arduino/libraries.js'
import { UsageError } from '../errors.js'
import { runProcess } from '../toolchain/processes.js'
import { libraryFolderName, type InstalledLibrary } from './librarySpec.js'
import { archiveRoot, requireRunnerFolders, sha256OfFile } from './toolchain.js'
import { extractZip } from './zip.js'

const GIT_TOOL = 'arduino-library-git'
const ZIP_TOOL = 'arduino-library-zip'
const FULL_COMMIT = /^[0-9a-f]{40}$/
const SHORT_COMMIT = /^[0-9a-f]{7,39}$/

async function git(args: string[], label: string, cwd?: string): Promise<string> {
  const result = await runProcess(['git', ...args], cwd).catch((error: Error) => {
    throw new UsageError(`${label}: cannot run git (${error.message})`)
  })
  if (result.code !== 0) {
    const why = result.stderr.trim().split('\n').pop() ?? ''
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

/** Moves the library at `root` into the tool cache as `<tool>/<version>/noarch/<folder name>`. */
async function cacheLibrary(root: string, work: string, tool: string, version: string, label: string) {
  const library = await loadLibrary(root, 'user').catch(() => {
    throw new UsageError(`${label}: not an Arduino library (no library.properties, no headers)`)
  })
  const stage = path.join(work, 'stage', libraryFolderName(library.name))
  await mkdir(path.dirname(stage), { recursive: true })
  await rename(root, stage)
  const cached = await tc.cacheDir(path.dirname(stage), tool, version, 'noarch')
  return loadLibrary(await onlyFolder(cached), 'user')
}

function workFolder(kind: string): string {
  return path.join(process.env.RUNNER_TEMP ?? '', `fbuild-${kind}-${randomUUID()}`)
}

export async function installGitLibrary(url: string, ref: string | null): Promise<InstalledLibrary> {
  requireRunnerFolders()
  const label = `library "${ref === null ? url : `${url}#${ref}`}"`
  let commit: string | null = ref !== null && FULL_COMMIT.test(ref) ? ref : null
  if (commit === null && (ref === null || !SHORT_COMMIT.test(ref))) {
    commit = commitOfRef(await git(['ls-remote', url, ref ?? 'HEAD'], label))
    if (commit === null) throw new UsageError(`${label}: no branch or tag '${ref}' in ${url}`)
  }
  const cached = commit === null ? '' : tc.find(GIT_TOOL, `0.0.0-${commit}`, 'noarch')
  let dir: string
  let from: InstalledLibrary['from'] = 'tool-cache'
  if (cached !== '') {
    dir = await onlyFolder(cached)
  } else {
    const work = workFolder('git')
    try {
      const checkout = path.join(work, 'checkout')
      await git(['clone', '--quiet', '--no-checkout', url, checkout], label)
      await git(['checkout', '--quiet', commit ?? ref ?? 'HEAD'], label, checkout)
      commit = (await git(['rev-parse', 'HEAD'], label, checkout)).trim()
      await rm(path.join(checkout, '.git'), { recursive: true, force: true })
      dir = (await cacheLibrary(checkout, work, GIT_TOOL, `0.0.0-${commit}`, label)).dir
      from = 'download'
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  }
  const library = await loadLibrary(dir, 'user')
  return {
    name: library.name,
    version: library.version ?? '',
    source: 'git',
    url: ref === null ? url : `${url}#${ref}`,
    checksum: `git:${commit}`,
    requiredBy: null,
    dir,
    from
  }
}

export async function installZipLibrary(url: string): Promise<InstalledLibrary> {
  requireRunnerFolders()
  const label = `library "${url}"`
  const file = await tc.downloadTool(url).catch((error: unknown) => {
    const status = error instanceof tc.HTTPError ? `HTTP ${error.httpStatusCode}` : (error as Error).message
    throw new UsageError(`${label}: cannot download ${url}: ${status}`)
  })
  const work = workFolder('zip')
  try {
    const sha256 = await sha256OfFile(file)
    const version = `0.0.0-sha256-${sha256}`
    const cached = tc.find(ZIP_TOOL, version, 'noarch')
    let dir: string
    if (cached !== '') {
      dir = await onlyFolder(cached)
    } else {
      await extractZip(file, path.join(work, 'x'), label)
      dir = (await cacheLibrary(await archiveRoot(path.join(work, 'x')), work, ZIP_TOOL, version, label)).dir
    }
    const library = await loadLibrary(dir, 'user')
    return {
      name: library.name,
      version: library.version ?? '',
      source: 'zip',
      url,
      checksum: `SHA-256:${sha256}`,
      requiredBy: null,
      dir,
      from: 'download'
    }
  } finally {
    await rm(work, { recursive: true, force: true })
    await rm(file, { force: true })
  }
}
