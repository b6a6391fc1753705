/**
 * Installs avr-gcc: the pinned archive or a mirror's, through the archive pipeline (archive.ts), kept
 * in the tool cache under name/version+sha/arch; or the toolchain the user names: `system` (PATH) or
 * a folder. Which one is resolveSources.ts's decision.
 */
import path from 'node:path'
import { locateToolchain } from '../toolchain/locate.js'
import { installArchive, type InputNames, type InstallSource } from './archive.js'
import type { DirectToolchainSource } from './resolveSources.js'
import { PACKAGE_LIMITS } from './safeTree.js'

export interface InstalledToolchain {
  /** The toolchain root: its `bin/` holds avr-gcc. */
  dir: string
  binDir: string
  source: InstallSource | 'system' | 'folder'
  /** The verified archive's SHA-256 (absent for system and folder): usable as the toolchain's identity. */
  archiveSha256?: string
}

export interface ToolchainInstallOptions {
  /** The tool cache's folder (needed for a download). */
  toolCache: string
  /** A folder where verified archives are kept (and looked for first), for @actions/cache to carry. */
  archiveDir?: string
  /** `os.arch()`: the tool-cache folder's arch. */
  arch: string
  /** PATH, for `system`. */
  searchPath?: string
  inputs?: InputNames
}

const TOOLCHAIN_INPUTS: InputNames = { url: 'toolchain-url', sha256: 'toolchain-sha256' }

export async function installToolchain(
  source: DirectToolchainSource,
  options: ToolchainInstallOptions
): Promise<InstalledToolchain> {
  if (source.kind === 'system' || source.kind === 'folder') {
    const found = await locateToolchain(source.kind === 'system' ? null : source.dir, options.searchPath)
    return { ...found, source: source.kind }
  }
  const installed = await installArchive(source.archive, {
    toolCache: options.toolCache,
    inputs: options.inputs ?? TOOLCHAIN_INPUTS,
    toolCacheArch: options.arch,
    archiveDir: options.archiveDir,
    expect: path.join('bin', 'avr-gcc'),
    layout: '',
    limits: PACKAGE_LIMITS
  })
  return {
    dir: installed.dir,
    binDir: path.join(installed.dir, 'bin'),
    source: installed.source,
    archiveSha256: source.archive.sha256
  }
}
