/** What is done to both stores under one cache root as one: statistics and pruning. */
import { storePaths } from './layout.js'
import { prune, type PruneResult } from './prune.js'
import { readStats, type StoreStats } from './stats.js'

/** Both stores' statistics as one: counters live in the build store, sizes are summed. */
export async function readStoreStats(root: string): Promise<StoreStats> {
  const { objects, build } = storePaths(root)
  const [objectStats, buildStats] = await Promise.all([readStats(objects), readStats(build)])
  return {
    totals: buildStats.totals,
    entries: objectStats.entries + buildStats.entries,
    bytesOnDisk: objectStats.bytesOnDisk + buildStats.bytesOnDisk
  }
}

/**
 * Keeps both stores together under `maxBytes`: the object store gives way first (least recently
 * used units), then the build store.
 */
export async function pruneStores(root: string, maxBytes: number): Promise<PruneResult> {
  const { objects, build } = storePaths(root)
  const buildBytes = (await readStats(build)).bytesOnDisk
  const fromObjects = await prune(objects, { maxBytes: Math.max(0, maxBytes - buildBytes) })
  const fromBuild = await prune(build, { maxBytes: Math.max(0, maxBytes - fromObjects.bytesAfter) })
  return {
    bytesBefore: fromObjects.bytesBefore + fromBuild.bytesBefore,
    bytesAfter: fromObjects.bytesAfter + fromBuild.bytesAfter,
    entriesRemoved: fromObjects.entriesRemoved + fromBuild.entriesRemoved,
    blobsRemoved: fromObjects.blobsRemoved + fromBuild.blobsRemoved,
    tempFilesRemoved: fromObjects.tempFilesRemoved + fromBuild.tempFilesRemoved
  }
}
