/**
 * Processes counted outside the engine: our CLI gets, with `--toolchain`, a folder whose
 * `bin/<prefix>*` programs are counting wrappers that log each spawn to $FBUILD_SPAWN_LOG and exec
 * the real /usr/bin program (__tests__/helpers/countingFront.ts). The report's own counters say
 * what the engine thinks it ran; these say what really started.
 */
import { rm } from 'node:fs/promises'
import { buildWork } from '../__tests__/helpers/countingFront.js'
import { readSpawnLog, type Spawn } from '../__tests__/helpers/toolchainCopy.js'

/** The environment variable the wrappers append to. */
export const SPAWN_LOG_ENV = 'FBUILD_SPAWN_LOG'

/** What one run started, by kind of work; driver questions (-print-*, -dumpversion) are none of them. */
export interface ProcessCounts {
  /** A driver compiling a unit (`-c`, not `-E`). */
  compile: number
  /** A driver preprocessing only (`-E`): library detection, the expansion check. */
  preprocess: number
  /** A driver linking an .elf. */
  link: number
  /** Archiver, objcopy and size runs (and a directly started as or ld). */
  tools: number
}

/** The spawns of a log that did build work (countingFront.ts's buildWork), sorted by kind (pure). */
export function countProcesses(spawns: readonly Spawn[], prefix: string): ProcessCounts {
  const drivers = [`${prefix}gcc`, `${prefix}g++`]
  const counts: ProcessCounts = { compile: 0, preprocess: 0, link: 0, tools: 0 }
  for (const { program, args } of buildWork(spawns, prefix)) {
    if (!drivers.includes(program)) counts.tools++
    else if (args.includes('-E')) counts.preprocess++
    else if (args.includes('-c')) counts.compile++
    else counts.link++
  }
  return counts
}

/** Reads and removes a run's spawn log: its counts, as a measurement's details (`spawned*`). */
export async function takeProcessCounts(logFile: string, prefix: string): Promise<Record<string, number>> {
  const counts = countProcesses(await readSpawnLog(logFile), prefix)
  await rm(logFile, { force: true })
  return {
    spawnedCompile: counts.compile,
    spawnedPreprocess: counts.preprocess,
    spawnedLink: counts.link,
    spawnedTools: counts.tools
  }
}
