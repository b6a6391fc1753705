/**
 * The toolchain identity's memo, one record per toolchain folder, kept in the store: what the
 * driver answered (-dumpversion, -print-prog-name=..., ...), which folders were listed and what
 * they held, and each file's stamp and SHA-256. A warm run re-asks the driver and re-lists only
 * when a stamp of the record changed, and re-hashes only the files whose stamp changed.
 *
 * A stamp is (size, mtime, ctime, inode): replacing a file (a new inode) or writing it (a new
 * ctime, which no utimes can put back) changes it even when its size and mtime are restored. A
 * file changed less than 2 s before it was looked at is not trusted: another write in the same
 * clock tick would leave the same stamp (git's "racy" index entries), so its stamp is kept as
 * unknown and the next run hashes it again. Machine-local facts, never the cross-run truth: the
 * identity is computed from the content digests whether they came from here or were just taken.
 */
import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { isNotFound } from '../files.js'

/** Changed less than this long ago: the stamp may hide a write in the same clock tick. */
export const DISTRUST_MS = 2000

/** A path that does not exist: a fact as stable as a stamp (it appearing changes it). */
export const MISSING = 'missing'

/** What the driver told about itself: the answers that decide which files the toolchain has. */
export interface DriverAnswers {
  version: string
  /** gcc's own folder (libgcc.a, include/, include-fixed/, device-specs/). */
  gccDir: string | null
  /** <sysroot>/lib/libc.a: the C library's headers, libraries and linker scripts. */
  sysroot: string | null
  /** The multilib the machine flags select, relative to the library folders ('.' for the default). */
  multilib: string
  /** The driven programs and the LTO plugin, resolved. */
  programs: string[]
}

export interface FileRecord {
  /** null: changed too recently to be trusted (see DISTRUST_MS). */
  stamp: string | null
  /** null when the file is missing. */
  sha256: string | null
}

export interface ToolchainMemo {
  schema: typeof MEMO_SCHEMA
  answers: DriverAnswers
  /** Every folder the answers and the listing depend on, with its stamp. */
  folders: Record<string, string | null>
  /** Every file of the identity, sorted, with its stamp and digest. */
  files: Record<string, FileRecord>
}

const MEMO_SCHEMA = 1

/** `<driver> -dumpversion` while the driver file keeps its stamp: the version is compiled into it. */
export interface VersionMemo {
  schema: typeof MEMO_SCHEMA
  stamp: string
  version: string
}

export function parseVersionMemo(value: unknown): VersionMemo | null {
  const memo = value as Partial<VersionMemo> | null
  if (typeof memo !== 'object' || memo === null || memo.schema !== MEMO_SCHEMA) return null
  return isText(memo.stamp) && isText(memo.version) ? (memo as VersionMemo) : null
}

/** How much real work an identity took: what the memo is there to save. */
export interface IdentityWork {
  filesHashed: number
  driverAsked: number
}

/** The record's key: the toolchain folder and what a build runs of it (not its stamps). */
export function memoKey(binDir: string, facts: unknown): string {
  return createHash('sha256')
    .update(`toolchain-memo/${MEMO_SCHEMA}\u0000${binDir}\u0000${JSON.stringify(facts)}`)
    .digest('hex')
}

/** The stamp of a file or folder as seen at `now`; null when it changed too recently. Pure. */
export function stampOf(
  facts: { size: number; mtimeMs: number; ctimeMs: number; ino: number },
  now: number
): string | null {
  if (now - Math.max(facts.mtimeMs, facts.ctimeMs) < DISTRUST_MS) return null
  return `${facts.size}:${facts.mtimeMs}:${facts.ctimeMs}:${facts.ino}`
}

/** Stamps taken once per path within one identity (the listing and the hashing share them). */
export class Stamps {
  private readonly taken = new Map<string, Promise<string | null>>()

  constructor(private readonly now: () => number) {}

  of(file: string): Promise<string | null> {
    let stamp = this.taken.get(file)
    if (stamp === undefined) {
      stamp = this.stampNow(file)
      this.taken.set(file, stamp)
    }
    return stamp
  }

  /**
   * Synchronous on purpose: a warm run stamps every file of the toolchain (about a thousand), which
   * in a loop of stat calls takes a few milliseconds, and through the thread pool some fifty.
   */
  private stampNow(file: string): Promise<string | null> {
    try {
      return Promise.resolve(stampOf(statSync(file), this.now()))
    } catch (error) {
      return isNotFound(error) ? Promise.resolve(MISSING) : Promise.reject(error as Error)
    }
  }

  /** Whether every path still has the trusted stamp it was recorded with. */
  async allStand(recorded: Record<string, string | null>): Promise<boolean> {
    const paths = Object.keys(recorded)
    const current = await Promise.all(paths.map(file => this.of(file)))
    return paths.every((file, i) => recorded[file] !== null && current[i] === recorded[file])
  }
}

/** Whether the driver's answers and the listing of the record still hold: no stamp changed. */
export async function answersStand(memo: ToolchainMemo, stamps: Stamps): Promise<boolean> {
  const fileStamps = Object.fromEntries(Object.entries(memo.files).map(([file, { stamp }]) => [file, stamp]))
  return (await stamps.allStand(memo.folders)) && (await stamps.allStand(fileStamps))
}

/** The digest recorded for `file` when its stamp is unchanged and was trusted; else null. */
export function rememberedDigest(
  memo: ToolchainMemo | null,
  file: string,
  stamp: string | null
): string | null {
  const record = memo?.files[file]
  if (record === undefined || stamp === null || record.stamp !== stamp) return null
  return stamp === MISSING ? MISSING : record.sha256
}

const isText = (value: unknown): value is string => typeof value === 'string'
const isTextOrNull = (value: unknown): value is string | null => value === null || isText(value)

function isAnswers(value: unknown): value is DriverAnswers {
  const answers = value as Partial<DriverAnswers> | null
  return (
    typeof answers === 'object' &&
    answers !== null &&
    isText(answers.version) &&
    isTextOrNull(answers.gccDir) &&
    isTextOrNull(answers.sysroot) &&
    isText(answers.multilib) &&
    Array.isArray(answers.programs) &&
    answers.programs.every(isText)
  )
}

/** A record read back from the store, or null when it is not one (an older schema, damage). */
export function parseMemo(value: unknown): ToolchainMemo | null {
  const memo = value as Partial<ToolchainMemo> | null
  if (typeof memo !== 'object' || memo === null || memo.schema !== MEMO_SCHEMA) return null
  if (!isAnswers(memo.answers) || typeof memo.folders !== 'object' || memo.folders === null) return null
  if (typeof memo.files !== 'object' || memo.files === null) return null
  if (!Object.values(memo.folders).every(isTextOrNull)) return null
  const files = Object.values(memo.files) as Partial<FileRecord>[]
  if (!files.every(file => isTextOrNull(file.stamp) && isTextOrNull(file.sha256))) return null
  return memo as ToolchainMemo
}
