/**
 * Where the toolchain and the board's platform (the "core") come from, decided once for the action
 * and the CLI: the pinned download, a mirror of it, a folder, what the machine has (`system`), or a
 * Boards Manager index. Pure: no I/O; a bad combination of inputs is a one-line UsageError naming
 * the input and what was expected.
 */
import path from 'node:path'
import { parseFqbn } from '../arduino/fqbn.js'
import { UsageError } from '../errors.js'
import {
  archiveFormatOf,
  parseSha256,
  pinnedCore,
  pinnedToolchain,
  TOOLCHAIN_NAME,
  TOOLCHAIN_VERSION,
  type ArchiveSource
} from './sources.js'

/** A verified download: Arduino's pinned archive (its SHA-256 possibly replaced), or a mirror's. */
export interface ArchiveChoice {
  kind: 'pinned' | 'mirror'
  archive: ArchiveSource
}

/** A toolchain that is not installed from an index. */
export type DirectToolchainSource =
  | ArchiveChoice
  /** A folder whose bin/ holds the compiler. */
  | { kind: 'folder'; dir: string }
  /** The compiler on PATH. */
  | { kind: 'system' }

export type ToolchainSource =
  | DirectToolchainSource
  /** The compiler tool the index's platforms install; `otherwise` when they install none. */
  | { kind: 'index'; otherwise: DirectToolchainSource | { kind: 'none'; why: string } }

export type CoreSource =
  | ArchiveChoice
  /** Platform folders as given (the first is the board's unless an index provides it). */
  | { kind: 'folder'; dirs: string[] }
  /** The machine's own core ($FBUILD_CORE_DIR, else the installed Arduino AVR core). */
  | { kind: 'system' }
  /** The FQBN's platform from the Boards Manager indexes. */
  | { kind: 'index' }

export interface Sources {
  toolchain: ToolchainSource
  core: CoreSource
  /** Platforms to install from Boards Manager indexes (with what they reference), or null. */
  indexes: { platforms: string[]; indexUrls: string[] } | null
}

/** The names errors use for each input (the action's input names, or the CLI's flags). */
export interface SourceInputNames {
  toolchain: string
  toolchainUrl: string
  toolchainSha256: string
  core: string
  coreUrl: string
  coreSha256: string
}

export const ACTION_INPUT_NAMES: SourceInputNames = {
  toolchain: 'toolchain',
  toolchainUrl: 'toolchain-url',
  toolchainSha256: 'toolchain-sha256',
  core: 'core',
  coreUrl: 'core-url',
  coreSha256: 'core-sha256'
}

export interface SourceInputs {
  fqbn: string
  /** '' or 'default', 'system', or a folder; with a mirror's URL and SHA-256 (or a replacement SHA-256). */
  toolchain: { choice: string; url?: string; sha256?: string }
  /** Platform folders (none: the default); with a mirror's URL and SHA-256, as for the toolchain. */
  core: { dirs: readonly string[]; url?: string; sha256?: string }
  platforms: readonly string[]
  platformIndexUrls: readonly string[]
  /** `process.platform` and `os.arch()`: which pinned avr-gcc. */
  host: { platform: string; arch: string }
  /** Where relative folders start. */
  cwd: string
  /** What no choice means: the action downloads the pinned archives, the CLI uses what the machine has. */
  defaults: 'pinned' | 'system'
  names: SourceInputNames
}

const ARDUINO_AVR = 'arduino:avr'

interface Override {
  url: string
  sha256: string
  urlName: string
  sha256Name: string
}

function trimmed(value: string | undefined): string {
  return value?.trim() ?? ''
}

/** Mirror inputs with a source that downloads nothing make no sense: say so rather than ignore them. */
function rejectOverride(override: Override, usedWith: string): void {
  const given = [override.url && override.urlName, override.sha256 && override.sha256Name].filter(Boolean)
  if (given.length > 0)
    throw new UsageError(`${given.join(' and ')}: only used with the default download, not with ${usedWith}`)
}

/**
 * The pinned archive, its expected SHA-256 replaced, or a mirror (url + sha256). A mirror keeps the
 * pinned name and version: it serves the same release, and the SHA-256 tells archives apart.
 */
function archiveChoice(pinned: () => ArchiveSource, base: ArchiveSource | null, o: Override): ArchiveChoice {
  if (o.url !== '' && o.sha256 === '')
    throw new UsageError(`${o.urlName}: a mirror needs its checksum too: set ${o.sha256Name}`)
  const sha256 = o.sha256 === '' ? null : parseSha256(o.sha256, o.sha256Name)
  if (o.url === '') {
    const archive = pinned()
    return { kind: 'pinned', archive: { ...archive, sha256: sha256 ?? archive.sha256 } }
  }
  const archive = base ?? pinned()
  return {
    kind: 'mirror',
    archive: {
      ...archive,
      url: o.url,
      sha256: sha256 ?? '',
      size: null,
      format: archiveFormatOf(o.url, o.urlName)
    }
  }
}

/** A mirror serves any host, pinned or not: only the release's name and version are kept. */
const TOOLCHAIN_MIRROR: ArchiveSource = {
  name: TOOLCHAIN_NAME,
  version: TOOLCHAIN_VERSION,
  url: '',
  sha256: '',
  size: null,
  format: 'tar.bz2'
}

function toolchainSource(inputs: SourceInputs, fromIndex: boolean): ToolchainSource {
  const { names, host } = inputs
  const choice = inputs.toolchain.choice.trim()
  const override: Override = {
    url: trimmed(inputs.toolchain.url),
    sha256: trimmed(inputs.toolchain.sha256),
    urlName: names.toolchainUrl,
    sha256Name: names.toolchainSha256
  }
  if (choice === 'system' || (choice !== '' && choice !== 'default')) {
    rejectOverride(override, `'${choice}'`)
    return choice === 'system'
      ? { kind: 'system' }
      : { kind: 'folder', dir: path.resolve(inputs.cwd, choice) }
  }
  if (inputs.defaults === 'system') {
    rejectOverride(override, `the compiler on PATH`)
    return fromIndex ? { kind: 'index', otherwise: { kind: 'system' } } : { kind: 'system' }
  }
  const download = () =>
    archiveChoice(() => pinnedToolchain(host.platform, host.arch), TOOLCHAIN_MIRROR, override)
  // A mirror is the user's own choice; a replaced checksum only matters when the pinned one is used.
  if (!fromIndex || override.url !== '') return download()
  try {
    return { kind: 'index', otherwise: download() }
  } catch (error) {
    // No pinned avr-gcc for this host: fine while the platforms bring their own compiler.
    if (!(error instanceof UsageError)) throw error
    return { kind: 'index', otherwise: { kind: 'none', why: error.message } }
  }
}

function coreSource(inputs: SourceInputs, pinnedBoard: boolean, fromIndex: boolean): CoreSource {
  const { names } = inputs
  const dirs = inputs.core.dirs.map(dir => dir.trim()).filter(dir => dir !== '' && dir !== 'default')
  const override: Override = {
    url: trimmed(inputs.core.url),
    sha256: trimmed(inputs.core.sha256),
    urlName: names.coreUrl,
    sha256Name: names.coreSha256
  }
  if (dirs.length > 0) {
    rejectOverride(override, `'${dirs.join(', ')}'`)
    return { kind: 'folder', dirs: dirs.map(dir => path.resolve(inputs.cwd, dir)) }
  }
  if (pinnedBoard) return archiveChoice(pinnedCore, null, override)
  rejectOverride(
    override,
    fromIndex ? `a platform from an index (fqbn ${inputs.fqbn})` : 'the installed core'
  )
  return fromIndex ? { kind: 'index' } : { kind: 'system' }
}

/**
 * The sources a build uses. Indexes are used when platforms or indexes are named, and (for the
 * action) for any board but Arduino AVR's, whose pinned core stays the default download unless an
 * index or `platforms` names its platform.
 */
export function resolveSources(inputs: SourceInputs): Sources {
  const fqbn = parseFqbn(inputs.fqbn)
  const arduinoAvr = `${fqbn.packager}:${fqbn.arch}` === ARDUINO_AVR
  const fromIndex =
    inputs.platforms.length > 0 ||
    inputs.platformIndexUrls.length > 0 ||
    (inputs.defaults === 'pinned' && !arduinoAvr)
  const namesArduinoAvr = inputs.platforms.some(spec => spec.trim().split('@')[0] === ARDUINO_AVR)
  const pinnedBoard =
    inputs.defaults === 'pinned' && arduinoAvr && !namesArduinoAvr && inputs.platformIndexUrls.length === 0
  const core = coreSource(inputs, pinnedBoard, fromIndex)
  return {
    toolchain: toolchainSource(inputs, fromIndex),
    core,
    indexes: fromIndex ? { platforms: [...inputs.platforms], indexUrls: [...inputs.platformIndexUrls] } : null
  }
}
