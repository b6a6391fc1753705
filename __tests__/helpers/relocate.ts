/**
 * What a CI cache restore on another runner (a fork, a worktree, a self-hosted machine) does to a
 * build: every folder it used appears at another path, and the store comes back through a tar round
 * trip, every file with a new mtime. The relocation tests and the bench move side A to side B with it.
 */
import { mkdir } from 'node:fs/promises'
import { copyTree, tarRoundTrip } from './toolchainCopy.js'

export interface Relocation {
  /** Folders copied as they are (sources, libraries, toolchain, core): [from, to]. */
  copies: [from: string, to: string][]
  /** The store: [from, to], by a tar round trip. */
  store: [from: string, to: string]
  /** Folders made empty at B (HOME). */
  emptyFolders?: string[]
}

export async function relocate(relocation: Relocation): Promise<void> {
  for (const [from, to] of relocation.copies) await copyTree(from, to)
  await tarRoundTrip(...relocation.store)
  for (const dir of relocation.emptyFolders ?? []) await mkdir(dir, { recursive: true })
}
