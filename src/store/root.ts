/** What is done to both stores under one cache root as one: statistics, pruning, retiring old ones. */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { orMissing, pathExists } from '../files.js'
import { retiredStorePaths, storePaths, versionFile } from './layout.js'
import { prune, type PruneResult } from './prune.js'
import { readStats, type StoreStats } from './stats.js'

/** Removes the stores of an older layout under `root` (a folder holding no store VERSION is left). */
export async function retireOldStores(root: string): Promise<void> {
  for (const dir of retiredStorePaths(root)) {
    if (!(await pathExists(versionFile(dir)))) continue
    // Renamed away first, so a concurrent build never sees a half-deleted store. Gone already: a
    // concurrent build retired it. Any other error is a store fault (the caller's health warns once).
    const trash = path.join(root, `.retired-${process.pid}-${path.basename(dir)}`)
    await orMissing(fs.rename(dir, trash), undefined)
    await fs.rm(trash, { recursive: true, force: true })
  }
}

/** Both stores' statistics as one: counters live in the sketch store, sizes are summed. */
export async function readStoreStats(root: string): Promise<StoreStats> {
  const { objects, sketches } = storePaths(root)
  const [objectStats, sketchStats] = await Promise.all([readStats(objects), readStats(sketches)])
  return {
    totals: sketchStats.totals,
    entries: objectStats.entries + sketchStats.entries,
    bytesOnDisk: objectStats.bytesOnDisk + sketchStats.bytesOnDisk
  }
}

/**
 * Keeps both stores together under `maxBytes`: the object store gives way first (least recently
 * used units), then the sketch store.
 */
export async function pruneStores(root: string, maxBytes: number): Promise<PruneResult> {
  const { objects, sketches } = storePaths(root)
  const sketchBytes = (await readStats(sketches)).bytesOnDisk
  const fromObjects = await prune(objects, { maxBytes: Math.max(0, maxBytes - sketchBytes) })
  const fromSketches = await prune(sketches, { maxBytes: Math.max(0, maxBytes - fromObjects.bytesAfter) })
  return {
    bytesBefore: fromObjects.bytesBefore + fromSketches.bytesBefore,
    bytesAfter: fromObjects.bytesAfter + fromSketches.bytesAfter,
    entriesRemoved: fromObjects.entriesRemoved + fromSketches.entriesRemoved,
    blobsRemoved: fromObjects.blobsRemoved + fromSketches.blobsRemoved,
    tempFilesRemoved: fromObjects.tempFilesRemoved + fromSketches.tempFilesRemoved
  }
}
