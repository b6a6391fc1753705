/**
 * The store callers use: keyed entries in namespaces (e.g. `objects`, `manifests`, `links`), each
 * referencing named blobs. Reads verify everything; corrupt data (bad bytes, a folder where a file
 * should be, a file where a folder should be) is a miss, reported as such and removed. Its file
 * system failing turns it off for the run (health.ts): reads miss and puts store nothing.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { clearDamage, readStoreFile, RealFolders, removeIfPresent } from './atomic.js'
import { orMissing } from '../files.js'
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
import { StoreHealth, type FaultListener } from './health.js'
import { corrupt, hit, MISS, type Lookup } from './lookup.js'
import { UsageLog } from './usage.js'
import { ensureLayout } from './version.js'

export interface StoreOptions {
  /** Identifies this build in usage records (evictUntouched keeps what a run used). */
  runId?: string
  /** Told once when the store's file system fails and the store turns off. */
  onFault?: FaultListener
}

export interface LoadedEntry {
  entry: EntryRecord
  blobs: Map<string, Buffer>
}

/** What reading an entry found, and what damage the store should remove. */
interface Inspection {
  found: Lookup<EntryRecord>
  blobsToDiscard: string[]
}

const NOTHING: Inspection = { found: MISS, blobsToDiscard: [] }

export class Store {
  readonly runId: string
  readonly health: StoreHealth
  private readonly usage: UsageLog
  /** The store's folders this run has seen to be real (no link): each is checked once. */
  private readonly folders: RealFolders
  private ready: Promise<boolean> | undefined

  constructor(
    readonly root: string,
    options: StoreOptions = {}
  ) {
    this.runId = options.runId ?? `local-${Date.now()}-${randomBytes(3).toString('hex')}`
    this.health = new StoreHealth(root, options.onFault)
    this.folders = new RealFolders(root)
    this.usage = new UsageLog(root, this.runId, append => this.health.write(append))
  }

  /** Checks the layout version once; true when an incompatible store was wiped. */
  open(): Promise<boolean> {
    // A store that cannot be opened is never read: it may hold another layout.
    this.ready ??= this.health.read(() => ensureLayout(this.root), false, 'open')
    return this.ready
  }

  /** The entry, after checking its record and that each blob it names exists with its size. */
  async get(namespace: string, key: string): Promise<Lookup<EntryRecord>> {
    const file = entryPath(this.root, namespace, key)
    await this.open()
    const { found, blobsToDiscard } = await this.health.read(
      () => this.inspect(file, namespace, key),
      NOTHING
    )
    if (found.kind === 'corrupt') await this.discard(file, blobsToDiscard)
    if (found.kind === 'hit' && this.health.writable) this.usage.record(entryId(namespace, key))
    return found
  }

  /** The entry with all its blobs read and verified; any bad blob makes the entry corrupt. */
  async load(namespace: string, key: string): Promise<Lookup<LoadedEntry>> {
    const found = await this.get(namespace, key)
    if (found.kind !== 'hit') return found
    const blobs = new Map<string, Buffer>()
    for (const [name, ref] of Object.entries(found.value.blobs)) {
      const blob = await this.getBlob(ref)
      if (!this.health.readable) return MISS
      if (blob.kind !== 'hit') {
        await this.discard(entryPath(this.root, namespace, key), [])
        return corrupt(blob.kind === 'corrupt' ? blob.reason : `blob ${ref.sha256} vanished`)
      }
      blobs.set(name, blob.value)
    }
    return hit({ entry: found.value, blobs })
  }

  /**
   * Writes the blobs, then the record that names them, so a visible record never precedes its
   * blobs. False when nothing was stored (the store's writing is off).
   */
  async put(
    namespace: string,
    key: string,
    meta: JsonValue,
    blobs: ReadonlyMap<string, Buffer> = new Map()
  ): Promise<boolean> {
    entryPath(this.root, namespace, key) // validates before any write
    await this.open()
    return this.health.write(async () => {
      const refs: Record<string, BlobRef> = {}
      for (const [name, content] of blobs) {
        refs[name] = { sha256: await putBlob(this.root, content, this.folders), size: content.length }
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
      await writeEntry(this.root, record, this.folders)
      this.usage.record(entryId(namespace, key))
    })
  }

  /** Writes the uses noted so far (hits and puts) to the usage log: every second of a run and at its end. */
  flush(): Promise<void> {
    return this.usage.flush()
  }

  /** A blob by reference (or digest), verified against its hash; a corrupt blob is removed. */
  async getBlob(ref: BlobRef | string): Promise<Lookup<Buffer>> {
    const digest = typeof ref === 'string' ? ref : ref.sha256
    blobPath(this.root, digest) // validates the digest
    await this.open()
    const found = await this.health.read(() => getBlob(this.root, digest, this.folders), MISS)
    if (found.kind === 'corrupt') {
      this.folders.forget()
      await this.health.write(() => discardBlob(this.root, digest))
    }
    return found
  }

  /** Reads only: the entry's record and its blobs' presence and sizes. */
  private async inspect(file: string, namespace: string, key: string): Promise<Inspection> {
    const read = await readStoreFile(file, this.root, this.folders)
    if (read.kind === 'missing') return NOTHING
    const id = `entry ${namespace}/${key}`
    if (read.kind === 'damaged') return { found: corrupt(`${id}: ${read.reason}`), blobsToDiscard: [] }
    const record = parseEntry(read.content.toString('utf8'), namespace, key)
    if (typeof record === 'string') return { found: corrupt(record), blobsToDiscard: [] }
    for (const ref of Object.values(record.blobs)) {
      const blob = blobPath(this.root, ref.sha256)
      const link = await this.folders.linkAbove(blob)
      const stat = link === null ? await orMissing(fs.lstat(blob), null) : null
      if (link !== null || stat?.isSymbolicLink() === true)
        return {
          found: corrupt(`${id}: blob ${ref.sha256}: a link stands at ${link ?? blob}`),
          blobsToDiscard: [ref.sha256]
        }
      if (stat === null) return { found: corrupt(`${id}: blob ${ref.sha256} is missing`), blobsToDiscard: [] }
      if (!stat.isFile() || stat.size !== ref.size) {
        const what = stat.isFile() ? `has ${stat.size} bytes, not ${ref.size}` : 'is a folder'
        return { found: corrupt(`${id}: blob ${ref.sha256} ${what}`), blobsToDiscard: [ref.sha256] }
      }
    }
    return { found: hit(record), blobsToDiscard: [] }
  }

  /** Removes a bad entry (and blobs found wrong) so the next put replaces it; a concurrent re-put lost here is only a miss. */
  private async discard(file: string, blobsToDiscard: readonly string[]): Promise<void> {
    this.folders.forget()
    await this.health.write(async () => {
      for (const digest of blobsToDiscard) await discardBlob(this.root, digest)
      if (!(await clearDamage(this.root, file))) await removeIfPresent(file)
    })
  }
}
