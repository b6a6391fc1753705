/**
 * The Arduino core: its units compiled once per flag set, archived into `core.a`, plus the variant's
 * own sources (linked as objects, as arduino-builder does).
 */
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Properties } from '../arduino/properties.js'
import { flagsDigest, planUnits, type CompileUnit } from './compileUnits.js'
import type { ProcessRunner } from '../toolchain/processes.js'
import { languageOf } from '../arduino/fileKinds.js'
import { archiveArgv } from '../arduino/recipes.js'
import { arduinoCompileOrder } from './sketchSources.js'
import { orMissing } from '../files.js'

export interface CorePlan {
  digest: string
  includeDirs: string[]
  coreUnits: CompileUnit[]
  variantUnits: CompileUnit[]
  archive: string
}

/** Every compilable file under `dir`, recursively, in Arduino's compile order. */
export async function compilableFiles(dir: string): Promise<string[]> {
  const entries = await orMissing(readdir(dir, { recursive: true, withFileTypes: true }), [])
  const files = entries
    .filter(entry => entry.isFile() && languageOf(entry.name) !== null)
    .map(entry => path.join(entry.parentPath, entry.name))
  return arduinoCompileOrder(files)
}

export async function planCore(
  props: Properties,
  coreDir: string,
  variantDir: string | null,
  buildDir: string
): Promise<CorePlan> {
  const includeDirs = variantDir === null ? [coreDir] : [coreDir, variantDir]
  const digest = flagsDigest(props, includeDirs)
  const objectDir = path.join(buildDir, 'core', digest)
  const coreUnits = planUnits(props, await compilableFiles(coreDir), coreDir, objectDir, includeDirs)
  const variantSources = variantDir === null ? [] : await compilableFiles(variantDir)
  const variantUnits = planUnits(
    props,
    variantSources,
    variantDir ?? '',
    path.join(objectDir, 'variant'),
    includeDirs
  )
  return { digest, includeDirs, coreUnits, variantUnits, archive: path.join(objectDir, 'core.a') }
}

/** Archives each core flag set once per run. */
export class CoreArchiver {
  private readonly archives = new Map<string, Promise<{ ok: boolean; messages: string }>>()

  constructor(private readonly runner: ProcessRunner) {}

  archive(props: Properties, plan: CorePlan): Promise<{ ok: boolean; messages: string }> {
    let pending = this.archives.get(plan.archive)
    if (pending === undefined) {
      pending = this.archiveNow(props, plan)
      this.archives.set(plan.archive, pending)
    }
    return pending
  }

  private async archiveNow(props: Properties, plan: CorePlan): Promise<{ ok: boolean; messages: string }> {
    // `ar rcs` adds to an existing archive: start from nothing so stale members never stay.
    await rm(plan.archive, { force: true })
    const objects = plan.coreUnits.map(unit => unit.object)
    const result = await this.runner.run('archive', archiveArgv(props, plan.archive, objects))
    return { ok: result.code === 0, messages: (result.stdout + result.stderr).trim() }
  }
}
