/**
 * ccache as the compiler launcher. Arduino recipes have no launcher hook, so the launcher goes in a
 * toolchain folder of its own: bin/avr-gcc and bin/avr-g++ are scripts that exec ccache on the real
 * driver, every other program is a symlink to the real one. Our CLI takes that folder with
 * `--toolchain` and runs with `--no-cache`, so ccache is the only cache.
 */
import { execFile } from 'node:child_process'
import { chmod, mkdir, readdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The drivers that compile; ccache wraps these, the rest of the toolchain is linked as is. */
const WRAPPED = ['avr-gcc', 'avr-g++']

/** Makes `dir/bin/` mirror `realBinDir`'s avr-* programs, with the compiler drivers going through ccache. */
export async function makeCcacheToolchain(dir: string, realBinDir = '/usr/bin'): Promise<string> {
  const bin = path.join(dir, 'bin')
  await mkdir(bin, { recursive: true })
  const programs = (await readdir(realBinDir)).filter(name => name.startsWith('avr-'))
  for (const name of programs) {
    const target = path.join(bin, name)
    if (WRAPPED.includes(name)) {
      await writeFile(target, `#!/bin/sh\nexec ccache ${path.join(realBinDir, name)} "$@"\n`)
      await chmod(target, 0o755)
    } else {
      await symlink(path.join(realBinDir, name), target)
    }
  }
  return dir
}

/**
 * ccache configured for relocation: paths under `baseDir` are rewritten relative to the compiler's
 * working folder, the working folder itself is not hashed, and the compiler is known by its content.
 */
export function ccacheEnv(ccacheDir: string, baseDir: string): Record<string, string> {
  return {
    CCACHE_DIR: ccacheDir,
    CCACHE_BASEDIR: baseDir,
    // hash_dir = false. ccache reads a boolean variable's presence as true, so this is the NO form.
    CCACHE_NOHASHDIR: '1',
    CCACHE_COMPILERCHECK: 'content',
    // Its own limits only: no config file from the machine's HOME can change the figures.
    CCACHE_CONFIGPATH: path.join(ccacheDir, 'ccache.conf'),
    CCACHE_MAXSIZE: '20G'
  }
}

/** The counters of `ccache --print-stats` worth reporting. */
const STAT_KEYS = [
  'direct_cache_hit',
  'preprocessed_cache_hit',
  'cache_miss',
  'called_for_link',
  'called_for_preprocessing',
  'unsupported_compiler_option',
  'could_not_use_precompiled_header',
  'preprocessor_error',
  'compile_failed'
]

/** ccache's own counters for the cache in env.CCACHE_DIR. */
export async function ccacheStats(env: Record<string, string>): Promise<Record<string, number>> {
  const { stdout } = await run('ccache', ['--print-stats'], { env: { ...process.env, ...env } })
  const stats: Record<string, number> = {}
  for (const line of stdout.split('\n')) {
    const [key = '', value = ''] = line.split('\t')
    if (STAT_KEYS.includes(key)) stats[`ccache_${key}`] = Number(value)
  }
  return stats
}

export async function ccacheZeroStats(env: Record<string, string>): Promise<void> {
  await run('ccache', ['--zero-stats'], { env: { ...process.env, ...env } })
}

export async function ccacheVersion(): Promise<string> {
  const { stdout } = await run('ccache', ['--version'])
  return stdout.split('\n')[0]?.trim() ?? 'unknown'
}
