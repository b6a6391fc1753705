/**
 * File-system questions every layer asks, with "not there" as a value. Only a missing file (or a
 * missing folder on its path) is null or false; any other error (permissions, I/O) is thrown.
 */
import { promises as fs, type Stats } from 'node:fs'

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
