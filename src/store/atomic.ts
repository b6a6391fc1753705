/**
 * File primitives for the store: a file appears under its final name complete or not at all.
 * Temp files live beside their target (same file system, so rename is atomic) and carry the
 * `.tmp-<pid>-<random>` suffix that prune sweeps once they are old.
 *
 * The store never follows a link it finds inside itself (its root may be one; nothing below it):
 * a restored store holds whatever the last writer of its cache key saved, and a link where a
 * folder or file should be would send reads and writes anywhere. Such a link is damage: a read
 * reports it, a write removes it (never what it points to) and writes a real file.
 */
import { randomBytes } from 'node:crypto'
import { constants, promises as fs, type Stats } from 'node:fs'
import path from 'node:path'
import { isNotFound } from '../files.js'

const TEMP_SUFFIX = /\.tmp-\d+-[0-9a-f]+$/

export function tempNameFor(finalPath: string): string {
  return `${finalPath}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`
}

export function isTempName(name: string): boolean {
  return TEMP_SUFFIX.test(name)
}

/**
 * `mkdir -p` that names the real cause: Node's recursive mkdir reports ENOENT when the first missing
 * folder cannot be made (a read-only or forbidden parent); made one level at a time, it says EROFS/EACCES.
 */
export async function makeDir(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true })
  } catch (error) {
    if (codeOf(error) !== 'ENOENT' || path.dirname(dir) === dir) throw error
    await makeDir(path.dirname(dir))
    await fs.mkdir(dir).catch((again: unknown) => {
      if (codeOf(again) !== 'EEXIST') throw again
    })
  }
}

/**
 * The folders of one store already seen to be real folders (no link) by this run, so that each is
 * checked once per run, not once per file read below it: a warm run reads thousands of files under
 * a few hundred folders. Damage only arrives with a restored store, before the run, and what the
 * run itself removes it forgets.
 */
export class RealFolders {
  private readonly known = new Set<string>()
  /**
   * Each folder's subfolders and links, from one listing: the store fans out into hundreds of
   * folders under a few (blobs/00..ff), so one readdir answers for all of them where each would
   * take an lstat. Only a positive answer is taken from it; a name it lacks is looked at again.
   */
  private readonly listings = new Map<string, Promise<Map<string, ChildKind>>>()

  constructor(readonly storeRoot: string) {}

  /** The first link on the way from the store's root down to `file`'s folder; null when none. */
  async linkAbove(file: string): Promise<string | null> {
    const folder = path.dirname(file)
    // A folder is known only once every folder above it is: the common case costs one lookup.
    if (this.known.has(folder)) return null
    const relative = path.relative(this.storeRoot, folder)
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null
    let current = this.storeRoot
    for (const part of relative.split(path.sep)) {
      const parent = current
      current = path.join(current, part)
      if (this.known.has(current)) continue
      const kind = (await this.childrenOf(parent)).get(part) ?? kindOf(await lstatOrNull(current))
      if (kind === 'link') return current
      if (kind !== 'folder') return null
      this.known.add(current)
    }
    return null
  }

  private childrenOf(folder: string): Promise<Map<string, ChildKind>> {
    let listed = this.listings.get(folder)
    if (listed === undefined) {
      listed = listChildren(folder)
      this.listings.set(folder, listed)
    }
    return listed
  }

  /** Whether the folder was seen (or made) real by this run. */
  isKnown(folder: string): boolean {
    return this.known.has(folder)
  }

  /** After a write into `folder`: it and every folder above it up to the root are real (checked or made). */
  markReal(folder: string): void {
    for (let current = folder; !this.known.has(current); current = path.dirname(current)) {
      const relative = path.relative(this.storeRoot, current)
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return
      this.known.add(current)
    }
  }

  /** After damage was removed: the folders are checked again. */
  forget(): void {
    this.known.clear()
    this.listings.clear()
  }
}

type ChildKind = 'folder' | 'link' | 'other'

function kindOf(info: { isSymbolicLink(): boolean; isDirectory(): boolean } | null): ChildKind | null {
  if (info === null) return null
  return info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'folder' : 'other'
}

/** A folder's entries by kind (never following a link); none when it cannot be listed. */
async function listChildren(folder: string): Promise<Map<string, ChildKind>> {
  try {
    const entries = await fs.readdir(folder, { withFileTypes: true })
    return new Map(entries.map(entry => [entry.name, kindOf(entry) ?? 'other']))
  } catch (error) {
    if (isNotFound(error) || codeOf(error) === 'ENOTDIR') return new Map()
    throw error
  }
}

async function lstatOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.lstat(file)
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** The temp file, then the rename; `folderIsReal`: this run has seen or made the folder (no mkdir). */
async function writeOnce(finalPath: string, data: Buffer | string, folderIsReal: boolean): Promise<void> {
  if (!folderIsReal) await makeDir(path.dirname(finalPath))
  const temp = tempNameFor(finalPath)
  try {
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(data)
    } finally {
      await handle.close()
    }
    await fs.rename(temp, finalPath)
  } catch (error) {
    await removeIfPresent(temp)
    throw error
  }
}

/**
 * Writes `data` to a temp file, then renames it over `finalPath`. No fsync: every read checks what
 * it reads (a blob against its hash, an entry against its schema), so a file a crash left short is
 * a miss, never a wrong result; and the store's reader in CI is a later job, after the runner
 * archived the store. If the folder vanished meanwhile (a concurrent wipe or prune) the write is
 * tried once more; so it is when, inside the store (`folders`), something stood in the way (see
 * clearDamage) and was removed. Folders this run has already seen to be real are not checked again.
 */
export async function writeFileAtomic(
  finalPath: string,
  data: Buffer | string,
  folders?: RealFolders
): Promise<void> {
  const folder = path.dirname(finalPath)
  const known = folders?.isKnown(folder) ?? false
  if (folders !== undefined && !known) await clearDamage(folders.storeRoot, finalPath, folders)
  try {
    await writeOnce(finalPath, data, known)
  } catch (error) {
    const cleared =
      folders !== undefined && isInTheWay(error) && (await clearDamage(folders.storeRoot, finalPath))
    if (!cleared && !isNotFound(error)) throw error
    folders?.forget()
    await writeOnce(finalPath, data, false)
  }
  folders?.markReal(folder)
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code
}

/** What a file where a folder should be, or a folder where a file should be, makes writes fail with. */
function isInTheWay(error: unknown): boolean {
  return ['ENOTDIR', 'EEXIST', 'EISDIR'].includes(codeOf(error) ?? '')
}

/**
 * Removes, between `storeRoot` (never itself) and `target`, a link, a file that stands where a
 * folder should be and a folder that stands where `target`, a file, should be: damage, never a
 * store's own data. A link is removed itself, never followed. True when something was removed.
 */
export async function clearDamage(
  storeRoot: string,
  target: string,
  folders?: RealFolders
): Promise<boolean> {
  const relative = path.relative(storeRoot, target)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false
  const parts = relative.split(path.sep)
  let current = storeRoot
  for (const [index, part] of parts.entries()) {
    current = path.join(current, part)
    const last = index === parts.length - 1
    // A folder this run saw or made real needs no second look.
    if (!last && folders?.isKnown(current) === true) continue
    const info = await lstatOrNull(current)
    if (info === null) return false
    if (info.isSymbolicLink() || (last ? info.isDirectory() : !info.isDirectory())) {
      await fs.rm(current, { recursive: true, force: true })
      return true
    }
  }
  return false
}

export type StoreFileRead =
  { kind: 'file'; content: Buffer } | { kind: 'missing' } | { kind: 'damaged'; reason: string }

/** Opening a link fails (ELOOP) instead of following it. */
const READ_NO_FOLLOW = constants.O_RDONLY | constants.O_NOFOLLOW

/**
 * A file of the store: its bytes, missing, or damaged (a link on its path, a folder in its place or a
 * file in place of a folder above it). `folders`: this run's checked folders (RealFolders).
 */
export async function readStoreFile(
  file: string,
  storeRoot: string,
  folders = new RealFolders(storeRoot)
): Promise<StoreFileRead> {
  const link = await folders.linkAbove(file)
  if (link !== null) return { kind: 'damaged', reason: `a link stands at ${path.relative(storeRoot, link)}` }
  try {
    return { kind: 'file', content: await fs.readFile(file, { flag: READ_NO_FOLLOW }) }
  } catch (error) {
    const code = codeOf(error)
    if (code === 'ENOENT') return { kind: 'missing' }
    if (code === 'ELOOP')
      return { kind: 'damaged', reason: `a link stands at ${path.relative(storeRoot, file)}` }
    if (code === 'EISDIR') return { kind: 'damaged', reason: 'a folder stands where a file should be' }
    if (code === 'ENOTDIR') return { kind: 'damaged', reason: 'a file stands where a folder should be' }
    throw error
  }
}

/** Unlinks a file; another process having removed it first is fine. */
export async function removeIfPresent(file: string): Promise<void> {
  try {
    await fs.unlink(file)
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
}

/** Directory entry names, or [] when the directory does not exist or is a link (never followed). */
export async function listDir(dir: string): Promise<string[]> {
  if ((await lstatOrNull(dir))?.isSymbolicLink()) return []
  try {
    return await fs.readdir(dir)
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
}
