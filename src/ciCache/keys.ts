/**
 * Keys for @actions/cache. Correctness comes from the content keys inside the store, so these only
 * decide which saved store is the best starting point: the newest one for the same toolchain and
 * board. A new runner image still restores (its name is dropped first), another board or toolchain
 * never does (their parts are never dropped).
 */
import { createHash } from 'node:crypto'

/**
 * Bump when the cache root's layout (store/layout.ts) changes so that old archives are not
 * restored. 2: the build store became `sketches/`.
 */
export const STORE_SCHEMA = 2

export interface CacheKeyParts {
  prefix: string
  cacheVersion: string
  /** `ImageOS` (e.g. ubuntu24), else `RUNNER_OS`. */
  image: string
  arch: string
  toolchainId: string
  fqbn: string
  /** installedDigest() of what was installed by name (libraries, platforms); '' when nothing was. */
  installed: string
  extra: string
  runId: string
  runAttempt: string
}

export interface CacheKeys {
  primary: string
  /** Most specific first. */
  restore: string[]
}

/** GitHub cache keys may not hold commas; other characters of an FQBN are kept readable. */
function safe(text: string): string {
  return text.replace(/[,\s]/g, '+')
}

/** A short, collision-safe form of the toolchain's content identity. */
function shortId(toolchainId: string): string {
  const hex = toolchainId.replace(/^sha256:/, '')
  return /^[0-9a-f]{16,}$/.test(hex)
    ? hex.slice(0, 16)
    : createHash('sha256').update(toolchainId).digest('hex').slice(0, 16)
}

/** What was installed, by resolved version and checksum (never URL: a mirror is the same bytes). */
export interface InstalledItem {
  name: string
  version: string
  checksum: string
}

/** A short digest of the installed set, independent of install order; '' for none. Pure. */
export function installedDigest(items: readonly InstalledItem[]): string {
  if (items.length === 0) return ''
  const lines = items.map(item => `${item.name}\u0000${item.version}\u0000${item.checksum}`).sort()
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)
}

export function cacheKeys(parts: CacheKeyParts): CacheKeys {
  // The board's and toolchain's parts come before anything that can be dropped, and every prefix
  // ends with a separator so `...uno-` never matches `...uno2-`.
  const stem = [
    parts.prefix,
    parts.cacheVersion,
    `s${STORE_SCHEMA}`,
    parts.arch,
    shortId(parts.toolchainId),
    safe(parts.fqbn)
  ]
    .map(part => part.replace(/-+$/, ''))
    .join('-')
  const withImage = `${stem}-${safe(parts.image)}`
  // A new library or platform release misses the exact key but still starts from the last store
  // (the core's objects are the same): it is dropped right after the extra text.
  const withInstalled = parts.installed === '' ? withImage : `${withImage}-i${parts.installed}`
  const withExtra = parts.extra === '' ? withInstalled : `${withInstalled}-${safe(parts.extra)}`
  const primary = `${withExtra}-${parts.runId}-${parts.runAttempt}`
  const restore = [...new Set([`${withExtra}-`, `${withInstalled}-`, `${withImage}-`, `${stem}-`])]
  return { primary, restore }
}

/** The image, arch and run parts from the runner's environment. */
export function runnerKeyParts(
  env: NodeJS.ProcessEnv
): Pick<CacheKeyParts, 'image' | 'arch' | 'runId' | 'runAttempt'> {
  return {
    image: env.ImageOS ?? env.RUNNER_OS ?? process.platform,
    arch: env.RUNNER_ARCH ?? process.arch,
    runId: env.GITHUB_RUN_ID ?? 'local',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1'
  }
}
