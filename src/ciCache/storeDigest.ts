/**
 * A fingerprint of a store's entries (names, sizes, mtimes), taken after restore and again before
 * save: equal means this job added or removed nothing, so saving would only spend cache quota.
 * Mtimes are fine here: both readings are on the same machine within one job.
 */
import { createHash } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { orMissing } from '../files.js'
import { changesEveryRun } from '../store/layout.js'

export async function storeDigest(root: string): Promise<{ digest: string; files: number; bytes: number }> {
  // No store yet is an empty one; an unreadable store propagates (the caller warns, the build goes on).
  const entries = await orMissing(readdir(root, { recursive: true, withFileTypes: true }), [])
  const files = entries
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
    .filter(file => !changesEveryRun(path.relative(root, file)))
    .sort()
  const hash = createHash('sha256')
  let bytes = 0
  for (const file of files) {
    // Removed since the listing (a concurrent prune): not part of the store any more.
    const info = await orMissing(stat(file), null)
    if (info === null) continue
    bytes += info.size
    hash.update(`${path.relative(root, file)}\u0000${info.size}\u0000${info.mtimeMs}\n`)
  }
  return { digest: hash.digest('hex'), files: files.length, bytes }
}
