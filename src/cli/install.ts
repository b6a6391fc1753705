/**
 * What the CLI installs before a build: platforms and their tools when `--platform` or
 * `--platform-index` asks for them, and libraries named by the Library Manager or by URL. Installs go
 * to a tool cache as in the action: `$RUNNER_TOOL_CACHE` when set (a step after the action), else a
 * folder under ~/.cache, so a second build finds them without a download.
 */
import os, { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { hostOf } from '../install/hosts.js'
import { installLibraries, type LibraryInstallResult } from '../install/libraries.js'
import { installPlatforms, type PlatformInstallResult } from '../install/platforms.js'
import type { BuildArgs } from './args.js'

/** tool-cache reads these on each call; a runner sets them, a terminal does not. */
export function useToolFolders(env: NodeJS.ProcessEnv = process.env): { toolCache: string } {
  env.RUNNER_TOOL_CACHE ||= path.join(homedir(), '.cache', 'fbuild-action-tools')
  env.RUNNER_TEMP ||= path.join(tmpdir(), 'fbuild-action-temp')
  return { toolCache: env.RUNNER_TOOL_CACHE }
}

export async function installPlatformsForBuild(args: BuildArgs): Promise<PlatformInstallResult | null> {
  if (args.platforms.length === 0 && args.platformIndexes.length === 0) return null
  const { toolCache } = useToolFolders()
  return installPlatforms({
    platforms: args.platforms,
    indexUrls: args.platformIndexes,
    fqbn: args.fqbn,
    givenCoreDirs: args.coreDirs,
    host: hostOf(process.platform, os.arch()),
    indexDir: path.join(toolCache, 'fbuild-indexes')
  })
}

export async function installLibrariesForBuild(
  args: BuildArgs,
  sketchDirs: string[],
  cwd: string
): Promise<LibraryInstallResult> {
  const { toolCache } = useToolFolders()
  return installLibraries({
    specs: args.librarySpecs,
    cwd,
    sketchDirs,
    indexUrl: args.libraryIndex ?? undefined,
    indexDir: path.join(toolCache, 'fbuild-indexes'),
    indexInput: '--library-index'
  })
}
