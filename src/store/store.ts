/**
 * The store callers use: keyed entries in namespaces (e.g. `objects`, `manifests`, `links`), each
 * referencing named blobs. Reads verify everything; corrupt data is removed and reported as such.
 */
import { randomBytes } from 'node:crypto'
import { removeIfPresent } from './atomic.js'
import { readFileOrNull, statOrNull } from '../files.js'
import { blobPath, discardBlob, getBlob, putBlob } from './blobs.js'
import {
  entryId,
  entryPath,
  ENTRY_SCHEMA,
  parseEntry,
  writeEntry,
  type BlobRef,
  type EntryRecord,
  type JsonValue
} from './entries.js'
import { corrupt, hit, MISS, type Lookup } from './lookup.js'
import { UsageLog } from './usage.js'
import { ensureLayout } from './version.js'

export interface StoreOptions {
  /** Identifies this build in usage records (evictUntouched keeps what a run used). */
  runId?: string
}

export interface LoadedEntry {
  entry: EntryRecord
  blobs: Map<string, Buffer>
}

export class Store {
  readonly runId: string
  private readonly usage: UsageLog
  private ready: Promise<boolean> | undefined

  constructor(
    readonly root: string,
    options: StoreOptions = {}
  ) {
    this.runId = options.runId ?? `local-${Date.now()}-${randomBytes(3).toString('hex')}`
    this.usage = new UsageLog(root, this.runId)
  }

  /** Checks the layout version once; true when an incompatible store was wiped. */
  open(): Promise<boolean> {
    this.ready ??= ensureLayout(this.root)
    return this.ready
  }

  /** The entry, after checking its record and that each blob it names exists with its size. */
  async get(namespace: string, key: string): Promise<Lookup<EntryRecord>> {
    await this.open()
    const file = entryPath(this.root, namespace, key)
    const text = await readFileOrNull(file)
    if (text === null) return MISS
    const record = parseEntry(text.toString('utf8'), namespace, key)
    if (typeof record === 'string') return this.discard(namespace, key, record)
    const defect = await this.missingBlob(record)
    if (defect !== null) return this.discard(namespace, key, defect)
    await this.usage.record(entryId(namespace, key))
    return hit(record)
  }

  /** The entry with all its blobs read and verified; any bad blob makes the entry corrupt. */
  async load(namespace: string, key: string): Promise<Lookup<LoadedEntry>> {
    const found = await this.get(namespace, key)
    if (found.kind !== 'hit') return found
    const blobs = new Map<string, Buffer>()
    for (const [name, ref] of Object.entries(found.value.blobs)) {
      const blob = await this.getBlob(ref)
      if (blob.kind !== 'hit') {
        return this.discard(
          namespace,
          key,
          blob.kind === 'corrupt' ? blob.reason : `blob ${ref.sha256} vanished`
        )
      }
      blobs.set(name, blob.value)
    }
    return hit({ entry: found.value, blobs })
  }

  /** Writes the blobs, then the record that names them, so a visible record never precedes its blobs. */
  async put(
    namespace: string,
    key: string,
    meta: JsonValue,
    blobs: ReadonlyMap<string, Buffer> = new Map()
  ): Promise<EntryRecord> {
    await this.open()
    entryPath(this.root, namespace, key) // validates before any write
    const refs: Record<string, BlobRef> = {}
    for (const [name, content] of blobs) {
      refs[name] = { sha256: await putBlob(this.root, content), size: content.length }
    }
    const record: EntryRecord = {
      schema: ENTRY_SCHEMA,
      namespace,
      key,
      runId: this.runId,
      createdAt: Date.now(),
      blobs: refs,
      meta
    }
    await writeEntry(this.root, record)
    await this.usage.record(entryId(namespace, key))
    return record
  }

  /** A blob by reference (or digest), verified against its hash. */
  async getBlob(ref: BlobRef | string): Promise<Lookup<Buffer>> {
    await this.open()
    return getBlob(this.root, typeof ref === 'string' ? ref : ref.sha256)
  }

  /** Removes a bad entry so the next put replaces it; a concurrent re-put lost here is only a miss. */
  private async discard(namespace: string, key: string, reason: string): Promise<Lookup<never>> {
    await removeIfPresent(entryPath(this.root, namespace, key))
    return corrupt(reason)
  }

  private async missingBlob(record: EntryRecord): Promise<string | null> {
    for (const ref of Object.values(record.blobs)) {
      const stat = await statOrNull(blobPath(this.root, ref.sha256))
      if (stat === null) return `entry ${record.namespace}/${record.key}: blob ${ref.sha256} is missing`
      if (stat.size !== ref.size) {
        await discardBlob(this.root, ref.sha256)
        return `entry ${record.namespace}/${record.key}: blob ${ref.sha256} has ${stat.size} bytes, not ${ref.size}`
      }
    }
    return null
  }
}
