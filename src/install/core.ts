/**
 * Installs the Arduino AVR Boards core like the toolchain (install.ts), or takes the platform folder the
 * user names. The cached platform folder sits at `hardware/arduino/avr` inside the tool-cache folder, so
 * loadPlatform() reads packager `arduino`, arch `avr` from its path, and `hardware/` can be handed to
 * arduino-builder as a hardware folder.
 */
import path from 'node:path'
import { UsageError } from '../errors.js'
import { pathExists } from '../files.js'
import { installArchive, rejectOverrides, type InputNames, type InstallSource } from './toolchain.js'
import { pinnedCore, resolveSource, type ArchiveSource } from './sources.js'
import { PACKAGE_LIMITS } from './safeTree.js'

export interface InstalledCore {
  /** The platform folder (boards.txt, platform.txt, cores/, variants/). */
  dir: string
  source: InstallSource | 'folder'
  archiveSha256?: string
}

export interface CoreRequest {
  /** The `core` input: '' or 'default' (pinned), or a platform folder. */
  core?: string
  /** `core-url`: a mirror of the archive (needs `sha256`). */
  url?: string
  /** `core-sha256`. */
  sha256?: string
  archiveDir?: string
}

const CORE_INPUTS: InputNames = { url: 'core-url', sha256: 'core-sha256' }
/** The core is the same on every host. */
const CORE_TOOL_CACHE_ARCH = 'noarch'
export const CORE_LAYOUT = path.join('hardware', 'arduino', 'avr')

/** The archive a request downloads, or null when it names a folder. Pure. */
export function coreArchive(request: CoreRequest): ArchiveSource | null {
  const choice = request.core?.trim() ?? ''
  if (choice !== '' && choice !== 'default') {
    rejectOverrides(choice, request, CORE_INPUTS)
    return null
  }
  return resolveSource(pinnedCore(), request, CORE_INPUTS)
}

export async function installCore(request: CoreRequest = {}): Promise<InstalledCore> {
  const archive = coreArchive(request)
  if (archive === null) {
    const dir = path.resolve(request.core?.trim() ?? '')
    if (!(await pathExists(path.join(dir, 'boards.txt')))) {
      throw new UsageError(
        `core: ${request.core}: no boards.txt in that folder (expected an Arduino platform folder)`
      )
    }
    return { dir, source: 'folder' }
  }
  const installed = await installArchive(archive, {
    inputs: CORE_INPUTS,
    toolCacheArch: CORE_TOOL_CACHE_ARCH,
    archiveDir: request.archiveDir,
    expect: 'boards.txt',
    layout: CORE_LAYOUT,
    limits: PACKAGE_LIMITS
  })
  return { dir: installed.dir, source: installed.source, archiveSha256: archive.sha256 }
}
