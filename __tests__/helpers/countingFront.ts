/**
 * A relocatable toolchain folder for a system GCC too large to copy (Debian's arm-none-eabi: 2 GB):
 * X/bin/<prefix>* are counting wrappers (toolchainCopy.ts) that exec the real /usr/bin programs.
 * Every compiler proper, assembler and linker runs under a driver (gcc, g++), so a run that starts
 * no driver with -c, -E or an output .elf, and no ar, objcopy or size, started none of them.
 */
import { mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Spawn } from './toolchainCopy.js'
import { installWrapper } from './toolchainCopy.js'

const SYSTEM_BIN = '/usr/bin'

/** Wrappers for every `<prefix>*` program of /usr/bin; returns their names. */
export async function makeCountingFront(dir: string, prefix: string): Promise<string[]> {
  await mkdir(path.join(dir, 'bin'), { recursive: true })
  const names = (await readdir(SYSTEM_BIN)).filter(name => name.startsWith(prefix)).sort()
  for (const name of names)
    await installWrapper(path.join(dir, 'bin', name), name, path.join(SYSTEM_BIN, name))
  return names
}

/** Driver spawns that compile, preprocess or link, and every archiver, objcopy or size spawn. */
export function buildWork(spawns: readonly Spawn[], prefix: string): Spawn[] {
  const drivers = [`${prefix}gcc`, `${prefix}g++`]
  const tools = ['ar', 'gcc-ar', 'objcopy', 'size', 'ld', 'as'].map(name => `${prefix}${name}`)
  return spawns.filter(
    spawn =>
      tools.includes(spawn.program) ||
      (drivers.includes(spawn.program) &&
        (spawn.args.includes('-c') ||
          spawn.args.includes('-E') ||
          spawn.args.some(arg => arg.endsWith('.elf'))))
  )
}
