/**
 * What the cache needs to know of a file the compiler read: its content hash, and whether it
 * mentions a macro whose expansion is a location or a time (then, on a miss, the preprocessor says
 * whether the unit expands it: expansion.ts). Each file is read and hashed at most once per run.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { orUnreadable } from '../files.js'
import { includedNames, mentionsExpansionMacro } from './expansion.js'

export interface FileFacts {
  sha256: string
  /** Mentions `__FILE__`, `__DATE__`, ... anywhere, comments included: worth an exact check. */
  mentionsExpansionMacro: boolean
}

export function factsOf(content: Buffer): FileFacts {
  return {
    sha256: createHash('sha256').update(content).digest('hex'),
    mentionsExpansionMacro: mentionsExpansionMacro(content)
  }
}

/**
 * A per-run memo of file facts. Never persisted: across runs and machines only content counts.
 * `rewrite` lets generated sources be hashed with their build-location paths named away.
 */
export class FileFactsMemo {
  private readonly facts = new Map<string, Promise<FileFacts | null>>()
  // The same answers once known, so a warm run's thousands of checks need no await.
  private readonly known = new Map<string, FileFacts | null>()
  // Only a miss asks what a file includes: read again then, never on a warm run. Once a run has
  // asked, files read later get their includes from that one read (a cold run: every file once).
  private readonly includes = new Map<string, Promise<string[]>>()
  private includesWanted = false
  reads = 0
  /**
   * Files that are there but could not be read (a folder, a link loop, no permission), by error code.
   * To the cache they are not there: no stored fingerprint matches them and no result naming them is
   * stored (the unit is uncacheable, and says why). Never the build's error: a compile that needs
   * such a file fails on its own, naming it.
   */
  readonly unreadable = new Map<string, string>()

  constructor(
    private readonly rewrite: (file: string, content: Buffer) => Buffer = (_file, content) => content
  ) {}

  get(file: string): Promise<FileFacts | null> {
    let pending = this.facts.get(file)
    if (pending === undefined) {
      pending = this.read(file)
      this.facts.set(file, pending)
    }
    return pending
  }

  /** The facts when already read, else undefined (then call `get`). */
  peek(file: string): FileFacts | null | undefined {
    return this.known.get(file)
  }

  /** Base names of the headers a file includes (expansion.ts includedNames); none when unreadable. */
  includesOf(file: string): Promise<string[]> {
    this.includesWanted = true
    let pending = this.includes.get(file)
    if (pending === undefined) {
      pending = this.content(file).then(content => (content === null ? [] : namesIncludedBy(content)))
      this.includes.set(file, pending)
    }
    return pending
  }

  /** The file's bytes; null when it is not there, or is there but cannot be read (`unreadable`). */
  private content(file: string): Promise<Buffer | null> {
    return orUnreadable(readFile(file), null, code => {
      this.unreadable.set(file, code)
      return null
    })
  }

  private async read(file: string): Promise<FileFacts | null> {
    const content = await this.content(file)
    if (content !== null) this.reads++
    if (content !== null && this.includesWanted && !this.includes.has(file))
      this.includes.set(file, Promise.resolve(namesIncludedBy(content)))
    const facts = content === null ? null : factsOf(this.rewrite(file, content))
    if (this.facts.has(file)) this.known.set(file, facts)
    return facts
  }
}

function namesIncludedBy(content: Buffer): string[] {
  return includedNames(content.toString('latin1'))
}
