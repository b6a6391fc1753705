/**
 * Content-addressed blobs: `<root>/blobs/ab/<sha256>`. The name is the hash of the content, so every
 * read re-hashes and a mismatch (bit flip, truncation) is reported as corrupt, for the store to remove.
 */
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { clearDamage, listDir, readStoreFile, RealFolders, writeFileAtomic } from './atomic.js'
import { blobFile, storeFolder } from './layout.js'
import { isNotFound, statOrNull } from '../files.js'
import { assertSha256Hex, corrupt, hit, isSha256Hex, MISS, type Lookup } from './lookup.js'

export interface BlobFile {
  digest: string
  size: number
  mtimeMs: number
}

export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex')
}

export function blobPath(root: string, digest: string): string {
  assertSha256Hex(digest, 'blob digest')
  return blobFile(root, digest)
}

/**
 * Stores `content` and returns its digest. A valid copy already present is not rewritten, only
 * touched: its fresh mtime tells a concurrent prune that someone is about to reference it.
 */
export async function putBlob(
  root: string,
  content: Buffer,
  folders = new RealFolders(root)
): Promise<string> {
  const digest = sha256Hex(content)
  const file = blobPath(root, digest)
  const existing = await readStoreFile(file, root, folders)
  if (existing.kind === 'file' && sha256Hex(existing.content) === digest) {
    const now = new Date()
    await fs.utimes(file, now, now).catch(async (error: unknown) => {
      // Gone meanwhile (a concurrent prune), or not ours to touch (setting a time needs ownership: a
      // store restored by another user): written afresh, which also freshens it. Else a store fault.
      if (!isNotFound(error) && !isNotOwner(error)) throw error
      await writeFileAtomic(file, content, folders)
    })
  } else {
    await writeFileAtomic(file, content, folders)
  }
  return digest
}

function isNotOwner(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return code === 'EPERM' || code === 'EACCES'
}

/** The blob's content, verified against its digest. A corrupt blob is reported, not removed (see discardBlob). */
export async function getBlob(
  root: string,
  digest: string,
  folders = new RealFolders(root)
): Promise<Lookup<Buffer>> {
  const read = await readStoreFile(blobPath(root, digest), root, folders)
  if (read.kind === 'missing') return MISS
  if (read.kind === 'damaged') return corrupt(`blob ${digest}: ${read.reason}`)
  if (sha256Hex(read.content) !== digest) {
    return corrupt(`blob ${digest} does not match its hash (${read.content.length} bytes)`)
  }
  return hit(read.content)
}

/** Removes a blob known to be wrong (bad bytes, a size its entry disagrees with, a folder in its place). */
export async function discardBlob(root: string, digest: string): Promise<void> {
  const file = blobPath(root, digest)
  if (!(await clearDamage(root, file))) await fs.rm(file, { force: true })
}

/** Every blob under final names (temp files are skipped). */
export async function listBlobs(root: string): Promise<BlobFile[]> {
  const found: BlobFile[] = []
  const blobs = storeFolder(root, 'blobs')
  for (const shard of await listDir(blobs)) {
    for (const name of await listDir(path.join(blobs, shard))) {
      if (!isSha256Hex(name)) continue
      const stat = await statOrNull(path.join(blobs, shard, name))
      if (stat?.isFile()) found.push({ digest: name, size: stat.size, mtimeMs: stat.mtimeMs })
    }
  }
  return found
}
