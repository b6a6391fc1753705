/**
 * What the cache needs to know of a file the compiler read: its content hash, and whether it uses
 * `__FILE__` (its location then reaches the object) or `__DATE__`/`__TIME__` (the object then
 * changes on every compile). Each file is read and hashed at most once per run.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

export interface FileFacts {
  sha256: string
  usesFileMacro: boolean
  usesDateOrTime: boolean
}

// Macros whose expansion is a location, or a time (__TIMESTAMP__ is the source's mtime).
const LOCATION_MACROS = ['__FILE__', '__BASE_FILE__'].map(name => Buffer.from(name))
const TIME_MACROS = ['__DATE__', '__TIME__', '__TIMESTAMP__'].map(name => Buffer.from(name))

export function factsOf(content: Buffer): FileFacts {
  return {
    sha256: createHash('sha256').update(content).digest('hex'),
    usesFileMacro: LOCATION_MACROS.some(macro => content.includes(macro)),
    usesDateOrTime: TIME_MACROS.some(macro => content.includes(macro))
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
  reads = 0

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

  private async read(file: string): Promise<FileFacts | null> {
    const content = await readFile(file).catch(() => null)
    if (content !== null) this.reads++
    const facts = content === null ? null : factsOf(this.rewrite(file, content))
    if (this.facts.has(file)) this.known.set(file, facts)
    return facts
  }
}
