/**
 * File-system questions every layer asks, with "not there" as a value. Only a missing file (or a
 * missing folder on its path) is null or false; any other error (permissions, I/O) is thrown.
 */
import { promises as fs, type Stats } from 'node:fs'
import { isSystemError } from './errors.js'

export function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/**
 * The one place where "not found" becomes a value: the operation's result, or `fallback` when the file
 * (or a folder on its path) does not exist. Every other error propagates.
 */
export async function orMissing<T, F>(operation: Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await operation
  } catch (error) {
    if (isNotFound(error)) return fallback
    throw error
  }
}

/**
 * orMissing, and a file that is there but cannot be read, listed or run: what `unreadable` makes of
 * the code of the system error that stopped it (EACCES, EISDIR, ELOOP...): a value to act on (the
 * cache: suspect, uncacheable), or an error of its own that names the file (the toolchain identity).
 * Any other error (a bug) is thrown.
 */
export async function orUnreadable<T, F, U>(
  operation: Promise<T>,
  missing: F,
  unreadable: (code: string) => U
): Promise<T | F | U> {
  try {
    return await orMissing(operation, missing)
  } catch (error) {
    if (!isSystemError(error)) throw error
    return unreadable(error.code)
  }
}

/** The file's facts (symlinks followed), or null when it does not exist (or is a dangling link). */
export async function statOrNull(file: string): Promise<Stats | null> {
  return orMissing(fs.stat(file), null)
}

export async function pathExists(file: string): Promise<boolean> {
  return (await statOrNull(file)) !== null
}

/** The file's bytes, or null when it does not exist. */
export async function readFileOrNull(file: string): Promise<Buffer | null> {
  return orMissing(fs.readFile(file), null)
}
