/**
 * Last-use records without atime: each Store appends `<epochMs>\t<runId>\t<namespace>/<key>` to its
 * own log `<root>/usage/<runId>-<pid>-<rand>.log` for every hit and put. The lines are gathered and
 * appended when the store is flushed: every second of a build and at its end (unitCache/runStats.ts).
 * A warm run hits thousands of entries, and one O_APPEND write each was a tenth of its system calls.
 * An append needs no lock and a kill can only lose the last second or leave a partial last line,
 * which readers skip. Prune
 * compacts the logs (claim by rename, write one compacted log, delete the claimed ones).
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { InternalError } from '../errors.js'
import { clearDamage, isTempName, listDir, makeDir, removeIfPresent, writeFileAtomic } from './atomic.js'
import { storeFolder } from './layout.js'
import { isNotFound, readFileOrNull } from '../files.js'

export interface Use {
  at: number
  runId: string
  id: string
}

const RUN_ID = /^[A-Za-z0-9._-]{1,100}$/
/** Uses younger than this keep one line per run, so a live run's evictUntouched still sees them. */
const KEEP_PER_RUN_MS = 24 * 60 * 60 * 1000

export function isRunId(text: string): boolean {
  return RUN_ID.test(text)
}

export function assertRunId(runId: string): void {
  if (!isRunId(runId)) throw new InternalError(`run id "${runId}" must match ${RUN_ID.source}`)
}

function usageDir(root: string): string {
  return storeFolder(root, 'usage')
}

export class UsageLog {
  private readonly file: string
  private pending: string[] = []
  private appending: Promise<void> = Promise.resolve()

  constructor(
    private readonly root: string,
    private readonly runId: string,
    /** Runs an append (the store's health guard: a failing file system turns writing off). */
    private readonly guard: (append: () => Promise<void>) => Promise<unknown> = append => append()
  ) {
    assertRunId(runId)
    this.file = path.join(usageDir(root), `${runId}-${process.pid}-${randomBytes(4).toString('hex')}.log`)
  }

  /** Notes a use now; it reaches the log at the next flush. */
  record(id: string): void {
    this.pending.push(`${Date.now()}\t${this.runId}\t${id}\n`)
  }

  /** Appends every use noted so far; appends never overlap. */
  flush(): Promise<void> {
    this.appending = this.appending.then(async () => {
      if (this.pending.length === 0) return
      const text = this.pending.join('')
      this.pending = []
      await this.guard(() => this.append(text))
    })
    return this.appending
  }

  private async append(text: string): Promise<void> {
    try {
      await fs.appendFile(this.file, text)
    } catch (error) {
      // First use, the store was wiped, or a file stands where the usage folder should be.
      const damaged = await clearDamage(this.root, this.file)
      if (!damaged && !isNotFound(error)) throw error
      await makeDir(path.dirname(this.file))
      await fs.appendFile(this.file, text)
    }
  }
}

export function parseUses(text: string): Use[] {
  const uses: Use[] = []
  for (const line of text.split('\n')) {
    const [at, runId, id, extra] = line.split('\t')
    if (extra !== undefined || id === undefined || runId === undefined || !/^\d+$/.test(at ?? '')) continue
    if (RUN_ID.test(runId) && /^[a-z0-9_-]+\/[0-9a-f]{64}$/.test(id)) uses.push({ at: Number(at), runId, id })
  }
  return uses
}

export function formatUses(uses: Use[]): string {
  return uses.map(use => `${use.at}\t${use.runId}\t${use.id}\n`).join('')
}

export async function readUses(root: string): Promise<Use[]> {
  const uses: Use[] = []
  for (const name of await listDir(usageDir(root))) {
    if (isTempName(name)) continue
    const text = await readFileOrNull(path.join(usageDir(root), name))
    if (text !== null) uses.push(...parseUses(text.toString('utf8')))
  }
  return uses
}

/** The latest use time of each entry id. */
export function lastUseById(uses: Use[]): Map<string, number> {
  const latest = new Map<string, number>()
  for (const use of uses) latest.set(use.id, Math.max(latest.get(use.id) ?? 0, use.at))
  return latest
}

export function idsUsedBy(uses: Use[], runId: string): Set<string> {
  return new Set(uses.filter(use => use.runId === runId).map(use => use.id))
}

/**
 * Keeps, for entries that still exist, the latest use, plus one use per run for recent runs. Uses
 * from `now` on are kept even without an entry: they may be a concurrent build's fresh put.
 */
export function compactUses(uses: Use[], existing: Set<string>, now: number): Use[] {
  const kept = new Map<string, Use>()
  for (const use of uses) {
    if (!existing.has(use.id) && use.at < now) continue
    const slot = now - use.at < KEEP_PER_RUN_MS ? `${use.id}\t${use.runId}` : use.id
    const previous = kept.get(slot)
    if (previous === undefined || previous.at < use.at) kept.set(slot, use)
  }
  return [...kept.values()].sort((a, b) => a.at - b.at)
}

/** Rewrites all usage logs as one compacted log; appends racing with the claim may lose a line. */
export async function compactUsageLogs(root: string, existing: Set<string>, now: number): Promise<void> {
  const dir = usageDir(root)
  const claimTag = `claimed-${randomBytes(4).toString('hex')}-`
  const claimed: string[] = []
  for (const name of await listDir(dir)) {
    if (isTempName(name)) continue
    const target = path.join(dir, claimTag + name)
    try {
      await fs.rename(path.join(dir, name), target)
      claimed.push(target)
    } catch (error) {
      if (!isNotFound(error)) throw error
    }
  }
  if (claimed.length === 0) return
  const uses: Use[] = []
  for (const file of claimed) uses.push(...parseUses((await readFileOrNull(file))?.toString('utf8') ?? ''))
  const compacted = compactUses(uses, existing, now)
  if (compacted.length > 0) {
    await writeFileAtomic(
      path.join(dir, `compacted-${randomBytes(4).toString('hex')}.log`),
      formatUses(compacted)
    )
  }
  for (const file of claimed) await removeIfPresent(file)
}
