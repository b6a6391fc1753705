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

// ---- keys for what the installs download (action/install.ts keeps each in a folder of its own) ----

/**
 * The key that keeps one downloaded archive (the toolchain, the core): hosted runners start with an
 * empty tool cache. By name, release and SHA-256, so a mirror of the same bytes shares the entry.
 */
export function archiveCacheKey(
  archive: { name: string; version: string; sha256: string },
  os: string,
  arch: string
): string {
  return ['fbuild-archive', archive.name, archive.version, os, arch, archive.sha256].join('-')
}

/**
 * The key for a set of verified archives (a build's libraries, a platform's tools): by what the set
 * holds, never by URL, so a mirror shares the entry and a new release does not.
 */
function archiveSetCacheKey(kind: string, parts: readonly string[]): string {
  const digest = createHash('sha256')
    .update([...parts].sort().join('\n'))
    .digest('hex')
  return ['fbuild-archives', kind, digest.slice(0, 32)].join('-')
}

/** The key for the library releases a resolution installs, by their SHA-256s. */
export function librariesCacheKey(sha256s: readonly string[]): string {
  return archiveSetCacheKey('libraries', sha256s)
}

/** What decides every platform and tool an index install brings: the indexes' content and the request. */
export interface PlatformSetParts {
  /** PlatformIndexes.digest(): the indexes' content. */
  indexDigest: string
  host: string
  fqbn: string
  platforms: readonly string[]
  /** Given platform folders, relative to the workspace. */
  givenCoreDirs: readonly string[]
}

export function platformsCacheKey(parts: PlatformSetParts): string {
  return archiveSetCacheKey('platforms', [
    parts.indexDigest,
    parts.host,
    parts.fqbn,
    ...parts.platforms,
    ...parts.givenCoreDirs
  ])
}

/** The key for an index kept for a day (UTC): its first job fetches it, the others reuse it. */
export function indexCacheKey(url: string, now: Date): string {
  const digest = createHash('sha256').update(url).digest('hex').slice(0, 16)
  return ['fbuild-index', digest, now.toISOString().slice(0, 10)].join('-')
}

/** The key for the Boards Manager indexes a build names, kept for a day together. */
export function platformIndexesCacheKey(urls: readonly string[], now: Date): string {
  return indexCacheKey(['platforms', ...urls].join('\n'), now)
}
