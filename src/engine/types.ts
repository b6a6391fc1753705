/** What a build is asked to do and what it returns: the engine's public shapes. */
import type { WarningLevel } from '../arduino/board.js'
import type { SizeReport } from '../arduino/size.js'
import type { MissReason, StatCounters, StoreFault } from '../store/index.js'
import type { ToolchainIdentity } from '../toolchain/identity.js'
import type { IdentityWork } from '../toolchain/identityMemo.js'
import type { MissDetail, MissReasonDetails } from '../unitCache/explain.js'
import type { PathMode } from '../unitCache/roots.js'

export interface BuildRequest {
  /** Sketch folders or main .ino files, already expanded from dirs and globs. */
  sketches: string[]
  fqbn: string
  /** Platform folders; empty: the default install. */
  coreDirs: string[]
  /** Toolchain root (its bin/ holds avr-gcc); null: from PATH. */
  toolchainDir: string | null
  /** The identity of that toolchain when the caller already knows it (the action): not hashed again. */
  toolchainIdentity?: ToolchainIdentity
  /** `runtime.tools.*.path` of tools installed from a package index (install/platforms.ts). */
  toolProperties?: [string, string][]
  /** Folders scanned for tools as arduino-builder's -tools does (arduino/toolsFolder.ts). */
  toolsDirs?: string[]
  libraryDirs: string[]
  buildProperties: [string, string][]
  /** arduino-cli's --warnings; undefined keeps the platform's own compiler.warning_flags. */
  warnings?: WarningLevel
  buildDir: string
  /** The cache root; null compiles everything and touches no store (`--no-cache`). */
  storeDir: string | null
  /** Names this run in the store's usage records (the action evicts what a run did not use). */
  runId?: string
  jobs: number
  /** The project folder named as a root in cache keys (default: the working directory). */
  workspace?: string
  /**
   * Compile with real paths, as arduino-cli (exact parity: `__FILE__` names the real folder). By
   * default compiles run in an execution root with paths relative to named roots
   * (engine/executionRoot.ts), so outputs do not depend on where the build runs.
   */
  absolutePaths?: boolean
  /** Tell every unit lookup (`unit-explained` events): a miss with the key input that differs. */
  explain?: boolean
  onEvent?: (event: BuildEvent) => void
}

export interface UnitCounts {
  total: number
  /** Served from the persistent store. */
  hits: number
  /** Compiled by this sketch (not found in the store, or no store). */
  misses: number
  uncacheable: number
  /** Compiled once in this run for another sketch with the same flags, and reused. */
  shared: number
}

export interface SketchResult {
  /** As given (absolute); the report makes it relative. */
  path: string
  name: string
  ok: boolean
  hex: string | null
  elf: string | null
  eep: string | null
  hexSha256: string | null
  /** Every file the link steps made, by suffix after `<sketch>.ino.` (`elf`, `hex`, `bin`, `map`, ...). */
  outputs?: Record<string, string>
  /** The file users upload (`recipe.output.tmp_file`, e.g. the .bin on SAMD; else the .hex). */
  firmware?: string | null
  firmwareSha256?: string | null
  sizes: SizeReport | null
  units: UnitCounts
  missReasons: Partial<Record<MissReason, number>>
  /** The misses of `missReasons` by finer name, where one applies (unitCache/explain.ts MISS_DETAILS). */
  missReasonDetails: MissReasonDetails
  /** The link's own miss, for `explain`; null for a hit, a skipped link or no store asked. */
  linkMiss?: { reason: MissReason; detail: MissDetail | null } | null
  link: 'hit' | 'miss' | 'skipped'
  seconds: number
  /** Compile seconds of the units this sketch compiled itself. */
  compileSeconds: number
  libraries: string[]
  /**
   * Wall seconds per phase: prepare (merge and copy the sketch), detect (find libraries), units
   * (compile or look up), link (link or look up and copy).
   */
  phases: Partial<Record<SketchPhase, number>>
  error: string | null
  /** What the compiler said about the units that compiled (warnings, notes), one unit after another. */
  messages: string
}

export type SketchPhase = 'prepare' | 'detect' | 'units' | 'link'

export interface BuildResult {
  fqbn: string
  /** `work`: what identifying it cost this run (files hashed, questions put to the driver). */
  toolchain: { id: string; version: string; dir: string; work: IdentityWork }
  /** How compiles named their files (unitCache/roots.ts PathMode). */
  paths: PathMode
  sketches: SketchResult[]
  processes: Record<string, number>
  wallSeconds: number
  /**
   * The store this run used, and its counters for the run; null with --no-cache. `faults`: the
   * file-system errors that turned a store (or its writing) off for the rest of the run.
   */
  store: { dir: string; run: StatCounters; recovered: number; faults: StoreFault[] } | null
}

export type BuildEvent =
  | { type: 'start'; sketchCount: number }
  | { type: 'sketch-start'; index: number; path: string }
  | { type: 'unit-done'; index: number }
  /**
   * With `explain`: a unit looked up in the store; `reason` null for a hit, `detail` its finer name
   * (unitCache/explain.ts MISS_DETAILS), `why` what differs.
   */
  | {
      type: 'unit-explained'
      source: string
      reason: MissReason | null
      detail: MissDetail | null
      why: readonly string[]
    }
  | { type: 'sketch-done'; index: number; result: SketchResult }
  | { type: 'store-fault'; fault: StoreFault }
  /** A toolchain program started (compile, link, ...): the `verbose` log prints it. */
  | { type: 'command'; kind: string; argv: readonly string[] }
