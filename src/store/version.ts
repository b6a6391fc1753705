/**
 * `<root>/VERSION` holds the layout number. A store with another (or no readable) version is wiped
 * and recreated rather than misread; files the store does not own are left alone.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { clearDamage, makeDir, readStoreFile, RealFolders, writeFileAtomic } from './atomic.js'
import { STORE_FOLDERS, versionFile } from './layout.js'
import { isNotFound } from '../files.js'

export const STORE_LAYOUT_VERSION = 1

/** The layout number; null when VERSION is missing, unreadable as a number, or not a file. */
export async function readLayoutVersion(root: string): Promise<number | null> {
  const read = await readStoreFile(versionFile(root), root)
  const text = read.kind === 'file' ? read.content.toString('utf8').trim() : ''
  return /^\d+$/.test(text) ? Number(text) : null
}

/** Makes `root` a store of the current layout; returns true when an old or foreign one was wiped. */
export async function ensureLayout(root: string): Promise<boolean> {
  // A link in place of one of the store's folders is damage (atomic.ts): removed, never followed.
  for (const name of STORE_FOLDERS) await clearDamage(root, path.join(root, name, 'x'))
  if ((await readLayoutVersion(root)) === STORE_LAYOUT_VERSION) return false
  await makeDir(root)
  // Rename away first so readers never see a half-deleted tree. VERSION is written before any store
  // folder, so re-reading it just before each rename spares a store another process just created.
  const trash = path.join(root, `.trash-${process.pid}-${randomBytes(4).toString('hex')}`)
  let wiped = false
  for (const name of STORE_FOLDERS) {
    if ((await readLayoutVersion(root)) === STORE_LAYOUT_VERSION) break
    try {
      await fs.mkdir(trash, { recursive: true })
      await fs.rename(path.join(root, name), path.join(trash, name))
      wiped = true
    } catch (error) {
      if (!isNotFound(error)) throw error
    }
  }
  await fs.rm(trash, { recursive: true, force: true })
  await writeFileAtomic(versionFile(root), `${STORE_LAYOUT_VERSION}\n`, new RealFolders(root))
  return wiped
}
