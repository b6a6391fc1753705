/**
 * File-system questions every layer asks, with "not there" as a value. Only a missing file (or a
 * missing folder on its path) is null or false; any other error (permissions, I/O) is thrown.
 */
import { promises as fs, type Stats } from 'node:fs'

export function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/** The file's facts (symlinks followed), or null when it does not exist (or is a dangling link). */
export async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file)
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

export async function pathExists(file: string): Promise<boolean> {
  return (await statOrNull(file)) !== null
}

/** The file's bytes, or null when it does not exist. */
export async function readFileOrNull(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file)
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}
