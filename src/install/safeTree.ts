/**
 * The one rule every archive kind is extracted by (zip.ts, tar.ts): nothing is written outside the
 * destination, whatever the entries' names and links. As GNU tar does with its delayed links, files
 * and folders come first, into a tree that holds no link at all, so no write can pass through one;
 * links are made last, each only when its target, resolved on the real tree (through the links made
 * before it), stays inside; then every link is resolved again on the finished tree. An archive that
 * breaks the rule, or its limits, is refused whole, with one line naming the input and the entry.
 */
import { createWriteStream } from 'node:fs'
import { chmod, link, lstat, mkdir, readlink, realpath, symlink } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { UsageError } from '../errors.js'
import { orMissing } from '../files.js'

export interface ExtractLimits {
  /** Bytes of file content the archive may inflate to. */
  bytes: number
  entries: number
  /** What the limits are for, in errors: `a library archive`. */
  kind: string
}

const MiB = 1024 * 1024
const GiB = 1024 * MiB

/** Libraries are source code: the biggest known ones inflate to tens of MB. */
export const LIBRARY_LIMITS: ExtractLimits = { bytes: 256 * MiB, entries: 50_000, kind: 'a library archive' }

/** Platforms and tools: an ESP32 platform with its tools inflates to over 1 GB. */
export const PACKAGE_LIMITS: ExtractLimits = {
  bytes: 8 * GiB,
  entries: 1_000_000,
  kind: 'a platform or tool archive'
}

/** A link's target longer than PATH_MAX is no path any system resolves. */
export const LINK_TARGET_LIMIT = 4096

/** Links followed while resolving one target (Linux's own limit), so a loop ends. */
const MAX_LINK_HOPS = 40

function formatBytes(bytes: number): string {
  return bytes >= GiB ? `${bytes / GiB} GiB` : `${bytes / MiB} MiB`
}

/**
 * An entry name as a relative path of plain segments ('' for the top folder), or null when it
 * could name something outside: absolute, a `..` segment, a backslash (a separator elsewhere), NUL. Pure.
 */
function entrySegments(name: string): string[] | null {
  if (name.startsWith('/') || /[\\\0]/.test(name)) return null
  const segments = name.split('/').filter(segment => segment !== '' && segment !== '.')
  return segments.includes('..') ? null : segments
}

interface PendingLink {
  name: string
  segments: string[]
  target: string
}

export class SafeTree {
  private entries = 0
  private bytes = 0
  /** Folders made (or checked to be real folders) by this extraction, relative. */
  private readonly folders = new Set<string>([''])
  /** Regular files written, relative: what a hard link may name. */
  private readonly files = new Set<string>()
  private readonly links: PendingLink[] = []

  private constructor(
    /** The destination's real path (no link above it is followed again). */
    readonly root: string,
    readonly label: string,
    readonly limits: ExtractLimits
  ) {}

  static async create(dest: string, label: string, limits: ExtractLimits): Promise<SafeTree> {
    await mkdir(dest, { recursive: true })
    return new SafeTree(await realpath(dest), label, limits)
  }

  refuse(entry: string, why = 'escapes the folder it is extracted to'): UsageError {
    return new UsageError(`${this.label}: archive entry '${entry}' ${why}`)
  }

  tooMany(): UsageError {
    return new UsageError(
      `${this.label}: the archive has more than ${this.limits.entries} entries (the limit for ${this.limits.kind})`
    )
  }

  tooBig(): UsageError {
    return new UsageError(
      `${this.label}: the archive inflates to more than ${formatBytes(this.limits.bytes)} (the limit for ${this.limits.kind})`
    )
  }

  private segmentsOf(name: string): string[] {
    const segments = entrySegments(name)
    if (segments === null) throw this.refuse(name)
    return segments
  }

  /** Counts one entry, and `declared` bytes of content before any is written. */
  private admit(declared = 0): void {
    this.entries += 1
    if (this.entries > this.limits.entries) throw this.tooMany()
    if (this.bytes + declared > this.limits.bytes) throw this.tooBig()
  }

  private pathOf(segments: readonly string[]): string {
    return path.join(this.root, ...segments)
  }

  /** Makes the folders of `segments`, one at a time, each a real folder: never a link, never through one. */
  private async realFolder(segments: readonly string[], entry: string): Promise<void> {
    for (let depth = 1; depth <= segments.length; depth += 1) {
      const relative = segments.slice(0, depth).join('/')
      if (this.folders.has(relative)) continue
      const dir = this.pathOf(segments.slice(0, depth))
      await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error
      })
      const info = await lstat(dir)
      if (info.isSymbolicLink()) throw this.refuse(entry, `passes through the link '${relative}'`)
      if (!info.isDirectory())
        throw this.refuse(entry, `needs '${relative}' to be a folder, and it is a file`)
      this.folders.add(relative)
    }
  }

  async directory(name: string): Promise<void> {
    this.admit()
    await this.realFolder(this.segmentsOf(name), name)
  }

  /** Writes a file's content, counted as it streams: a size the header understates is caught too. */
  async file(
    name: string,
    content: AsyncIterable<Buffer> | NodeJS.ReadableStream,
    declaredSize: number,
    executable: boolean
  ): Promise<void> {
    const segments = this.segmentsOf(name)
    if (segments.length === 0) throw this.refuse(name, 'is a file in place of the top folder')
    this.admit(declaredSize)
    await this.realFolder(segments.slice(0, -1), name)
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.bytes += chunk.length
        done(this.bytes > this.limits.bytes ? this.tooBig() : null, chunk)
      }
    })
    const target = this.pathOf(segments)
    await pipeline(content, counter, createWriteStream(target, { flags: 'wx' })).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw this.refuse(name, 'is in the archive twice')
      throw error
    })
    if (executable) await chmod(target, 0o755)
    this.files.add(segments.join('/'))
  }

  /** A hard link (tar): only to a regular file this archive already wrote. */
  async hardLink(name: string, target: string): Promise<void> {
    const segments = this.segmentsOf(name)
    const existing = entrySegments(target)
    if (existing === null || !this.files.has(existing.join('/')))
      throw this.refuse(name, `is a hard link to '${target}', which is no file of the archive before it`)
    this.admit()
    await this.realFolder(segments.slice(0, -1), name)
    await link(this.pathOf(existing), this.pathOf(segments))
    this.files.add(segments.join('/'))
  }

  /** A symbolic link, made in finish(): refused now when its text alone leads outside. */
  symbolicLink(name: string, target: string): void {
    const segments = this.segmentsOf(name)
    if (segments.length === 0) throw this.refuse(name, 'is a link in place of the top folder')
    this.admit()
    if (target.length > LINK_TARGET_LIMIT)
      throw this.refuse(name, `is a link longer than ${LINK_TARGET_LIMIT} bytes`)
    if (target === '' || target.includes('\0')) throw this.refuse(name, 'is a link to nothing')
    const lexical = path.resolve(this.pathOf(segments.slice(0, -1)), target)
    if (path.isAbsolute(target) || !this.isInside(lexical)) throw this.refuse(`${name} -> ${target}`)
    this.links.push({ name, segments, target })
  }

  private isInside(file: string): boolean {
    return file === this.root || file.startsWith(`${this.root}${path.sep}`)
  }

  /**
   * Where `target` leads from the real folder `from`, following the links the tree holds now;
   * null when it leaves the root (a `..` above it, an absolute link) or loops.
   */
  private async resolve(from: string, target: string): Promise<string | null> {
    let current = from
    const pending = target.split('/')
    let hops = 0
    while (pending.length > 0) {
      const part = pending.shift() ?? ''
      if (part === '' || part === '.') continue
      if (part === '..') {
        if (current === this.root) return null
        current = path.dirname(current)
        continue
      }
      const next = path.join(current, part)
      const info = await orMissing(lstat(next), null)
      if (info?.isSymbolicLink()) {
        hops += 1
        const text = await readlink(next)
        if (hops > MAX_LINK_HOPS || path.isAbsolute(text)) return null
        pending.unshift(...text.split('/'))
        continue
      }
      current = next
    }
    return this.isInside(current) ? current : null
  }

  /** Makes the links, in archive order, then checks every one again on the finished tree. */
  async finish(): Promise<void> {
    for (const pending of this.links) {
      const parent = pending.segments.slice(0, -1)
      await this.realFolder(parent, pending.name)
      if ((await this.resolve(this.pathOf(parent), pending.target)) === null)
        throw this.refuse(`${pending.name} -> ${pending.target}`)
      await symlink(pending.target, this.pathOf(pending.segments)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') throw this.refuse(pending.name, 'is in the archive twice')
        throw error
      })
    }
    // A link made later can change where an earlier one leads (a folder it named became a link).
    for (const pending of this.links) {
      const parent = this.pathOf(pending.segments.slice(0, -1))
      if ((await this.resolve(parent, pending.target)) === null)
        throw this.refuse(`${pending.name} -> ${pending.target}`)
    }
  }
}
