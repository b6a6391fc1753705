/**
 * The store degrades, the build does not (ccache's rule: a cache error never fails a compile). The
 * first file-system error of a store (a full disk, a read-only or unreadable folder, a failing
 * device: ENOSPC, EROFS, EACCES, EIO, ...) ends its use for the rest of the run, with one warning:
 * - a write error stops writing; what the store holds is still read (a read-only store serves hits);
 * - a read error, or a store that cannot be opened, stops using the store at all.
 * Every lookup then misses and every result goes unstored, so the build goes on as `--no-cache`
 * would. Errors that are not the file system's (a TypeError, an InternalError) are bugs: thrown.
 */
import { isSystemError } from '../errors.js'

export type StoreOperation = 'open' | 'read' | 'write'

export interface StoreFault {
  /** The store's folder. */
  store: string
  operation: StoreOperation
  /** The error code (ENOSPC, EROFS, ...). */
  code: string
  message: string
}

export type FaultListener = (fault: StoreFault) => void

export class StoreHealth {
  private readonly found: StoreFault[] = []
  private readingOff = false
  private writingOff = false

  constructor(
    private readonly store: string,
    private readonly onFault: FaultListener = () => {}
  ) {}

  get readable(): boolean {
    return !this.readingOff
  }

  get writable(): boolean {
    return !this.readingOff && !this.writingOff
  }

  /** The faults that turned this store (or its writing) off, in order. */
  get faults(): readonly StoreFault[] {
    return this.found
  }

  /** Runs a read; after a fault (now or earlier) the answer is `fallback`. */
  async read<T>(operation: () => Promise<T>, fallback: T, kind: 'open' | 'read' = 'read'): Promise<T> {
    if (this.readingOff) return fallback
    try {
      return await operation()
    } catch (error) {
      this.fail(kind, error)
      return fallback
    }
  }

  /** Runs a write unless writing is off; a fault turns writing off. */
  async write(operation: () => Promise<void>): Promise<boolean> {
    if (!this.writable) return false
    try {
      await operation()
      return true
    } catch (error) {
      this.fail('write', error)
      return false
    }
  }

  private fail(operation: StoreOperation, error: unknown): void {
    if (!isSystemError(error)) throw error
    // Operations already under way when a fault turned something off fail the same way: not news.
    const alreadyOff = operation === 'write' ? !this.writable : this.readingOff
    if (operation === 'write') this.writingOff = true
    else this.readingOff = true
    if (alreadyOff) return
    const fault = { store: this.store, operation, code: error.code, message: error.message }
    this.found.push(fault)
    // One warning per store: a read fault after a write fault is told in the report only.
    if (this.found.length === 1) this.onFault(fault)
  }
}

/** The warning line for a fault: what failed, and what the run does without the store. */
export function faultWarning(fault: StoreFault): string {
  const consequence =
    fault.operation === 'write'
      ? 'storing nothing more in this run (what it holds is still used)'
      : 'building without it for the rest of this run'
  return `store ${fault.store}: cannot ${fault.operation} (${fault.message}); ${consequence}`
}
