/**
 * What the CLI installs before a build: libraries named by the Library Manager or by URL. Installs go
 * to a tool cache as in the action: `$RUNNER_TOOL_CACHE` when set (a step after the action), else a
 * folder under ~/.cache, so a second build finds them without a download.
 */
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { installLibraries, type LibraryInstallResult } from '../install/libraries.js'
import type { BuildArgs } from './args.js'

/** tool-cache reads these on each call; a runner sets them, a terminal does not. */
export function useToolFolders(env: NodeJS.ProcessEnv = process.env): { toolCache: string } {
  env.RUNNER_TOOL_CACHE ||= path.join(homedir(), '.cache', 'fbuild-action-tools')
  env.RUNNER_TEMP ||= path.join(tmpdir(), 'fbuild-action-temp')
  return { toolCache: env.RUNNER_TOOL_CACHE }
}

export async function installForBuild(
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
