/**
 * File primitives for the store: a file appears under its final name complete or not at all.
 * Temp files live beside their target (same file system, so rename is atomic) and carry the
 * `.tmp-<pid>-<random>` suffix that prune sweeps once they are old.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { isNotFound } from '../files.js'

const TEMP_SUFFIX = /\.tmp-\d+-[0-9a-f]+$/

export function tempNameFor(finalPath: string): string {
  return `${finalPath}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`
}

export function isTempName(name: string): boolean {
  return TEMP_SUFFIX.test(name)
}

/**
 * Writes `data` to a temp file, fsyncs it, then renames it over `finalPath`. If the folder vanished
 * meanwhile (a concurrent wipe or prune), the write is tried once more.
 */
export async function writeFileAtomic(finalPath: string, data: Buffer | string, retry = true): Promise<void> {
  await fs.mkdir(path.dirname(finalPath), { recursive: true })
  const temp = tempNameFor(finalPath)
  try {
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, finalPath)
  } catch (error) {
    await removeIfPresent(temp)
    if (retry && isNotFound(error)) return writeFileAtomic(finalPath, data, false)
    throw error
  }
}

/** Unlinks a file; another process having removed it first is fine. */
export async function removeIfPresent(file: string): Promise<void> {
  try {
    await fs.unlink(file)
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
}

/** Directory entry names, or [] when the directory does not exist. */
export async function listDir(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir)
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
}
