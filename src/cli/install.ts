/**
 * What the CLI installs before a build: platforms and their tools when `--platform` or
 * `--platform-index` asks for them, and libraries named by the Library Manager or by URL. Installs go
 * to a tool cache as in the action: `$RUNNER_TOOL_CACHE` when set (a step after the action), else a
 * folder under ~/.cache, so a second build finds them without a download. The folder is passed to
 * the installers; the environment is only read.
 */
import os from 'node:os'
import path from 'node:path'
import { hostOf } from '../install/hosts.js'
import type { LibraryInstallResult } from '../install/libraries.js'
import type { PlatformInstallResult } from '../install/platforms.js'
import { resolveSources, type SourceInputNames, type Sources } from '../install/resolveSources.js'
import type { BuildArgs } from './args.js'

/** The CLI has no mirror flags: what the machine has, a folder, or an index. */
const CLI_INPUT_NAMES: SourceInputNames = {
  toolchain: '--toolchain',
  toolchainUrl: '--toolchain',
  toolchainSha256: '--toolchain',
  core: '--core',
  coreUrl: '--core',
  coreSha256: '--core'
}

/** The tool cache the CLI installs into: the runner's, else one under the home folder. Pure. */
export function cliToolCache(env: NodeJS.ProcessEnv, home: string = os.homedir()): string {
  return env.RUNNER_TOOL_CACHE || path.join(home, '.cache', 'fbuild-action-tools')
}

/** Where the CLI's toolchain and core come from (never a download unless an index is named). Pure. */
export function cliSources(args: BuildArgs, cwd: string, host = process.platform, arch = os.arch()): Sources {
  return resolveSources({
    fqbn: args.fqbn,
    toolchain: { choice: args.toolchainDir ?? '' },
    core: { dirs: args.coreDirs },
    platforms: args.platforms,
    platformIndexUrls: args.platformIndexes,
    host: { platform: host, arch },
    cwd,
    defaults: 'system',
    names: CLI_INPUT_NAMES
  })
}

export async function installPlatformsForBuild(args: BuildArgs): Promise<PlatformInstallResult | null> {
  const sources = cliSources(args, process.cwd())
  if (sources.indexes === null) return null
  // Loaded only when asked for: a build from folders (every warm CI run) never loads the installers.
  const { installPlatforms } = await import('../install/platforms.js')
  const toolCache = cliToolCache(process.env)
  return installPlatforms({
    platforms: sources.indexes.platforms,
    indexUrls: sources.indexes.indexUrls,
    fqbn: args.fqbn,
    givenCoreDirs: sources.core.kind === 'folder' ? sources.core.dirs : [],
    host: hostOf(process.platform, os.arch()),
    toolCache,
    indexDir: path.join(toolCache, 'fbuild-indexes')
  })
}

export async function installLibrariesForBuild(
  args: BuildArgs,
  sketchDirs: string[],
  cwd: string
): Promise<LibraryInstallResult> {
  if (args.librarySpecs.length === 0) return { libraryDirs: [], installed: [], index: null, warnings: [] }
  const { installLibraries } = await import('../install/libraries.js')
  const toolCache = cliToolCache(process.env)
  return installLibraries({
    specs: args.librarySpecs,
    cwd,
    sketchDirs,
    indexUrl: args.libraryIndex ?? undefined,
    toolCache,
    indexDir: path.join(toolCache, 'fbuild-indexes'),
    indexInput: '--library-index'
  })
}
