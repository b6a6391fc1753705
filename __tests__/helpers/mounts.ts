/**
 * Small file systems for store-fault tests. CI runs as root, where chmod stops no write: a full disk
 * is a tiny tmpfs, a read-only store a tmpfs remounted read-only. Mounting needs root (and a kernel
 * that allows it); elsewhere `mountsUnavailable` says why and the tests that need mounts skip.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

function probe(): string | null {
  if (process.getuid?.() !== 0) return 'not running as root, so no tmpfs can be mounted'
  const dir = mkdtempSync(path.join(tmpdir(), 'fbuild-mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' })
    execFileSync('umount', [dir], { stdio: 'pipe' })
    return null
  } catch (error) {
    return `mount -t tmpfs failed: ${(error as Error).message.split('\n')[0] ?? ''}`
  } finally {
    rmdirSync(dir)
  }
}

/** Why mounts cannot be used here, or null when they can. */
export const mountsUnavailable: string | null = probe()

/** Mounts a tmpfs of `size` (e.g. `400k`) at `dir`, made if needed. */
export function mountTmpfs(dir: string, size: string): void {
  mkdirSync(dir, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' })
}

export function remountReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' })
}

/** Unmounts `dir`; one that is not mounted is fine (cleanup after a failed set-up). */
export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' })
  } catch {
    // not mounted
  }
}
