/**
 * Keyed entries: `<root>/entries/<namespace>/ab/<key>.json`, a small JSON record naming the blobs it
 * references. Written atomically; a record that does not parse, has another schema or names
 * missing/short blobs is corrupt.
 */
import path from 'node:path'
import { InternalError } from '../errors.js'
import { listDir, RealFolders, writeFileAtomic } from './atomic.js'
import { entryFile, storeFolder } from './layout.js'
import { statOrNull } from '../files.js'
import { assertSha256Hex, isSha256Hex } from './lookup.js'

export const ENTRY_SCHEMA = 1

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

export interface BlobRef {
  sha256: string
  size: number
}

export interface EntryRecord {
  schema: typeof ENTRY_SCHEMA
  namespace: string
  key: string
  runId: string
  createdAt: number
  blobs: Record<string, BlobRef>
  meta: JsonValue
}

export interface EntryFile {
  namespace: string
  key: string
  size: number
  mtimeMs: number
}

const NAMESPACE = /^[a-z0-9][a-z0-9_-]{0,31}$/

export function assertNamespace(namespace: string): void {
  if (!NAMESPACE.test(namespace)) {
    throw new InternalError(`store namespace "${namespace}" must match ${NAMESPACE.source}`)
  }
}

export function entryPath(root: string, namespace: string, key: string): string {
  assertNamespace(namespace)
  assertSha256Hex(key, 'entry key')
  return entryFile(root, namespace, key)
}

/** An entry's identity in usage logs and eviction plans. */
export function entryId(namespace: string, key: string): string {
  return `${namespace}/${key}`
}

export async function writeEntry(
  root: string,
  record: EntryRecord,
  folders = new RealFolders(root)
): Promise<void> {
  await writeFileAtomic(entryPath(root, record.namespace, record.key), JSON.stringify(record), folders)
}

function isBlobRef(value: unknown): value is BlobRef {
  const ref = value as BlobRef | null
  return (
    typeof ref === 'object' &&
    ref !== null &&
    isSha256Hex(ref.sha256) &&
    Number.isSafeInteger(ref.size) &&
    ref.size >= 0
  )
}

/** Parses and validates a record read from the entry file for (namespace, key); a string is the defect. */
export function parseEntry(text: string, namespace: string, key: string): EntryRecord | string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return `entry ${namespace}/${key} is not valid JSON (${text.length} bytes)`
  }
  const record = value as Partial<EntryRecord> | null
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return `entry ${namespace}/${key} is not an object`
  }
  if (record.schema !== ENTRY_SCHEMA) return `entry ${namespace}/${key} has schema ${String(record.schema)}`
  if (record.namespace !== namespace || record.key !== key)
    return `entry ${namespace}/${key} names another key`
  if (typeof record.runId !== 'string' || typeof record.createdAt !== 'number' || !('meta' in record)) {
    return `entry ${namespace}/${key} lacks runId, createdAt or meta`
  }
  const blobs = record.blobs
  if (typeof blobs !== 'object' || blobs === null || !Object.values(blobs).every(isBlobRef)) {
    return `entry ${namespace}/${key} has a malformed blob list`
  }
  return record as EntryRecord
}

/** Every entry under a final name, all namespaces (temp files are skipped). */
export async function listEntries(root: string): Promise<EntryFile[]> {
  const found: EntryFile[] = []
  const entries = storeFolder(root, 'entries')
  for (const namespace of await listDir(entries)) {
    if (!NAMESPACE.test(namespace)) continue
    const nsDir = path.join(entries, namespace)
    for (const shard of await listDir(nsDir)) {
      for (const name of await listDir(path.join(nsDir, shard))) {
        const key = name.endsWith('.json') ? name.slice(0, -'.json'.length) : ''
        if (!isSha256Hex(key)) continue
        const stat = await statOrNull(path.join(nsDir, shard, name))
        if (stat?.isFile()) found.push({ namespace, key, size: stat.size, mtimeMs: stat.mtimeMs })
      }
    }
  }
  return found
}
