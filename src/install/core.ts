/**
 * Installs the Arduino AVR Boards core like the toolchain (archive.ts), or takes the platform folder the
 * user names. The cached platform folder sits at `hardware/arduino/avr` inside the tool-cache folder, so
 * loadPlatform() reads packager `arduino`, arch `avr` from its path, and `hardware/` can be handed to
 * arduino-builder as a hardware folder. Which one is resolveSources.ts's decision.
 */
import path from 'node:path'
import { UsageError } from '../errors.js'
import { pathExists } from '../files.js'
import { installArchive, type InputNames, type InstallSource } from './archive.js'
import type { ArchiveChoice } from './resolveSources.js'
import { PACKAGE_LIMITS } from './safeTree.js'

export interface InstalledCore {
  /** The platform folder (boards.txt, platform.txt, cores/, variants/). */
  dir: string
  source: InstallSource | 'folder'
  archiveSha256?: string
}

export interface CoreInstallOptions {
  /** The tool cache's folder (needed for a download). */
  toolCache: string
  archiveDir?: string
  /** The input names errors use. */
  inputs?: InputNames & { core: string }
}

const CORE_INPUTS = { core: 'core', url: 'core-url', sha256: 'core-sha256' }
/** The core is the same on every host. */
const CORE_TOOL_CACHE_ARCH = 'noarch'
export const CORE_LAYOUT = path.join('hardware', 'arduino', 'avr')

export async function installCore(
  source: ArchiveChoice | { kind: 'folder'; dir: string },
  options: CoreInstallOptions
): Promise<InstalledCore> {
  const inputs = options.inputs ?? CORE_INPUTS
  if (source.kind === 'folder') {
    if (!(await pathExists(path.join(source.dir, 'boards.txt')))) {
      throw new UsageError(
        `${inputs.core}: ${source.dir}: no boards.txt in that folder (expected an Arduino platform folder)`
      )
    }
    return { dir: source.dir, source: 'folder' }
  }
  const installed = await installArchive(source.archive, {
    toolCache: options.toolCache,
    inputs,
    toolCacheArch: CORE_TOOL_CACHE_ARCH,
    archiveDir: options.archiveDir,
    expect: 'boards.txt',
    layout: CORE_LAYOUT,
    limits: PACKAGE_LIMITS
  })
  return { dir: installed.dir, source: installed.source, archiveSha256: source.archive.sha256 }
}
