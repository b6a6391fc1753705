/** The store's public surface: what the cache logic and the CLI use. */
export { Store, type LoadedEntry, type StoreOptions } from './store.js'
export { getBlob, putBlob, sha256Hex } from './blobs.js'
export { ENTRY_SCHEMA, type BlobRef, type EntryRecord, type JsonValue } from './entries.js'
export { faultWarning, type FaultListener, type StoreFault } from './health.js'
export type { Lookup } from './lookup.js'
export { evictUntouched, prune, type PruneOptions, type PruneResult } from './prune.js'
export {
  compactStats,
  countersSince,
  emptyCounters,
  MISS_REASONS,
  readStats,
  StatsRecorder,
  type MissReason,
  type StatCounters,
  type StoreStats
} from './stats.js'
export { STORE_LAYOUT_VERSION } from './version.js'
