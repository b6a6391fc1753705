/**
 * Eviction. Entries go first (least recently used, by the usage logs), then blobs no entry names.
 * Safe beside a live build: an entry whose file is newer than the prune's start is kept, and a blob
 * is deleted only if its mtime (set or refreshed by every put) is older than start minus a grace.
 */
import path from 'node:path'
import { isTempName, listDir, removeIfPresent } from './atomic.js'
import { blobFile } from './layout.js'
import { readFileOrNull, statOrNull } from '../files.js'
import { listBlobs, type BlobFile } from './blobs.js'
import { entryId, entryPath, listEntries, parseEntry, type EntryFile } from './entries.js'
import { compactStats, measureStore } from './stats.js'
import { compactUsageLogs, idsUsedBy, lastUseById, readUses } from './usage.js'
import { ensureLayout } from './version.js'

export const TEMP_MAX_AGE_MS = 60 * 60 * 1000
export const DEFAULT_GRACE_MS = 10 * 60 * 1000

export interface PruneOptions {
  maxBytes: number
  /** Unreferenced blobs younger than this stay (a concurrent put may be about to name them). */
  graceMs?: number
}

export interface PruneResult {
  bytesBefore: number
  bytesAfter: number
  entriesRemoved: number
  blobsRemoved: number
  tempFilesRemoved: number
}

export interface ScannedEntry extends EntryFile {
  id: string
  /** Digests the entry references; empty for an unreadable entry. */
  digests: string[]
}

async function scanEntries(root: string): Promise<ScannedEntry[]> {
  const scanned: ScannedEntry[] = []
  for (const file of await listEntries(root)) {
    const text = await readFileOrNull(entryPath(root, file.namespace, file.key))
    if (text === null) continue
    const record = parseEntry(text.toString('utf8'), file.namespace, file.key)
    const digests =
      typeof record === 'string' ? [] : [...new Set(Object.values(record.blobs).map(b => b.sha256))]
    scanned.push({ ...file, id: entryId(file.namespace, file.key), digests })
  }
  return scanned
}

/** Which entries to remove, oldest use first, so that entries plus referenced blobs fit in maxBytes. */
export function planEviction(
  entries: ScannedEntry[],
  blobs: BlobFile[],
  lastUse: Map<string, number>,
  maxBytes: number
): ScannedEntry[] {
  const blobSize = new Map(blobs.map(blob => [blob.digest, blob.size]))
  const refs = new Map<string, number>()
  for (const entry of entries)
    for (const digest of entry.digests) refs.set(digest, (refs.get(digest) ?? 0) + 1)
  let total = entries.reduce((sum, entry) => sum + entry.size, 0)
  for (const blob of blobs) if (refs.has(blob.digest)) total += blob.size
  const byAge = [...entries].sort(
    (a, b) => Math.max(lastUse.get(a.id) ?? 0, a.mtimeMs) - Math.max(lastUse.get(b.id) ?? 0, b.mtimeMs)
  )
  const evicted: ScannedEntry[] = []
  for (const entry of byAge) {
    if (total <= maxBytes) break
    evicted.push(entry)
    total -= entry.size
    for (const digest of entry.digests) {
      const left = (refs.get(digest) ?? 1) - 1
      refs.set(digest, left)
      if (left === 0) total -= blobSize.get(digest) ?? 0
    }
  }
  return evicted
}

/** Removes an entry unless it was (re)written after `startedAt`, i.e. by a concurrent build. */
async function removeEntryUnlessNewer(root: string, entry: EntryFile, startedAt: number): Promise<boolean> {
  const file = entryPath(root, entry.namespace, entry.key)
  const stat = await statOrNull(file)
  if (stat === null || stat.mtimeMs >= startedAt) return false
  await removeIfPresent(file)
  return true
}

/**
 * Deletes blobs that no entry names: those whose entries this call removed at once, any other only
 * when nobody wrote or touched it since `olderThan` (it may belong to an entry still being written).
 * Losing a race here costs a miss, never a wrong read: an entry whose blob is gone is no hit.
 */
async function collectGarbage(root: string, olderThan: number, freed: ReadonlySet<string>): Promise<number> {
  const referenced = new Set((await scanEntries(root)).flatMap(entry => entry.digests))
  let removed = 0
  for (const blob of await listBlobs(root)) {
    if (referenced.has(blob.digest) || (blob.mtimeMs >= olderThan && !freed.has(blob.digest))) continue
    await removeIfPresent(blobFile(root, blob.digest))
    removed++
  }
  return removed
}

/** Removes `*.tmp-<pid>-<random>` files older than `olderThan` anywhere in the store. */
export async function sweepTempFiles(root: string, olderThan: number): Promise<number> {
  let removed = 0
  const walk = async (dir: string, depth: number): Promise<void> => {
    for (const name of await listDir(dir)) {
      const file = path.join(dir, name)
      const stat = await statOrNull(file)
      if (stat?.isDirectory() && depth < 4) await walk(file, depth + 1)
      else if (stat?.isFile() && isTempName(name) && stat.mtimeMs < olderThan) {
        await removeIfPresent(file)
        removed++
      }
    }
  }
  await walk(root, 0)
  return removed
}

/** Folds usage logs (dropping uses of removed entries) and stat files, so neither grows without end. */
async function compactLogs(root: string, startedAt: number): Promise<void> {
  const remaining = new Set((await listEntries(root)).map(entry => entryId(entry.namespace, entry.key)))
  await compactUsageLogs(root, remaining, startedAt)
  await compactStats(root)
}

export async function prune(root: string, options: PruneOptions): Promise<PruneResult> {
  await ensureLayout(root) // never evict by a layout we cannot read
  const startedAt = Date.now()
  const tempFilesRemoved = await sweepTempFiles(root, startedAt - TEMP_MAX_AGE_MS)
  const entries = await scanEntries(root)
  const blobs = await listBlobs(root)
  const bytesBefore = [...entries, ...blobs].reduce((sum, file) => sum + file.size, 0)
  const lastUse = lastUseById(await readUses(root))
  let entriesRemoved = 0
  const freed = new Set<string>()
  for (const entry of planEviction(entries, blobs, lastUse, options.maxBytes)) {
    if (!(await removeEntryUnlessNewer(root, entry, startedAt))) continue
    entriesRemoved++
    for (const digest of entry.digests) freed.add(digest)
  }
  const blobsRemoved = await collectGarbage(root, startedAt - (options.graceMs ?? DEFAULT_GRACE_MS), freed)
  await compactLogs(root, startedAt)
  return {
    bytesBefore,
    bytesAfter: (await measureStore(root)).bytes,
    entriesRemoved,
    blobsRemoved,
    tempFilesRemoved
  }
}

/** Drops every entry this run neither read nor wrote (the CI action calls it before saving). */
export async function evictUntouched(
  root: string,
  runId: string,
  options: { graceMs?: number } = {}
): Promise<{ entriesRemoved: number; blobsRemoved: number }> {
  await ensureLayout(root)
  const startedAt = Date.now()
  const used = idsUsedBy(await readUses(root), runId)
  let entriesRemoved = 0
  const freed = new Set<string>()
  for (const entry of await scanEntries(root)) {
    if (used.has(entry.id)) continue
    if (!(await removeEntryUnlessNewer(root, entry, startedAt))) continue
    entriesRemoved++
    for (const digest of entry.digests) freed.add(digest)
  }
  const blobsRemoved = await collectGarbage(root, startedAt - (options.graceMs ?? DEFAULT_GRACE_MS), freed)
  await sweepTempFiles(root, startedAt - TEMP_MAX_AGE_MS)
  await compactLogs(root, startedAt)
  return { entriesRemoved, blobsRemoved }
}
