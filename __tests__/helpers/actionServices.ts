/**
 * What the bundled action reaches on GitHub, served on 127.0.0.1 with the real protocols: a download
 * host with a toolchain (Debian's avr-gcc behind counting wrappers, so compiler runs are counted
 * outside the action) and a core, and GitHub's cache service for the real @actions/cache client.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { startCacheServer, type CacheServer } from '../fixtures/cacheServer.js'
import { startDownloadServer, type DownloadServer } from '../fixtures/downloadServer.js'
import { DECIMAL_DIG } from './cliRunner.js'
import { platformDir } from './corpus.js'
import { makeCountingToolchain } from './toolchainCopy.js'

export interface ActionServices {
  downloads: DownloadServer
  cacheServer: CacheServer
  /** Inputs that install the served toolchain and core. */
  inputs: Record<string, string>
  stop(): Promise<void>
}

export function sha256(file: Buffer): string {
  return createHash('sha256').update(file).digest('hex')
}

/** A .tar.gz of `dir`, with its folder as the archive's single top folder (as Arduino ships them). */
async function tarball(dir: string, out: string): Promise<string> {
  execFileSync('tar', ['-I', 'gzip -1', '-cf', out, '-C', path.dirname(dir), path.basename(dir)])
  return sha256(await readFile(out))
}

/** Makes the archives under `root` and starts both services. */
export async function startActionServices(root: string): Promise<ActionServices> {
  const toolchainDir = path.join(root, 'make', 'avr-gcc')
  await makeCountingToolchain(toolchainDir)
  const toolchainSha = await tarball(toolchainDir, path.join(root, 'avr-gcc.tar.gz'))
  const coreCopy = path.join(root, 'make', 'avr')
  // dereference: Debian's core links License.txt outside itself, which an install refuses.
  await cp(platformDir, coreCopy, { recursive: true, dereference: true })
  // Debian's avr-gcc 5.4 needs this for WString.cpp; in the core, so a user's own CLI build has it too.
  await writeFile(path.join(coreCopy, 'platform.local.txt'), `${DECIMAL_DIG}\n`)
  const coreSha = await tarball(coreCopy, path.join(root, 'avr-core.tar.gz'))
  const downloads = await startDownloadServer({
    '/avr-gcc.tar.gz': { file: path.join(root, 'avr-gcc.tar.gz') },
    '/avr-core.tar.gz': { file: path.join(root, 'avr-core.tar.gz') },
    '/missing.tar.gz': { status: 404 }
  })
  const cacheServer = await startCacheServer()
  return {
    downloads,
    cacheServer,
    inputs: {
      'toolchain-url': downloads.url('/avr-gcc.tar.gz'),
      'toolchain-sha256': toolchainSha,
      'core-url': downloads.url('/avr-core.tar.gz'),
      'core-sha256': coreSha,
      jobs: '2'
    },
    stop: async () => {
      await cacheServer.stop()
      await downloads.close()
    }
  }
}

/** Runs the real cache client in this process, as the runner would in `workspace`. */
export async function withCacheClient<T>(
  cacheServer: CacheServer,
  workspace: string,
  use: () => Promise<T>
): Promise<T> {
  const savedEnv = { ...process.env }
  const savedCwd = process.cwd()
  // The client reads these at call time and globs the paths from the cwd.
  Object.assign(process.env, cacheServer.env, {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: path.join(workspace, '..', 'runner-temp')
  })
  process.chdir(workspace)
  // The client logs workflow commands (::debug::) to stdout: not this test's output.
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (() => true) as typeof process.stdout.write
  try {
    return await use()
  } finally {
    process.stdout.write = write
    process.chdir(savedCwd)
    process.env = savedEnv
  }
}
