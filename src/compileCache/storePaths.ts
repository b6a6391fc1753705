/**
 * The two stores under one cache root (DESIGN.md §2): the object store (per-unit results) and the
 * build store (link results, library detection, the toolchain-identity memo, statistics), and what
 * is done to both as one: statistics and pruning.
 */
import path from 'node:path'
import { prune, readStats, type PruneResult, type StoreStats } from '../store/index.js'

export interface StorePaths {
  objects: string
  build: string
}

export function storePaths(root: string): StorePaths {
  return { objects: path.join(root, 'objects'), build: path.join(root, 'build') }
}

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
