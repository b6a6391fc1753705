/**
 * The pinned downloads: Arduino's avr-gcc and the Arduino AVR Boards core, with the URLs, sizes and
 * SHA-256 sums of Arduino's package index (downloads.arduino.cc/packages/package_index.json, package
 * `arduino`), and how a mirror's archive is described. Pure: no I/O. resolveSources.ts decides which
 * of these (or a mirror, a folder, an index) a build uses; archive.ts installs them.
 *
 * Archive layout (both kinds): one top-level folder (`avr/` in the avr-gcc archives) holding the
 * toolchain root (`bin/avr-gcc`) or the platform folder (`boards.txt`); archive.ts strips it as
 * arduino-cli does, so a mirror may name that folder differently.
 */
import { UsageError } from '../errors.js'
import { redactUrl } from '../redact.js'

export type ArchiveFormat = 'tar.bz2' | 'tar.gz' | 'tar.xz' | 'zip'

export interface ArchiveSource {
  /** Tool-cache name: also the first part of the archive's @actions/cache key. */
  name: string
  version: string
  url: string
  /** Lower-case hex. */
  sha256: string
  /** Bytes, when the index says; null for a mirror. */
  size: number | null
  format: ArchiveFormat
}

export const TOOLCHAIN_NAME = 'avr-gcc'
export const TOOLCHAIN_VERSION = '7.3.0-atmel3.6.1-arduino7'
export const CORE_NAME = 'arduino-avr-core'
export const CORE_VERSION = '1.8.6'

interface PinnedArchive {
  url: string
  sha256: string
  size: number
}

const TOOLS = 'https://downloads.arduino.cc/tools'

/** package_index.json, tool avr-gcc 7.3.0-atmel3.6.1-arduino7, by `${process.platform}-${os.arch()}`. */
const TOOLCHAIN_BY_HOST: Readonly<Record<string, PinnedArchive>> = {
  'linux-x64': {
    url: `${TOOLS}/avr-gcc-7.3.0-atmel3.6.1-arduino7-x86_64-pc-linux-gnu.tar.bz2`,
    sha256: 'bd8c37f6952a2130ac9ee32c53f6a660feb79bee8353c8e289eb60fdcefed91e',
    size: 37630618
  },
  'linux-arm64': {
    url: `${TOOLS}/avr-gcc-7.3.0-atmel3.6.1-arduino7-aarch64-pc-linux-gnu.tar.bz2`,
    sha256: '03d322b9df6da17289e9e7c6233c34a8535d9c645c19efc772ba19e56914f339',
    size: 38045723
  },
  'darwin-x64': {
    url: `${TOOLS}/avr-gcc-7.3.0-atmel3.6.1-arduino7-x86_64-apple-darwin14.tar.bz2`,
    sha256: 'f6ed2346953fcf88df223469088633eb86de997fa27ece117fd1ef170d69c1f8',
    size: 36684546
  }
}

// Arduino ships no arm64 macOS build of this avr-gcc; arduino-cli runs the x86_64 one under Rosetta 2.
const HOST_ALIASES: Readonly<Record<string, string>> = { 'darwin-arm64': 'darwin-x64' }

/** package_index.json, platform arduino:avr 1.8.6 (architecture-independent). */
const CORE: PinnedArchive = {
  url: 'https://downloads.arduino.cc/cores/staging/avr-1.8.6.tar.bz2',
  sha256: 'ff1d17274b5a952f172074bd36c3924336baefded0232e10982f8999c2f7c3b6',
  size: 7127080
}

/** The hosts with a pinned toolchain download, as `${platform}-${arch}`. */
const SUPPORTED_HOSTS: readonly string[] = [...Object.keys(TOOLCHAIN_BY_HOST), ...Object.keys(HOST_ALIASES)]

/** The pinned avr-gcc archive for a host (`process.platform`, `os.arch()`). */
export function pinnedToolchain(platform: string, arch: string): ArchiveSource {
  const host = `${platform}-${arch}`
  const pinned = TOOLCHAIN_BY_HOST[HOST_ALIASES[host] ?? host]
  if (pinned === undefined) {
    throw new UsageError(
      `toolchain: no pinned avr-gcc ${TOOLCHAIN_VERSION} for ${host} (pinned: ${SUPPORTED_HOSTS.join(', ')}); ` +
        'set toolchain to a folder or to system, or give toolchain-url and toolchain-sha256'
    )
  }
  return { name: TOOLCHAIN_NAME, version: TOOLCHAIN_VERSION, ...pinned, format: 'tar.bz2' }
}

export function pinnedCore(): ArchiveSource {
  return { name: CORE_NAME, version: CORE_VERSION, ...CORE, format: 'tar.bz2' }
}

const FORMAT_BY_SUFFIX: ReadonlyArray<[string, ArchiveFormat]> = [
  ['.tar.bz2', 'tar.bz2'],
  ['.tbz2', 'tar.bz2'],
  ['.tar.gz', 'tar.gz'],
  ['.tgz', 'tar.gz'],
  ['.tar.xz', 'tar.xz'],
  ['.zip', 'zip']
]

/** The archive format a URL's path ends with (query and fragment ignored); `input` names it in errors. */
export function archiveFormatOf(url: string, input: string): ArchiveFormat {
  let pathname: string
  try {
    pathname = new URL(url).pathname.toLowerCase()
  } catch {
    throw new UsageError(`${input}: '${redactUrl(url)}' is not a URL`)
  }
  const match = FORMAT_BY_SUFFIX.find(([suffix]) => pathname.endsWith(suffix))
  if (match === undefined) {
    throw new UsageError(
      `${input}: cannot tell the archive format of '${redactUrl(url)}' (expected .tar.bz2, .tar.gz, .tar.xz or .zip)`
    )
  }
  return match[1]
}

const SHA256 = /^[0-9a-f]{64}$/

/** A SHA-256 as users paste it: hex, any case, optionally `SHA-256:`-prefixed as in package_index.json. */
export function parseSha256(value: string, input: string): string {
  const hex = value
    .trim()
    .replace(/^sha-?256:/i, '')
    .toLowerCase()
  if (!SHA256.test(hex)) throw new UsageError(`${input}: expected 64 hex digits (a SHA-256), got '${value}'`)
  return hex
}
