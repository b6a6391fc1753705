/**
 * Cumulative counters without locks. Each recorder flushes its pending counts as a new, immutable
 * delta file `<root>/stats/<runId>-<pid>-<seq>-<rand>.json`; totals are the sum of all files.
 * Compaction claims files by renaming them into `stats/claim-<id>/` (a rename succeeds once), writes
 * their sum as `stats/compacted-<id>.json`, then removes the claim. Until that sum exists, readers
 * count the claim folder instead, so a compactor killed at any point neither loses nor doubles counts.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { isTempName, listDir, RealFolders, writeFileAtomic } from './atomic.js'
import { storeFolder } from './layout.js'
import { isNotFound, readFileOrNull, statOrNull } from '../files.js'
import { listBlobs } from './blobs.js'
import { listEntries } from './entries.js'
import { assertRunId } from './usage.js'
import { ensureLayout, readLayoutVersion, STORE_LAYOUT_VERSION } from './version.js'

export const MISS_REASONS = ['no-entry', 'dependency-changed', 'corrupt-entry'] as const
export type MissReason = (typeof MISS_REASONS)[number]

export interface StatCounters {
  hits: number
  misses: Record<MissReason, number>
  uncacheable: number
  compilerInvocations: number
  linkerInvocations: number
  bytesStored: number
}

export interface StoreStats {
  totals: StatCounters
  entries: number
  bytesOnDisk: number
}

/** A claim folder left by a compactor that died this long ago may be taken over. */
const STALE_CLAIM_MS = 60 * 60 * 1000
const FLAT_KEYS = ['hits', 'uncacheable', 'compilerInvocations', 'linkerInvocations', 'bytesStored'] as const

export function emptyCounters(): StatCounters {
  return {
    hits: 0,
    misses: { 'no-entry': 0, 'dependency-changed': 0, 'corrupt-entry': 0 },
    uncacheable: 0,
    compilerInvocations: 0,
    linkerInvocations: 0,
    bytesStored: 0
  }
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0
}

/** Adds `delta` into `into`, reading defensively: unknown or bad fields count as 0. */
export function addCounters(into: StatCounters, delta: unknown): StatCounters {
  const source = (typeof delta === 'object' && delta !== null ? delta : {}) as Partial<
    Record<string, unknown>
  >
  for (const key of FLAT_KEYS) into[key] += count(source[key])
  const misses = (source.misses ?? {}) as Partial<Record<string, unknown>>
  for (const reason of MISS_REASONS) into.misses[reason] += count(misses[reason])
  return into
}

/** What `after` counted beyond `before`, an earlier reading of the same counters. */
export function countersSince(after: StatCounters, before: StatCounters): StatCounters {
  const delta = emptyCounters()
  for (const key of FLAT_KEYS) delta[key] = after[key] - before[key]
  for (const reason of MISS_REASONS) delta.misses[reason] = after.misses[reason] - before.misses[reason]
  return delta
}

function statsDir(root: string): string {
  return storeFolder(root, 'stats')
}

export class StatsRecorder {
  private pending = emptyCounters()
  private sequence = 0
  private dirty = false
  private ready: Promise<boolean> | undefined

  constructor(
    private readonly root: string,
    private readonly runId: string
  ) {
    assertRunId(runId)
  }

  hit(): void {
    this.add({ hits: 1 })
  }

  miss(reason: MissReason): void {
    this.add({ misses: { [reason]: 1 } })
  }

  add(delta: Partial<Omit<StatCounters, 'misses'>> & { misses?: Partial<Record<MissReason, number>> }): void {
    addCounters(this.pending, delta)
    this.dirty = true
  }

  /** Persists what was counted since the last flush as a new delta file. */
  async flush(): Promise<void> {
    if (!this.dirty) return
    const delta = this.pending
    this.pending = emptyCounters()
    this.dirty = false
    const name = `${this.runId}-${process.pid}-${this.sequence++}-${randomBytes(4).toString('hex')}.json`
    try {
      this.ready ??= ensureLayout(this.root)
      await this.ready
      await writeFileAtomic(
        path.join(statsDir(this.root), name),
        JSON.stringify(delta),
        new RealFolders(this.root)
      )
    } catch (error) {
      this.add(delta) // keep the counts for the next flush
      throw error
    }
  }
}

async function sumFiles(dir: string, totals: StatCounters): Promise<void> {
  for (const name of await listDir(dir)) {
    if (!name.endsWith('.json') || isTempName(name)) continue
    const text = await readFileOrNull(path.join(dir, name))
    try {
      if (text !== null) addCounters(totals, JSON.parse(text.toString('utf8')))
    } catch {
      // Files are written atomically; an unparsable one is damage, and counting it as 0 is the best guess.
    }
  }
}

/** Totals over every delta, compacted sum and unfinished claim. */
export async function readCounters(root: string): Promise<StatCounters> {
  const totals = emptyCounters()
  const names = await listDir(statsDir(root))
  await sumFiles(statsDir(root), totals)
  for (const name of names) {
    const claimId = /^claim-([0-9a-f]+)$/.exec(name)?.[1]
    if (claimId !== undefined && !names.includes(`compacted-${claimId}.json`)) {
      await sumFiles(path.join(statsDir(root), name), totals)
    }
  }
  return totals
}

export async function measureStore(root: string): Promise<{ entries: number; bytes: number }> {
  const entries = await listEntries(root)
  const blobs = await listBlobs(root)
  return { entries: entries.length, bytes: [...entries, ...blobs].reduce((sum, file) => sum + file.size, 0) }
}

/** Totals, entry count and bytes; a store of another layout version reads as empty. */
export async function readStats(root: string): Promise<StoreStats> {
  if ((await readLayoutVersion(root)) !== STORE_LAYOUT_VERSION) {
    return { totals: emptyCounters(), entries: 0, bytesOnDisk: 0 }
  }
  const { entries, bytes } = await measureStore(root)
  return { totals: await readCounters(root), entries, bytesOnDisk: bytes }
}

async function claim(from: string, claimDir: string): Promise<boolean> {
  try {
    await fs.rename(from, path.join(claimDir, `${randomBytes(4).toString('hex')}-${path.basename(from)}`))
    return true
  } catch (error) {
    if (isNotFound(error)) return false
    throw error
  }
}

/** Folds all stat files into one; safe to run beside writers and other compactors. */
export async function compactStats(root: string): Promise<void> {
  const dir = statsDir(root)
  const names = await listDir(dir)
  const claimId = randomBytes(6).toString('hex')
  const claimDir = path.join(dir, `claim-${claimId}`)
  await fs.mkdir(claimDir, { recursive: true })
  for (const name of names) {
    const file = path.join(dir, name)
    const oldClaim = /^claim-([0-9a-f]+)$/.exec(name)?.[1]
    if (oldClaim === undefined) {
      if (name.endsWith('.json') && !isTempName(name)) await claim(file, claimDir)
    } else if (names.includes(`compacted-${oldClaim}.json`)) {
      await fs.rm(file, { recursive: true, force: true }) // already summed; its compactor died before cleanup
    } else if (Date.now() - ((await statOrNull(file))?.mtimeMs ?? Date.now()) > STALE_CLAIM_MS) {
      for (const inner of await listDir(file)) await claim(path.join(file, inner), claimDir)
      await fs.rm(file, { recursive: true, force: true })
    }
  }
  if ((await listDir(claimDir)).length === 0) {
    await fs.rm(claimDir, { recursive: true, force: true })
    return
  }
  const totals = emptyCounters()
  await sumFiles(claimDir, totals)
  await writeFileAtomic(path.join(dir, `compacted-${claimId}.json`), JSON.stringify(totals))
  await fs.rm(claimDir, { recursive: true, force: true })
}
